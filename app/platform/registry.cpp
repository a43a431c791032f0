#include "platform/registry.h"

namespace GoDual {

QString Registry::canonicalKey(const QString &key)
{
    static const struct {
        QLatin1StringView shortName;
        QLatin1StringView fullName;
    } kHives[] = {
        { QLatin1StringView("HKLM"), QLatin1StringView("HKEY_LOCAL_MACHINE") },
        { QLatin1StringView("HKCU"), QLatin1StringView("HKEY_CURRENT_USER") },
        { QLatin1StringView("HKCR"), QLatin1StringView("HKEY_CLASSES_ROOT") },
        { QLatin1StringView("HKU"), QLatin1StringView("HKEY_USERS") },
        { QLatin1StringView("HKCC"), QLatin1StringView("HKEY_CURRENT_CONFIG") },
    };
    QStringView path = QStringView(key).trimmed();
    while (path.endsWith(u'\\'))
        path.chop(1);
    const qsizetype slash = path.indexOf(u'\\');
    const QStringView hive = slash < 0 ? path : path.left(slash);
    const QStringView rest = slash < 0 ? QStringView() : path.mid(slash);
    for (const auto &known : kHives) {
        if (hive.compare(known.shortName, Qt::CaseInsensitive) == 0
            || hive.compare(known.fullName, Qt::CaseInsensitive) == 0)
            return known.fullName + rest;
    }
    return {};
}

} // namespace GoDual
