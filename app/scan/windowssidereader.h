#pragma once

#include "platform/registry.h"
#include "platform/windowsfiles.h"
#include "snapshot.h"

namespace GoDual::WindowsSideReader {

// Builds the Windows side from the registry and the Windows files: the environment a new process
// gets (values with their registry origins), Path in lookup order, the Go installations (MSI,
// %USERPROFILE%\sdk, scoop, chocolatey, C:\Go and every Go bin folder on Path, identified by their
// VERSION files), the active go.exe, the go env file and VS Code's user go.goroot. Blocking file
// reads: run it off the GUI thread.
Side read(const Registry &registry, const WindowsFiles &files);

} // namespace GoDual::WindowsSideReader
