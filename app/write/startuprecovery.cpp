#include "write/startuprecovery.h"

#include "scan/machineseams.h"
#include "write/changeapplier.h"
#include "write/changejournal.h"
#include "write/machinechangetargets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace GoDual {

QStringList recoverInterruptedChanges()
{
    const QString stateDir = ChangeJournal::defaultStateDir();
    // Nothing journaled yet: no work, and no folder is created just by starting.
    if (stateDir.isEmpty() || !QFileInfo(QDir(stateDir).filePath(QStringLiteral("journal"))).isDir())
        return {};
    ChangeJournal journal(stateDir);
    MachineChangeTargets targets(MachineSeams::fromEnvironment());
    ChangeApplier applier(journal, targets);
    auto report = applier.recover();
    if (!report)
        return { report.error() };
    return *report;
}

} // namespace GoDual
