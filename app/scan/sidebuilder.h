#pragma once

#include "probereport.h"
#include "snapshot.h"

namespace GoDual::SideBuilder {

// Turns what the probe saw on a Linux side (a distro or the local machine) into the side's
// part of the snapshot: installs, the env triad with origins, PATH in lookup order, the active
// `go`. Pure: everything it knows comes from `report`.
Side build(const SideId &id, const ProbeReport &report);

// Where a Go installation came from, judged by its folder ("debian", "tarball", "sdk", ...).
QString installSource(const QString &goroot, const QString &home);

} // namespace GoDual::SideBuilder
