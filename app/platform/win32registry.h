#pragma once

#include "platform/registry.h"

namespace GoDual {

// The live Win32 registry behind the Registry interface. Every call reads the registry anew
// (there is nothing to cache: a scan reads each value once); keys are opened read-only. A key or
// value that cannot be read for another reason than absence (access denied) is treated as absent
// and logged, as a scan must go on with what it can read.
class Win32Registry : public Registry {
public:
    std::optional<RegistryValue> value(const QString &key, const QString &name) const override;
    QStringList valueNames(const QString &key) const override;
    QStringList subkeys(const QString &key) const override;
};

} // namespace GoDual
