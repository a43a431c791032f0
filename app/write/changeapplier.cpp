#include "write/changeapplier.h"

#include <QDateTime>

namespace GoDual {

namespace {

// The changes of each side, sides in the order they first appear.
QList<std::pair<SideId, QList<Change>>> bySide(const ChangeSet &set)
{
    QList<std::pair<SideId, QList<Change>>> groups;
    for (const Change &change : set.changes) {
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == change.side; });
        if (it == groups.end())
            groups.append({ change.side, { change } });
        else
            it->second.append(change);
    }
    return groups;
}

QList<Change> reversed(const QList<Change> &changes)
{
    QList<Change> result;
    for (auto it = changes.crbegin(); it != changes.crend(); ++it)
        result.append(it->reversed());
    return result;
}

} // namespace

ChangeApplier::ChangeApplier(ChangeJournal &journal, ChangeTargets &targets)
    : m_journal(journal)
    , m_targets(targets)
{
}

Result<void> ChangeApplier::apply(const ChangeSet &set) { return applyJournaled(set, ChangeTargets::Check::Before); }

Result<void> ChangeApplier::applyJournaled(const ChangeSet &set, ChangeTargets::Check check)
{
    if (auto r = m_journal.begin(set); !r)
        return r;
    const auto groups = bySide(set);
    QString failure;
    qsizetype written = 0;
    const auto crashed = [] { return Failure { tr("stopped by the fault-injection hook (a simulated crash)") }; };
    switch (step(1)) {
    case StepOutcome::Crash:
        return crashed();
    case StepOutcome::Fail:
        failure = tr("interrupted after journaling change set %1").arg(set.id);
        break;
    case StepOutcome::Go:
        break;
    }
    for (; failure.isEmpty() && written < groups.size(); ++written) {
        const auto &[side, changes] = groups.at(written);
        if (auto r = m_targets.apply(side, changes, check); !r) {
            failure = r.error();
            break;
        }
        const StepOutcome outcome = step(int(written) + 2);
        if (outcome == StepOutcome::Crash)
            return crashed();
        if (outcome == StepOutcome::Fail) {
            failure = tr("interrupted after writing %1").arg(side.toString());
            ++written;
            break;
        }
    }
    if (failure.isEmpty())
        return m_journal.setStatus(set.id, ChangeJournal::Status::Applied);

    // All or nothing: the sides already written go back, newest first (a target someone changed in
    // the meantime is left as it is).
    QStringList restoreErrors;
    for (qsizetype i = written - 1; i >= 0; --i) {
        const auto &[side, changes] = groups.at(i);
        if (auto r = m_targets.apply(side, reversed(changes), ChangeTargets::Check::IfBefore); !r)
            restoreErrors.append(r.error());
    }
    if (!restoreErrors.isEmpty())
        return Failure { tr("%1; restoring the files already written failed too, the change set stays journaled "
                            "for the next start to restore: %2")
                .arg(failure, restoreErrors.join(QStringLiteral("; "))) };
    if (auto r = m_journal.setStatus(set.id, ChangeJournal::Status::RolledBack); !r)
        return Failure { failure + QStringLiteral("; ") + r.error() };
    return Failure { tr("%1; nothing was changed").arg(failure) };
}

Result<std::optional<ChangeSet>> ChangeApplier::planUndo(const QString &id) const
{
    auto entries = m_journal.entries();
    if (!entries)
        return Failure { entries.error() };
    const ChangeJournal::Entry *chosen = nullptr;
    for (const ChangeJournal::Entry &e : *entries) {
        // An undo set is not itself offered for undo: undoing twice re-applies nothing new.
        if (!e.set.undoes.isEmpty())
            continue;
        if (id.isEmpty() ? e.status == ChangeJournal::Status::Applied : e.set.id == id) {
            chosen = &e;
            break;
        }
    }
    if (!chosen) {
        if (id.isEmpty())
            return std::optional<ChangeSet> {};
        return Failure { tr("there is no change set %1 (godual undo --list shows them)").arg(id) };
    }
    if (chosen->status != ChangeJournal::Status::Applied) {
        return Failure { tr("change set %1 is %2, not applied: there is nothing of it to undo")
                .arg(chosen->set.id, ChangeJournal::statusName(chosen->status)) };
    }
    ChangeSet undo;
    undo.time = QDateTime::currentDateTimeUtc();
    undo.id = ChangeSet::newId(undo.time);
    undo.undoes = chosen->set.id;
    undo.summary = tr("undo %1 (%2)").arg(chosen->set.id, chosen->set.summary);
    undo.changes = reversed(chosen->set.changes);
    undo.restartDistros = chosen->set.restartDistros;
    return std::optional<ChangeSet>(undo);
}

Result<void> ChangeApplier::undo(const ChangeSet &undoSet, bool force)
{
    if (auto r = applyJournaled(undoSet, force ? ChangeTargets::Check::None : ChangeTargets::Check::Before); !r)
        return r;
    return m_journal.setStatus(undoSet.undoes, ChangeJournal::Status::Undone);
}

Result<QStringList> ChangeApplier::recover()
{
    auto entries = m_journal.entries();
    if (!entries)
        return Failure { entries.error() };
    QStringList report;
    for (const ChangeJournal::Entry &e : *entries) {
        if (e.status != ChangeJournal::Status::Applying)
            continue;
        // A target was written atomically, so it holds the new bytes (then they go back) or the
        // prior ones; one that holds neither was changed by someone since the crash and is left
        // as it is, so recovery never loses what a person wrote.
        for (const auto &[side, changes] : bySide(e.set)) {
            if (auto r = m_targets.apply(side, reversed(changes), ChangeTargets::Check::IfBefore); !r)
                return Failure {
                    tr("change set %1 was interrupted and cannot be restored yet: %2").arg(e.set.id, r.error())
                };
            if (auto r = m_targets.clean(side, changes); !r)
                return Failure { r.error() };
        }
        if (auto r = m_journal.setStatus(e.set.id, ChangeJournal::Status::RolledBack); !r)
            return Failure { r.error() };
        report.append(tr("change set %1 (%2) was interrupted; every file and value it touched is back as it was")
                .arg(e.set.id, e.set.summary.isEmpty() ? tr("not yet journaled in full") : e.set.summary));
    }
    return report;
}

} // namespace GoDual
