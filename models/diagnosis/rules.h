#pragma once

// The rule functions behind Diagnosis::rules(), one per finding id; each is tested on its own.

#include "finding.h"
#include "snapshot.h"

namespace GoDual::Rules {

QList<Finding> windowsGoOnWslPath(const Snapshot &s);
QList<Finding> gorootMismatch(const Snapshot &s);
QList<Finding> gorootInvalid(const Snapshot &s);
QList<Finding> gorootCrossesBoundary(const Snapshot &s);
QList<Finding> wslenvForwardsGoVars(const Snapshot &s);
QList<Finding> gopathOnWindowsDrive(const Snapshot &s);
QList<Finding> gopathInsideGoroot(const Snapshot &s);
QList<Finding> gopathBinNotOnPath(const Snapshot &s);
QList<Finding> goShadowedOnPath(const Snapshot &s);
QList<Finding> windowsPathAppended(const Snapshot &s);
QList<Finding> wslConfIgnoredLines(const Snapshot &s);
QList<Finding> interopDisabledButNeeded(const Snapshot &s);
QList<Finding> pathEntryMissing(const Snapshot &s);
QList<Finding> pathEntryDuplicate(const Snapshot &s);
QList<Finding> pathUnexpandedVariable(const Snapshot &s);
QList<Finding> pathTooLong(const Snapshot &s);
QList<Finding> goenvFileConflict(const Snapshot &s);
QList<Finding> checksumDbDisabled(const Snapshot &s);
QList<Finding> rcConflictingExports(const Snapshot &s);
QList<Finding> kernelModulesMissing(const Snapshot &s);
QList<Finding> vscodeGorootMismatch(const Snapshot &s);
QList<Finding> distroNotScanned(const Snapshot &s);

} // namespace GoDual::Rules
