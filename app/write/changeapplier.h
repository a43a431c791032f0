#pragma once

#include "changeset.h"
#include "result.h"
#include "write/changejournal.h"
#include "write/changetargets.h"

#include <QCoreApplication>

#include <functional>

namespace GoDual {

// Applies change sets as the contract's write path promises: journaled before the first write,
// one side at a time, all or nothing (a failing side makes every side already written go back
// to its prior bytes), and undone as a whole. Blocking: run it off the GUI thread.
class ChangeApplier {
    Q_DECLARE_TR_FUNCTIONS(GoDual::ChangeApplier)

public:
    ChangeApplier(ChangeJournal &journal, ChangeTargets &targets);

    // Journals and applies `set`. A Failure names the target and why; everything was restored.
    Result<void> apply(const ChangeSet &set);

    // The change set that undoes `id` (the newest one applied and not undone when `id` is
    // empty), for preview: every change reversed. std::nullopt with no failure: nothing to undo.
    Result<std::optional<ChangeSet>> planUndo(const QString &id) const;
    // Applies an undo set from planUndo(). Unless `force`, a target someone changed since the
    // original set was applied stops it (nothing is written, the Failure names the target).
    Result<void> undo(const ChangeSet &undoSet, bool force);

    // Rolls back every change set a crash left half-applied and removes GoDual's temporary
    // files beside its targets. Returns one line per change set it restored, for stderr.
    Result<QStringList> recover();

    // Fault injection for tests: called at each step (1: journaled, then 1 + n after the n-th
    // side was written). Fail makes the step fail as a write would; Crash stops there as a
    // killed process would, leaving the journal for recover().
    enum class StepOutcome { Go, Fail, Crash };
    std::function<StepOutcome(int step)> stepHook;

private:
    Result<void> applyJournaled(const ChangeSet &set, ChangeTargets::Check check);
    StepOutcome step(int n) const { return stepHook ? stepHook(n) : StepOutcome::Go; }

    ChangeJournal &m_journal;
    ChangeTargets &m_targets;
};

} // namespace GoDual
