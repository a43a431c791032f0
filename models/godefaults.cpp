#include "godefaults.h"

namespace GoDual::GoDefaults {

QList<std::pair<QString, QString>> values(const QString &gopath)
{
    QList<std::pair<QString, QString>> out {
        { QStringLiteral("GOFLAGS"), QString() },
        { QStringLiteral("GOPROXY"), QStringLiteral("https://proxy.golang.org,direct") },
        { QStringLiteral("GOSUMDB"), QStringLiteral("sum.golang.org") },
        { QStringLiteral("GOTOOLCHAIN"), QStringLiteral("auto") },
    };
    if (!gopath.isEmpty())
        out.prepend({ QStringLiteral("GOPATH"), gopath });
    return out;
}

void fillIn(QMap<QString, EnvValue> &env, const QString &gopath)
{
    for (const auto &[name, value] : values(gopath)) {
        if (!env.contains(name))
            env.insert(name, { value, Origin::defaultValue(), {} });
    }
}

} // namespace GoDual::GoDefaults
