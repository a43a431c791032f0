#include "platform/writableregistry.h"

namespace GoDual {

namespace {

std::optional<Failure> badKey(const QString &key, QString &canonical)
{
    canonical = Registry::canonicalKey(key);
    if (!canonical.isEmpty())
        return std::nullopt;
    return Failure { QCoreApplication::translate(
        "GoDual::WritableRegistry", "'%1' is not a registry key: it must start with a hive such as HKEY_CURRENT_USER")
            .arg(key) };
}

} // namespace

Result<void> WritableRegistry::setValue(const QString &key, const QString &name, const RegistryValue &value)
{
    // The backends write rawType and bytes; the other fields must say the same.
    Q_ASSERT(RegistryValue::typeFromRaw(value.rawType) == value.type);
    QString canonical;
    if (auto failure = badKey(key, canonical))
        return *failure;
    const qsizetype length = stringLength(value);
    if (length > kMaxStringValueChars) {
        return Failure { tr("%1 would be %2 characters long, more than the %3 a registry string GoDual "
                            "writes may hold (what an environment variable can hold); it was not changed, "
                            "and GoDual never cuts a value short")
                .arg(displayName(canonical, name), QString::number(length), QString::number(kMaxStringValueChars)) };
    }
    return storeValue(canonical, name, value);
}

Result<void> WritableRegistry::deleteValue(const QString &key, const QString &name)
{
    QString canonical;
    if (auto failure = badKey(key, canonical))
        return *failure;
    return removeValue(canonical, name);
}

qsizetype WritableRegistry::stringLength(const RegistryValue &value)
{
    if (value.rawType != 1 && value.rawType != 2 && value.rawType != 7)
        return 0;
    qsizetype units = value.bytes.size() / 2;
    const auto unitAt = [&](qsizetype i) { return value.bytes.at(2 * i) != 0 || value.bytes.at(2 * i + 1) != 0; };
    while (units > 0 && !unitAt(units - 1))
        --units;
    return units;
}

QString WritableRegistry::displayName(const QString &key, const QString &name)
{
    return key + u'\\' + (name.isEmpty() ? tr("(Default)") : name);
}

Failure WritableRegistry::win32Failure(long code, const QString &key, const QString &name)
{
    constexpr long kAccessDenied = 5;
    if (code == kAccessDenied) {
        return Failure { tr("cannot change %1: administrator rights are needed (Win32 error 5); start GoDual "
                            "as administrator to change system values")
                .arg(displayName(key, name)) };
    }
    return Failure { tr("cannot change %1: %2 (Win32 error %3)")
            .arg(displayName(key, name), qt_error_string(int(code)), QString::number(code)) };
}

} // namespace GoDual
