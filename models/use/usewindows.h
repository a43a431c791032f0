#pragma once

#include "use/useplanner.h"

namespace GoDual::UseWindows {

// `godual use` on the Windows side (UsePlanner::plan calls it). A new process gets the system
// Path followed by the user Path, and the first folder holding go.exe wins, so:
// - the chosen SDK's bin goes first in HKEY_CURRENT_USER\Environment\Path (as %USERPROFILE%\...
//   when it lies in the profile; the value is created when absent), and every other entry of that
//   value that is another Go installation's bin folder or holds a go.exe goes; a folder of shims
//   stays (other programs' shims are in it, and after the chosen bin it never wins). When the
//   system Path finds the chosen bin before any other Go, the user Path does not get it again.
// - a user GOROOT naming another root is deleted;
// - a system Path entry with another Go, or a system GOROOT naming another root, comes first in
//   every new process, so without `options.system` the plan fails naming it and --system; with it
//   those entries are removed from the system Path and that GOROOT is deleted. A folder of go
//   shims for another Go in the system Path fails either way (GoDual does not remove it).
// - VS Code's go.goroot follows where the user set it.
// Pure: the snapshot in, a plan (or why there is none) out.
Result<UsePlan> plan(
    const Snapshot &snapshot, const Side &windows, const GoInstall &install, const UseOptions &options);

} // namespace GoDual::UseWindows
