#pragma once

#include "registryvalue.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace GoDual {

// The `.reg` text of registry values as `reg export` and regedit write it, for previews (a
// registry change is shown as a unified diff of this text) and for backups a person can
// double-click to import. Pure functions; the parser (parseRegFile) reads all of it back to the
// same type and bytes.

// One value's lines, without line endings: `"Name"=` (`@=` for the default value) followed by
// `"text"` for a REG_SZ (`\` and `"` escaped), `dword:%08x` for a 4-byte REG_DWORD, else `hex:`
// (REG_BINARY) or `hex(N):` with the bytes in lowercase pairs, wrapped as regedit wraps them: a
// line reaching 77 characters ends with `,\` and the next starts with two blanks. A REG_SZ the
// quoted form cannot carry exactly (a line break, no terminator, bytes after the first NUL) is
// written as hex(1), so nothing is lost.
QStringList regValueLines(const QString &name, const RegistryValue &value);
// `"Name"=-`: importing it deletes the value.
QString regDeletionLine(const QString &name);
// `[HKEY_CURRENT_USER\Environment]`: the key with its hive spelled out.
QString regKeyLine(const QString &key);

// One value of a backup: its state before a change. std::nullopt: it did not exist, and the
// backup deletes it.
struct RegBackupValue {
    QString key;
    QString name;
    std::optional<RegistryValue> value;
};

// A whole importable file: "Windows Registry Editor Version 5.00", then per key (in order of
// first appearance) a blank line, `[key]` and its values' lines, then a final blank line; CRLF.
// Importing it (regedit /s, reg import) restores every value listed to its state before.
QString regFileText(const QList<RegBackupValue> &values);
// regFileText in regedit's encoding: UTF-16LE with a BOM.
QByteArray regFileBytes(const QList<RegBackupValue> &values);

} // namespace GoDual
