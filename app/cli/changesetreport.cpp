#include "cli/changesetreport.h"

#include "edit/unifieddiff.h"
#include "platform/regtext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace GoDual::ChangeSetReport {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::ChangeSetReport", text); }

std::optional<QByteArray> regText(const Change &change, const std::optional<RegistryValue> &value)
{
    if (!value)
        return std::nullopt;
    return (regKeyLine(change.registryKey) + u'\n' + regValueLines(change.registryName, *value).join(u'\n') + u'\n')
        .toUtf8();
}

// "wsl:Ubuntu /etc/wsl.conf", "local /home/dev/.profile", "HKEY_CURRENT_USER\Environment\Path".
QString label(const Change &change)
{
    if (change.side.kind() == SideId::Kind::Windows)
        return change.target;
    return change.side.toString() + u' ' + change.target;
}

} // namespace

QString diff(const Change &change)
{
    if (change.isRegistry())
        return unifiedDiff(regText(change, change.beforeValue), regText(change, change.afterValue), label(change));
    return unifiedDiff(change.before, change.after, label(change));
}

QString preview(const ChangeSet &set)
{
    QString text = set.summary + u'\n';
    for (const Change &change : set.changes) {
        text += u'\n'
            + tr("%1 (%2, for %3)")
                  .arg(label(change), Change::kindName(change.kind), change.reasons.join(QStringLiteral(", ")))
            + u'\n' + diff(change);
        if (!text.endsWith(u'\n'))
            text += u'\n';
    }
    if (!set.restartDistros.isEmpty())
        text += u'\n'
            + tr("Takes effect when these distros restart (their running programs end): %1")
                  .arg(set.restartDistros.join(QStringLiteral(", ")))
            + u'\n';
    return text;
}

QJsonObject document(const ChangeSet &set, const QStringList &pending, const QStringList &restarted, bool applied)
{
    QJsonArray changes;
    for (const Change &change : set.changes) {
        changes.append(QJsonObject { { QStringLiteral("side"), change.side.toString() },
            { QStringLiteral("target"), change.target }, { QStringLiteral("kind"), Change::kindName(change.kind) },
            { QStringLiteral("diff"), diff(change) } });
    }
    const QJsonObject changeSet { { QStringLiteral("id"), set.id },
        { QStringLiteral("time"), set.time.toUTC().toString(Qt::ISODate) }, { QStringLiteral("summary"), set.summary },
        { QStringLiteral("changes"), changes }, { QStringLiteral("pending"), QJsonArray::fromStringList(pending) },
        { QStringLiteral("restarted"), QJsonArray::fromStringList(restarted) } };
    return { { QStringLiteral("schema"), 1 }, { QStringLiteral("changeSet"), changeSet },
        { QStringLiteral("applied"), applied } };
}

} // namespace GoDual::ChangeSetReport
