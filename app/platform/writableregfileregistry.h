#pragma once

#include "platform/regfileregistry.h"
#include "platform/writableregistry.h"

#include <QString>

namespace GoDual {

// A `reg export` file as a registry GoDual writes (the GODUAL_REGISTRY seam): reads as
// RegFileRegistry does; each write reads the file again, changes only that value's lines
// (editRegFile) and replaces the file atomically (a temporary file in the same folder, then a
// rename), after which reads see the file as written. A write that changes nothing leaves the
// file alone. Failures name the file. There are no rights on a file: HKLM is written like HKCU.
class WritableRegFileRegistry : public WritableRegistry {
public:
    static Result<WritableRegFileRegistry> open(const QString &path);

    std::optional<RegistryValue> value(const QString &key, const QString &name) const override;
    QStringList valueNames(const QString &key) const override;
    QStringList subkeys(const QString &key) const override;

    Result<void> notifyEnvironmentChanged() override { return {}; }

protected:
    Result<void> storeValue(const QString &key, const QString &name, const RegistryValue &value) override;
    Result<void> removeValue(const QString &key, const QString &name) override;

private:
    WritableRegFileRegistry(const QString &path, RegFileRegistry view);
    Result<void> edit(const QString &key, const QString &name, const std::optional<RegistryValue> &value);

    QString m_path;
    RegFileRegistry m_view;
};

} // namespace GoDual
