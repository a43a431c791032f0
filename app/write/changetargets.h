#pragma once

#include "changeset.h"
#include "result.h"

#include <QList>

namespace GoDual {

// Where a change set's bytes land: the files and registry of the machine GoDual looks at. One
// implementation per machine (MachineChangeTargets) dispatches to the side's writer; tests hand
// in one that fails on purpose. Blocking: run it off the GUI thread.
class ChangeTargets {
public:
    enum class Check {
        Before, // every target must still hold the change's `before`, else nothing is written
        IfBefore, // write the targets that hold their `before`, leave the others (recovery)
        None, // write whatever the targets hold (rollback of a run that failed just now)
    };

    virtual ~ChangeTargets() = default;

    // Writes all `changes` of one side, each atomically, all or nothing for that side: on a
    // failure the side's targets are as they were and the Failure names the target and why.
    virtual Result<void> apply(const SideId &side, const QList<Change> &changes, Check check) = 0;
    // Removes GoDual's temporary files beside the targets (left by a run that was killed).
    virtual Result<void> clean(const SideId &side, const QList<Change> &changes) = 0;
};

} // namespace GoDual
