#include "write/changejournal.h"

#include "platform/regtext.h"
#include "releaseindexclient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace GoDual {

namespace {

const QString kChangeSetFile = QStringLiteral("changeset.json");
const QString kStatusFile = QStringLiteral("status");

// QSaveFile writes beside the file and renames after syncing, so a reader (recovery after a
// crash) sees the whole old content or the whole new one.
Result<void> writeDurably(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Failure { ChangeJournal::tr("cannot create the folder of %1").arg(QDir::toNativeSeparators(path)) };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Failure {
            ChangeJournal::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())
        };
    return {};
}

std::optional<ChangeJournal::Status> statusFromName(const QByteArray &name)
{
    for (auto status : { ChangeJournal::Status::Applying, ChangeJournal::Status::Applied,
             ChangeJournal::Status::RolledBack, ChangeJournal::Status::Undone }) {
        if (ChangeJournal::statusName(status).toLatin1() == name)
            return status;
    }
    return std::nullopt;
}

// A name for a backup copy that a person recognises: "2-.bashrc" for the second change.
QString backupName(int index, const Change &change)
{
    QString base = change.target.section(u'/', -1).section(u'\\', -1);
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QString::number(index + 1) + u'-' + base;
}

} // namespace

ChangeJournal::ChangeJournal(QString stateDir)
    : m_stateDir(std::move(stateDir))
{
}

QString ChangeJournal::defaultStateDir()
{
    // One rule for GoDual's state folder: the journal lives beside the downloads and the index.
    return ReleaseIndexClient::defaultStateDir();
}

QString ChangeJournal::statusName(Status status)
{
    switch (status) {
    case Status::Applying:
        return QStringLiteral("applying");
    case Status::Applied:
        return QStringLiteral("applied");
    case Status::RolledBack:
        return QStringLiteral("rolled-back");
    case Status::Undone:
        return QStringLiteral("undone");
    }
    return {};
}

QString ChangeJournal::setDir(const QString &id) const
{
    return QDir(m_stateDir).filePath(QStringLiteral("journal/") + id);
}

QString ChangeJournal::backupDir(const QString &id) const
{
    return QDir(m_stateDir).filePath(QStringLiteral("backups/") + id);
}

Result<void> ChangeJournal::begin(const ChangeSet &set)
{
    if (m_stateDir.isEmpty())
        return Failure { tr("GoDual has no state folder to keep its change journal in (set GODUAL_STATE_DIR)") };
    if (QFileInfo::exists(setDir(set.id)))
        return Failure { tr("change set %1 is journaled already").arg(set.id) };
    // The status goes first: a set without one is never half-believed.
    if (auto r = writeDurably(QDir(setDir(set.id)).filePath(kStatusFile), statusName(Status::Applying).toLatin1()); !r)
        return r;
    const QByteArray json = QJsonDocument(changeSetToJson(set)).toJson(QJsonDocument::Indented);
    if (auto r = writeDurably(QDir(setDir(set.id)).filePath(kChangeSetFile), json); !r)
        return r;
    QList<RegBackupValue> registry;
    for (int i = 0; i < set.changes.size(); ++i) {
        const Change &change = set.changes.at(i);
        if (change.isRegistry()) {
            registry.append({ change.registryKey, change.registryName, change.beforeValue });
        } else if (change.before) {
            if (auto r = writeDurably(QDir(backupDir(set.id)).filePath(backupName(i, change)), *change.before); !r)
                return r;
        }
    }
    // The prior registry values as a file a person can double-click to import (regedit's own
    // encoding), for when GoDual itself is gone.
    if (!registry.isEmpty()) {
        if (auto r
            = writeDurably(QDir(backupDir(set.id)).filePath(QStringLiteral("registry.reg")), regFileBytes(registry));
            !r)
            return r;
    }
    return {};
}

Result<void> ChangeJournal::setStatus(const QString &id, Status status)
{
    if (!QFileInfo::exists(setDir(id)))
        return Failure { tr("there is no change set %1 in %2").arg(id, QDir::toNativeSeparators(m_stateDir)) };
    return writeDurably(QDir(setDir(id)).filePath(kStatusFile), statusName(status).toLatin1());
}

Result<QList<ChangeJournal::Entry>> ChangeJournal::history() const
{
    auto all = entries();
    if (!all)
        return Failure { all.error() };
    QList<Entry> out;
    for (const Entry &e : *all) {
        if (e.set.undoes.isEmpty() && (e.status == Status::Applied || e.status == Status::Undone))
            out.append(e);
    }
    return out;
}

Result<ChangeJournal::Entry> ChangeJournal::entry(const QString &id) const
{
    const QDir dir(setDir(id));
    QFile statusFile(dir.filePath(kStatusFile));
    QFile setFile(dir.filePath(kChangeSetFile));
    if (!statusFile.open(QIODevice::ReadOnly))
        return Failure { tr("there is no change set %1 in %2").arg(id, QDir::toNativeSeparators(m_stateDir)) };
    const auto status = statusFromName(statusFile.readAll().trimmed());
    if (!status)
        return Failure { tr("%1 holds no known status").arg(QDir::toNativeSeparators(statusFile.fileName())) };
    if (!setFile.open(QIODevice::ReadOnly)) {
        // Interrupted before the change set was durable: nothing was written to any target yet.
        if (*status == Status::Applying) {
            Entry interrupted;
            interrupted.set.id = id;
            return interrupted;
        }
        return Failure { tr("cannot read %1").arg(QDir::toNativeSeparators(setFile.fileName())) };
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(setFile.readAll(), &error);
    if (document.isNull())
        return Failure { tr("%1 is not valid JSON at offset %2: %3")
                .arg(QDir::toNativeSeparators(setFile.fileName()))
                .arg(error.offset)
                .arg(error.errorString()) };
    auto set = changeSetFromJson(document.object());
    if (!set)
        return Failure { tr("%1: %2").arg(QDir::toNativeSeparators(setFile.fileName()), set.error()) };
    return Entry { std::move(set).value(), *status };
}

Result<QList<ChangeJournal::Entry>> ChangeJournal::entries() const
{
    QStringList ids = QDir(QDir(m_stateDir).filePath(QStringLiteral("journal")))
                          .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::reverse(ids.begin(), ids.end()); // ids sort by time
    QList<Entry> result;
    for (const QString &id : std::as_const(ids)) {
        auto e = entry(id);
        if (!e)
            return Failure { e.error() };
        result.append(std::move(e).value());
    }
    return result;
}

} // namespace GoDual
