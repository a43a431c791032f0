#pragma once

#include "scan/probereport.h"
#include "snapshot.h"

namespace GoDual::SideBuilder {

// How origins are found. Trace: from the login shell's xtrace where the probe has one (bash,
// zsh), exact through sourced files, loops and conditions; Static: from the assignment lines of
// the start-up files the login shell reads, in its read order, without running them (fish, sh,
// and the fallback). Trace falls back to Static when the report has no trace.
enum class Resolver { Trace, Static };

// Turns what the probe saw on a Linux side (a distro or the local machine) into the side's
// part of the snapshot: installs, the env triad with origins, PATH in lookup order, the active
// `go`. A variable's origin is the assignment that produced its final value, the others are
// evidence; a PATH folder's origin is the assignment that first put it there. Pure: everything it
// knows comes from `report`.
Side build(const SideId &id, const ProbeReport &report, Resolver resolver = Resolver::Trace);

} // namespace GoDual::SideBuilder
