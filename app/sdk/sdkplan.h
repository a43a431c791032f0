#pragma once

#include "goversion.h"
#include "installjob.h"
#include "result.h"
#include "scan/machineseams.h"
#include "sideid.h"

namespace GoDual {

struct Side;

// Turns "install VERSION on SIDE" into the request an InstallJob carries out. The command line and
// the window both go through here, so they agree on where SDKs land and which sides can take one.
// `scanned` is what the last scan knew about the side (its home folder, its architecture); null
// when the caller has not scanned.
Result<InstallRequest> planInstall(const GoVersion &version, const SideId &side, const Side *scanned = nullptr);

// Whether planInstall can succeed for this kind of side at all (the window offers only these).
bool canInstallOn(const SideId &side);

// %USERPROFILE%\sdk on the Windows side (first) and this machine's path of that folder (second),
// from the scan's USERPROFILE when given, else from the registry.
Result<std::pair<QString, QString>> windowsSdkRoot(const MachineSeams &seams, const Side *scanned = nullptr);

// Where SDKs live on the local side: $HOME/sdk, as Go's own golang.org/dl wrappers use it.
QString localSdkRoot();

} // namespace GoDual
