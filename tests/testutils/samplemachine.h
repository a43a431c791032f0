#pragma once

#include "snapshot.h"

namespace GoDual::Test {

// A machine with something to show in every pane and report: Windows with two installs, GOPATH
// from the registry and WSLENV; a running default distro (WSL 2) with a shadowed Go, a missing and
// a repeated PATH entry, Windows' Go appended and an overridden GOFLAGS; a stopped distro (WSL 1).
// Written by hand, never read from a scan, so the goldens built from it change only when the code
// that renders it does.
Snapshot sampleMachine();

} // namespace GoDual::Test
