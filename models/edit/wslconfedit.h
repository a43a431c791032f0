#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace GoDual {

// Edits of /etc/wsl.conf as WSL's init parses it (wslconfparser.h: the first of duplicate keys
// wins, the first invalid line ends the parse, section and key match case-insensitively):
// - an effective `key = value` line changes only its value text (the key's spelling, blanks,
//   a comment after it stay);
// - a new key goes into the first section of that name that WSL reads, after its last setting
//   (so before any line that ends the parse);
// - a new section goes at the end, or just before the line that ends the parse (never after it);
// - comments, unknown keys, later duplicates and the file's line endings are kept.
// The result is parsed again: unless exactly the intended effective value changed and every
// other one WSL reads is the same (and WSL accepts the value for that key), it is an error.
// Values are written in WSL's syntax: quoted when they hold '#', '"', '\' or blanks at either
// end; '\', '"' and tabs escaped; a line break or NUL is refused.
class WslConfEdit {
    Q_DECLARE_TR_FUNCTIONS(GoDual::WslConfEdit)

public:
    static Result<QByteArray> set(
        const QByteArray &conf, const QString &section, const QString &key, const QString &value);
    // Removes the effective line of section.key, and any later duplicate WSL reads (it would take
    // effect otherwise), so WSL's default applies. Unchanged when the key is not set.
    static Result<QByteArray> unset(const QByteArray &conf, const QString &section, const QString &key);

    // `value` as WSL's parser reads it back (quoted and escaped where needed).
    static Result<QByteArray> encodeValue(const QString &value);
};

} // namespace GoDual
