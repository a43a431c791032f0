#include "changeset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>

namespace GoDual {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual", text); }

QJsonValue bytesToJson(const std::optional<QByteArray> &bytes)
{
    if (!bytes)
        return QJsonValue::Null;
    return QString::fromLatin1(bytes->toBase64());
}

Result<std::optional<QByteArray>> bytesFromJson(const QJsonValue &value, const QString &what)
{
    if (value.isNull() || value.isUndefined())
        return std::optional<QByteArray> {};
    if (!value.isString())
        return Failure { tr("%1 is not base64 text").arg(what) };
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Failure { tr("%1 is not valid base64").arg(what) };
    return std::optional<QByteArray>(*decoded);
}

QJsonValue valueToJson(const std::optional<RegistryValue> &value)
{
    if (!value)
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("type"), value->rawType },
        { QStringLiteral("data"), QString::fromLatin1(value->bytes.toBase64()) } };
}

Result<std::optional<RegistryValue>> valueFromJson(const QJsonValue &value, const QString &what)
{
    if (value.isNull() || value.isUndefined())
        return std::optional<RegistryValue> {};
    const QJsonObject object = value.toObject();
    if (!object.value(QStringLiteral("type")).isDouble())
        return Failure { tr("%1 has no registry type").arg(what) };
    auto data = bytesFromJson(object.value(QStringLiteral("data")), what);
    if (!data)
        return Failure { data.error() };
    return std::optional<RegistryValue>(
        RegistryValue::fromRaw(object.value(QStringLiteral("type")).toInt(), data->value_or(QByteArray {})));
}

QJsonArray stringsToJson(const QStringList &list) { return QJsonArray::fromStringList(list); }

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

bool Change::isNoop() const
{
    if (isRegistry())
        return beforeValue == afterValue;
    return before == after;
}

Change Change::reversed() const
{
    Change r = *this;
    std::swap(r.before, r.after);
    std::swap(r.beforeValue, r.afterValue);
    return r;
}

QString Change::kindName(Kind kind)
{
    switch (kind) {
    case Kind::File:
        return QStringLiteral("file");
    case Kind::Registry:
        return QStringLiteral("registry");
    case Kind::WslConf:
        return QStringLiteral("wsl.conf");
    case Kind::Alternative:
        return QStringLiteral("alternative");
    }
    return {};
}

std::optional<Change::Kind> Change::kindFromName(const QString &name)
{
    for (Kind kind : { Kind::File, Kind::Registry, Kind::WslConf, Kind::Alternative }) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QList<SideId> ChangeSet::sides() const
{
    QList<SideId> result;
    for (const Change &change : changes) {
        if (!result.contains(change.side))
            result.append(change.side);
    }
    return result;
}

QString ChangeSet::newId(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz-"))
        + QString::number(QRandomGenerator::global()->generate() & 0xffff, 16).rightJustified(4, u'0');
}

QJsonObject changeSetToJson(const ChangeSet &set)
{
    QJsonArray changes;
    for (const Change &c : set.changes) {
        QJsonObject o { { QStringLiteral("kind"), Change::kindName(c.kind) },
            { QStringLiteral("side"), c.side.toString() }, { QStringLiteral("target"), c.target },
            { QStringLiteral("reasons"), stringsToJson(c.reasons) } };
        if (c.isRegistry()) {
            o.insert(QStringLiteral("key"), c.registryKey);
            o.insert(QStringLiteral("name"), c.registryName);
            o.insert(QStringLiteral("beforeValue"), valueToJson(c.beforeValue));
            o.insert(QStringLiteral("afterValue"), valueToJson(c.afterValue));
        } else {
            o.insert(QStringLiteral("before"), bytesToJson(c.before));
            o.insert(QStringLiteral("after"), bytesToJson(c.after));
            o.insert(QStringLiteral("asRoot"), c.asRoot);
        }
        changes.append(o);
    }
    return { { QStringLiteral("id"), set.id }, { QStringLiteral("time"), set.time.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("summary"), set.summary }, { QStringLiteral("changes"), changes },
        { QStringLiteral("restartDistros"), stringsToJson(set.restartDistros) },
        { QStringLiteral("undoes"), set.undoes } };
}

Result<ChangeSet> changeSetFromJson(const QJsonObject &object)
{
    ChangeSet set;
    set.id = object.value(QStringLiteral("id")).toString();
    if (set.id.isEmpty())
        return Failure { tr("the change set has no id") };
    set.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    set.summary = object.value(QStringLiteral("summary")).toString();
    set.restartDistros = stringsFromJson(object.value(QStringLiteral("restartDistros")));
    set.undoes = object.value(QStringLiteral("undoes")).toString();
    const QJsonArray changes = object.value(QStringLiteral("changes")).toArray();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject o = changes.at(i).toObject();
        const QString what = tr("change %1 of change set %2").arg(i + 1).arg(set.id);
        Change c;
        const auto kind = Change::kindFromName(o.value(QStringLiteral("kind")).toString());
        const auto side = SideId::parse(o.value(QStringLiteral("side")).toString());
        if (!kind || !side)
            return Failure { tr("%1 has no valid kind or side").arg(what) };
        c.kind = *kind;
        c.side = *side;
        c.target = o.value(QStringLiteral("target")).toString();
        c.reasons = stringsFromJson(o.value(QStringLiteral("reasons")));
        if (c.isRegistry()) {
            c.registryKey = o.value(QStringLiteral("key")).toString();
            c.registryName = o.value(QStringLiteral("name")).toString();
            auto before = valueFromJson(o.value(QStringLiteral("beforeValue")), what);
            auto after = valueFromJson(o.value(QStringLiteral("afterValue")), what);
            if (!before || !after)
                return Failure { before ? after.error() : before.error() };
            c.beforeValue = *before;
            c.afterValue = *after;
        } else {
            auto before = bytesFromJson(o.value(QStringLiteral("before")), what);
            auto after = bytesFromJson(o.value(QStringLiteral("after")), what);
            if (!before || !after)
                return Failure { before ? after.error() : before.error() };
            c.before = *before;
            c.after = *after;
            c.asRoot = o.value(QStringLiteral("asRoot")).toBool();
        }
        set.changes.append(c);
    }
    return set;
}

} // namespace GoDual
