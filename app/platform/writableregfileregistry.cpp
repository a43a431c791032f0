#include "platform/writableregfileregistry.h"

#include "platform/regfileeditor.h"
#include "platform/regfileparser.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace GoDual {

WritableRegFileRegistry::WritableRegFileRegistry(const QString &path, RegFileRegistry view)
    : m_path(path)
    , m_view(std::move(view))
{
}

Result<WritableRegFileRegistry> WritableRegFileRegistry::open(const QString &path)
{
    Result<RegFileRegistry> view = RegFileRegistry::fromFile(path);
    if (!view)
        return Failure { view.error() };
    return WritableRegFileRegistry(path, std::move(view).value());
}

std::optional<RegistryValue> WritableRegFileRegistry::value(const QString &key, const QString &name) const
{
    return m_view.value(key, name);
}

QStringList WritableRegFileRegistry::valueNames(const QString &key) const { return m_view.valueNames(key); }

QStringList WritableRegFileRegistry::subkeys(const QString &key) const { return m_view.subkeys(key); }

Result<void> WritableRegFileRegistry::storeValue(const QString &key, const QString &name, const RegistryValue &value)
{
    return edit(key, name, value);
}

Result<void> WritableRegFileRegistry::removeValue(const QString &key, const QString &name)
{
    return edit(key, name, std::nullopt);
}

Result<void> WritableRegFileRegistry::edit(
    const QString &key, const QString &name, const std::optional<RegistryValue> &value)
{
    // The file as it is now, not as it was read: a write never undoes what someone else changed
    // in the other values since.
    const Result<QByteArray> bytes = readRegFile(m_path);
    if (!bytes)
        return Failure { bytes.error() };
    Result<RegFileEdit> edited = editRegFile(*bytes, m_path, key, name, value);
    if (!edited)
        return Failure { edited.error() };
    if (edited->changed) {
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly) || file.write(edited->bytes) != edited->bytes.size() || !file.commit()) {
            return Failure { QCoreApplication::translate(
                "GoDual::WritableRegistry", "cannot change %1: cannot write the registry file %2: %3")
                    .arg(displayName(key, name), m_path, file.errorString()) };
        }
    }
    m_view = RegFileRegistry(edited->contents);
    return {};
}

} // namespace GoDual
