#include "cli/snapshotjson.h"

#include "fix/fixplanner.h"

#include <QJsonArray>

namespace GoDual::SnapshotJson {

namespace {

QString kindName(SideId::Kind kind)
{
    switch (kind) {
    case SideId::Kind::Windows:
        return QStringLiteral("windows");
    case SideId::Kind::Wsl:
        return QStringLiteral("wsl");
    case SideId::Kind::Local:
        return QStringLiteral("local");
    }
    Q_UNREACHABLE_RETURN(QString());
}

// wsl.exe's own word for the state ("Running", "Installing", ...), so scripts match what
// `wsl.exe -l -v` prints; "Unknown" when nobody could read it.
QString stateName(Side::State state)
{
    const QString word = wslStateWord(state);
    return word.isEmpty() ? QStringLiteral("Unknown") : word;
}

QJsonObject envValue(const EnvValue &v)
{
    // The contract keeps origin one string, so scripts can match it.
    QJsonObject o { { QStringLiteral("value"), v.value }, { QStringLiteral("origin"), v.origin.toString() } };
    if (!v.overridden.isEmpty()) {
        QJsonArray overridden;
        for (const OverriddenValue &lost : v.overridden)
            overridden.append(lost.toString());
        o.insert(QStringLiteral("overridden"), overridden);
    }
    return o;
}

} // namespace

QJsonObject side(const Side &s)
{
    QJsonObject o { { QStringLiteral("id"), s.id.toString() }, { QStringLiteral("kind"), kindName(s.id.kind()) },
        { QStringLiteral("name"), s.name }, { QStringLiteral("scanned"), s.scanned } };
    if (!s.scanError.isEmpty())
        o.insert(QStringLiteral("scanError"), s.scanError);
    if (s.id.kind() == SideId::Kind::Wsl) {
        o.insert(QStringLiteral("state"), stateName(s.state));
        o.insert(QStringLiteral("wslVersion"), s.wslVersion);
        o.insert(QStringLiteral("default"), s.isDefault);
        if (s.interop) {
            o.insert(QStringLiteral("interop"),
                QJsonObject { { QStringLiteral("enabled"), s.interop->enabled },
                    { QStringLiteral("appendWindowsPath"), s.interop->appendWindowsPath } });
        }
    }
    if (!s.kernel.isEmpty())
        o.insert(QStringLiteral("kernel"), s.kernel);
    QJsonArray installs;
    for (const GoInstall &i : s.installs) {
        installs.append(QJsonObject { { QStringLiteral("version"), i.version }, { QStringLiteral("goroot"), i.goroot },
            { QStringLiteral("source"), i.source } });
    }
    o.insert(QStringLiteral("installs"), installs);
    if (s.active) {
        o.insert(QStringLiteral("active"),
            QJsonObject { { QStringLiteral("path"), s.active->path },
                { QStringLiteral("version"),
                    s.active->version.isEmpty() ? QJsonValue() : QJsonValue(s.active->version) } });
    } else {
        o.insert(QStringLiteral("active"), QJsonValue());
    }
    QJsonObject env;
    for (auto it = s.env.cbegin(); it != s.env.cend(); ++it)
        env.insert(it.key(), envValue(*it));
    if (s.scanned) {
        QJsonArray path;
        for (const PathEntry &e : s.path)
            path.append(QJsonObject {
                { QStringLiteral("value"), e.value }, { QStringLiteral("origin"), e.origin.toString() } });
        env.insert(QStringLiteral("PATH"), path);
    }
    o.insert(QStringLiteral("env"), env);
    return o;
}

QJsonObject finding(const Finding &f, const Snapshot &snapshot)
{
    QJsonObject o { { QStringLiteral("id"), f.id }, { QStringLiteral("severity"), Finding::severityName(f.severity) },
        { QStringLiteral("side"), f.side.toString() }, { QStringLiteral("message"), f.message },
        { QStringLiteral("evidence"), QJsonArray::fromStringList(f.evidence) }, { QStringLiteral("fix"), f.fix } };
    const bool fixable = FixPlanner::isFixable(snapshot, f);
    o.insert(QStringLiteral("fixable"), fixable);
    if (const QStringList choices = FixPlanner::choices(f.id); fixable && !choices.isEmpty())
        o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(choices));
    return o;
}

QJsonObject document(const Snapshot &snapshot, const QList<Finding> &findings)
{
    QJsonArray sides;
    for (const Side &s : snapshot.sides)
        sides.append(side(s));
    QJsonArray list;
    for (const Finding &f : findings)
        list.append(finding(f, snapshot));
    return { { QStringLiteral("schema"), 1 }, { QStringLiteral("sides"), sides },
        { QStringLiteral("findings"), list } };
}

} // namespace GoDual::SnapshotJson
