#include "platform/win32registry.h"

#include "scan/scanlog.h"
#include "win32/registryreader.h"
#include "win32/registrywriter.h"

#include <QCoreApplication>

#include <optional>

namespace GoDual {

static_assert(WritableRegistry::kMaxStringValueChars == Win32::kMaxStringValueChars,
    "the shared rule and the Win32 writer refuse the same lengths");

namespace {

struct Location {
    Win32::Hive hive;
    std::wstring subkey;
};

std::optional<Location> locate(const QString &key)
{
    const QString canonical = Registry::canonicalKey(key);
    const qsizetype slash = canonical.indexOf(u'\\');
    const QString hive = slash < 0 ? canonical : canonical.left(slash);
    const QString subkey = slash < 0 ? QString() : canonical.mid(slash + 1);
    static const struct {
        QLatin1StringView name;
        Win32::Hive hive;
    } kHives[] = {
        { QLatin1StringView("HKEY_LOCAL_MACHINE"), Win32::Hive::LocalMachine },
        { QLatin1StringView("HKEY_CURRENT_USER"), Win32::Hive::CurrentUser },
        { QLatin1StringView("HKEY_CLASSES_ROOT"), Win32::Hive::ClassesRoot },
        { QLatin1StringView("HKEY_USERS"), Win32::Hive::Users },
        { QLatin1StringView("HKEY_CURRENT_CONFIG"), Win32::Hive::CurrentConfig },
    };
    for (const auto &known : kHives) {
        if (hive == known.name)
            return Location { known.hive, subkey.toStdWString() };
    }
    return std::nullopt;
}

// 0 is success, 2 (ERROR_FILE_NOT_FOUND) plain absence; anything else is worth a line in the log.
bool readable(long status, const QString &key, const QString &name = {})
{
    if (status != 0 && status != 2)
        qCWarning(lcScan) << "cannot read registry" << key << name << "Win32 error" << status;
    return status == 0;
}

QStringList toStringList(const std::vector<std::wstring> &names)
{
    QStringList list;
    list.reserve(qsizetype(names.size()));
    for (const std::wstring &n : names)
        list.append(QString::fromStdWString(n));
    return list;
}

} // namespace

std::optional<RegistryValue> Win32Registry::value(const QString &key, const QString &name) const
{
    const auto where = locate(key);
    if (!where)
        return std::nullopt;
    Win32::RegistryData data;
    if (!readable(Win32::readValue(where->hive, where->subkey, name.toStdWString(), data), key, name))
        return std::nullopt;
    return RegistryValue::fromRaw(
        int(data.type), QByteArray(reinterpret_cast<const char *>(data.bytes.data()), qsizetype(data.bytes.size())));
}

QStringList Win32Registry::valueNames(const QString &key) const
{
    const auto where = locate(key);
    std::vector<std::wstring> names;
    if (!where || !readable(Win32::valueNames(where->hive, where->subkey, names), key))
        return {};
    return toStringList(names);
}

QStringList Win32Registry::subkeys(const QString &key) const
{
    const auto where = locate(key);
    std::vector<std::wstring> names;
    if (!where || !readable(Win32::subkeyNames(where->hive, where->subkey, names), key))
        return {};
    return toStringList(names);
}

Result<void> Win32Registry::storeValue(const QString &key, const QString &name, const RegistryValue &value)
{
    const auto where = locate(key);
    if (!where)
        return win32Failure(2, key, name);
    Win32::RegistryData data;
    data.type = static_cast<unsigned long>(value.rawType);
    data.bytes.assign(value.bytes.cbegin(), value.bytes.cend());
    const long status = Win32::writeValue(where->hive, where->subkey, name.toStdWString(), data);
    if (status != 0)
        return win32Failure(status, key, name);
    return {};
}

Result<void> Win32Registry::removeValue(const QString &key, const QString &name)
{
    const auto where = locate(key);
    if (!where)
        return {};
    // 2: the value or its key was not there, which is what was asked.
    const long status = Win32::deleteValue(where->hive, where->subkey, name.toStdWString());
    if (status != 0 && status != 2)
        return win32Failure(status, key, name);
    return {};
}

Result<void> Win32Registry::notifyEnvironmentChanged()
{
    const long status = Win32::broadcastEnvironmentChange();
    if (status == 0)
        return {};
    return Failure { QCoreApplication::translate("GoDual::WritableRegistry",
        "could not tell running programs that the environment changed (WM_SETTINGCHANGE): %1 "
        "(Win32 error %2); programs started from Explorer may see the change only after the next sign-in")
            .arg(qt_error_string(int(status)), QString::number(status)) };
}

} // namespace GoDual
