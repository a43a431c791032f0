#pragma once

#include "registryvalue.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace GoDual {

// Read-only view of a Windows registry: the real one on Windows, a `reg export` file through the
// GODUAL_REGISTRY seam. Keys are full paths starting with the hive, spelled out
// (HKEY_CURRENT_USER\Environment) or abbreviated (HKCU\Environment); key and value names compare
// case-insensitively, as on Windows. An empty value name is the key's default value.
// Implementations are immutable after construction and safe to read from any thread.
class Registry {
public:
    virtual ~Registry() = default;

    // Absent key or value: std::nullopt.
    virtual std::optional<RegistryValue> value(const QString &key, const QString &name) const = 0;
    // Names as stored, in the key's order; empty for an absent key.
    virtual QStringList valueNames(const QString &key) const = 0;
    // Names of the direct subkeys as stored; empty for an absent key.
    virtual QStringList subkeys(const QString &key) const = 0;

    // The key with its hive spelled out in upper case (HKCU -> HKEY_CURRENT_USER), surrounding
    // blanks and trailing backslashes removed; the rest is kept as written. Empty when the
    // first component is not a hive name.
    static QString canonicalKey(const QString &key);
};

} // namespace GoDual
