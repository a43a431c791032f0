#pragma once

#include "snapshot.h"

namespace GoDual::Bench {

// A large but ordinary distro for benchmarks: `versions` Go installs under ~/sdk (overlapping
// between distros, as real machines' do), the first one active, GOROOT set in ~/.profile, and a
// PATH of `pathEntries` folders: half from ~/.bashrc, half Windows folders from
// appendWindowsPath, a few missing or repeated, a go in every hundredth.
Side syntheticDistro(int n, int versions, int pathEntries);

} // namespace GoDual::Bench
