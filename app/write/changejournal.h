#pragma once

#include "changeset.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace GoDual {

// The change journal in GoDual's state folder (GODUAL_STATE_DIR): one folder per change set,
// `journal/<id>/changeset.json` holding every target's exact prior and new state, and
// `journal/<id>/status`. The change set is durable (written, synced, renamed into place) before
// the first target is touched, so a crash at any later moment leaves what recovery needs.
// `backups/<id>/` holds the prior files (and registry values as `registry.reg`, importable) for
// people who want them without GoDual. Not thread-safe; one GoDual process at a time writes.
class ChangeJournal {
    Q_DECLARE_TR_FUNCTIONS(GoDual::ChangeJournal)

public:
    enum class Status {
        Applying, // journaled; targets may be partly written: recovery rolls it back
        Applied,
        RolledBack, // failed or interrupted and restored; nothing of it is in effect
        Undone, // applied, then undone by the change set whose `undoes` names it
    };
    struct Entry {
        ChangeSet set;
        Status status = Status::Applying;
    };

    explicit ChangeJournal(QString stateDir);

    // The state folder of this run: GODUAL_STATE_DIR, else the platform's app-data folder.
    static QString defaultStateDir();

    const QString &stateDir() const { return m_stateDir; }
    // Journals `set` with status Applying and writes its backups.
    Result<void> begin(const ChangeSet &set);
    Result<void> setStatus(const QString &id, Status status);
    // Every journaled change set, newest first. A folder that cannot be read is reported, not
    // skipped in silence: the failure names it.
    Result<QList<Entry>> entries() const;
    Result<Entry> entry(const QString &id) const;
    // The history people see (`undo --list`, the window's Change history): the change sets that
    // took effect, applied or since undone, newest first. Undo sets and sets that never took
    // effect (rolled back, or being applied) are not in it.
    Result<QList<Entry>> history() const;
    QString backupDir(const QString &id) const;

    static QString statusName(Status status);

private:
    QString setDir(const QString &id) const;

    QString m_stateDir;
};

} // namespace GoDual
