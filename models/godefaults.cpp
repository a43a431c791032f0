#include "godefaults.h"

namespace GoDual::GoDefaults {

const QStringList &variables()
{
    static const QStringList vars { QStringLiteral("GOROOT"), QStringLiteral("GOPATH"), QStringLiteral("GOBIN"),
        QStringLiteral("GOTOOLCHAIN"), QStringLiteral("GOPROXY"), QStringLiteral("GOSUMDB"), QStringLiteral("GOFLAGS"),
        QStringLiteral("GONOSUMDB"), QStringLiteral("GONOSUMCHECK"), QStringLiteral("GOINSECURE"),
        QStringLiteral("GOPRIVATE"), QStringLiteral("GOMODCACHE"), QStringLiteral("GOCACHE"), QStringLiteral("GOENV"),
        QStringLiteral("GO111MODULE") };
    return vars;
}

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
