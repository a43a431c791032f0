#pragma once

#include "platform/regfilecontents.h"
#include "registryvalue.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace GoDual {

// A `.reg` file after one value was changed: its bytes and what they parse to.
struct RegFileEdit {
    QByteArray bytes;
    RegFileContents contents;
    bool changed = false; // false: the value already was as asked, `bytes` are the input
};

// Sets (value given) or deletes (std::nullopt) one value of a `reg export` file, changing only
// that value's lines; every other byte stays as it was (encoding, BOM, line endings, comments,
// blank lines, other values however they are wrapped). The file's blocks are read as
// RegFileRegistry applies them, so the value changed is the one a reader sees:
// - set: the last line that decides the value (`"name"=...` or `"name"=-` in a block of the key
//   after the key's last `[-key]` deletion) is replaced by the value as `reg export` writes it
//   (regValueLines); without one the value is added at the end of the key's last such block, and
//   without a block, a new `[key]` block is added at the end of the file.
// - delete: every line giving the value in those blocks is removed; an absent value is no change.
// New lines are written in the file's encoding (UTF-16LE or UTF-8, regFileEncoding) and with its
// line ending (that of its first line). The result is parsed again and must read back as asked;
// a Failure names the file (`path`) when it cannot be parsed, before or after.
Result<RegFileEdit> editRegFile(const QByteArray &bytes, const QString &path, const QString &key, const QString &name,
    const std::optional<RegistryValue> &value);

} // namespace GoDual
