#pragma once

#include "platform/writableregistry.h"

namespace GoDual {

// The live Win32 registry behind the Registry interface. Every call reads the registry anew
// (there is nothing to cache: a scan reads each value once); keys are opened read-only. A key or
// value that cannot be read for another reason than absence (access denied) is treated as absent
// and logged, as a scan must go on with what it can read. Writes go through the Qt-free writer
// (win32/registrywriter.h) in the 64-bit view; its error codes become WritableRegistry's failures.
class Win32Registry : public WritableRegistry {
public:
    std::optional<RegistryValue> value(const QString &key, const QString &name) const override;
    QStringList valueNames(const QString &key) const override;
    QStringList subkeys(const QString &key) const override;

    // WM_SETTINGCHANGE "Environment" to every top-level window; one that hangs is skipped after
    // five seconds.
    Result<void> notifyEnvironmentChanged() override;

protected:
    Result<void> storeValue(const QString &key, const QString &name, const RegistryValue &value) override;
    Result<void> removeValue(const QString &key, const QString &name) override;
};

} // namespace GoDual
