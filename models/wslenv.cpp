#include "wslenv.h"

namespace GoDual {

QList<WslEnvEntry> parseWslEnv(const QString &value)
{
    QStringView list(value);
    while (!list.isEmpty() && list.back().isSpace())
        list.chop(1);

    QList<WslEnvEntry> entries;
    for (const QStringView text : list.split(u':', Qt::SkipEmptyParts)) {
        WslEnvEntry entry;
        entry.text = text.toString();
        const qsizetype slash = text.indexOf(u'/');
        entry.name = (slash < 0 ? text : text.left(slash)).toString();
        if (slash >= 0) {
            for (const QChar flag : text.mid(slash + 1)) {
                switch (flag.unicode()) {
                case u'p':
                    entry.path = true;
                    break;
                case u'l':
                    entry.list = true;
                    break;
                case u'u':
                    entry.onlyToWsl = true;
                    break;
                case u'w':
                    entry.onlyToWindows = true;
                    break;
                default:
                    entry.unknownFlags.append(flag);
                    break;
                }
            }
        }
        entry.skipped = entry.name.isEmpty() || !entry.unknownFlags.isEmpty();
        entries.append(entry);
    }
    return entries;
}

std::optional<WslEnvEntry> wslEnvEntryForwardingToWsl(const QString &wslenv, const QString &name)
{
    std::optional<WslEnvEntry> found;
    for (const WslEnvEntry &entry : parseWslEnv(wslenv)) {
        if (entry.name == name && entry.forwardsToWsl())
            found = entry;
    }
    return found;
}

const QStringList &boundaryGoVariables()
{
    static const QStringList names { QStringLiteral("GOROOT"), QStringLiteral("GOPATH"), QStringLiteral("GOBIN"),
        QStringLiteral("GOENV"), QStringLiteral("GOFLAGS"), QStringLiteral("GOTOOLCHAIN") };
    return names;
}

} // namespace GoDual
