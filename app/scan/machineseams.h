#pragma once

#include "platform/registry.h"
#include "platform/windowsfiles.h"
#include "platform/writableregistry.h"
#include "result.h"

#include <QString>

#include <memory>

namespace GoDual {

// Where GoDual finds the machine it shows: the contract's environment seams, or the real system.
struct MachineSeams {
    QString wsl; // the wsl.exe to call; empty: no WSL here
    QString registryFile; // a .reg file standing for the registry; empty: the real one, if any
    QString windowsRoot; // a folder standing for the Windows drives; empty: the real drives
    bool nativeRegistry = false; // the system's registry is there to read (Windows)
    // On Windows without GODUAL_WSL: where wsl.exe should have been when it is not there (WSL is
    // not installed), so a scan can say so instead of showing no distros without a word.
    QString missingWsl {};

    // GODUAL_WSL, GODUAL_REGISTRY and GODUAL_WINDOWS_ROOT, else the platform's defaults.
    static MachineSeams fromEnvironment();

    // A Windows side is shown when the registry can be read: the real one on Windows, or a
    // .reg file (with GODUAL_WINDOWS_ROOT for its files) anywhere.
    bool hasWindows() const { return !registryFile.isEmpty() || nativeRegistry; }
    // Without a Windows host the machine GoDual runs on is the one Linux side.
    bool hasLocal() const { return !hasWindows() && wsl.isEmpty(); }
};

// The registry the seams name: the .reg file when one is given, else the native one. A Failure
// names the file and what is wrong with it.
Result<std::unique_ptr<Registry>> openRegistry(const MachineSeams &seams);
// The same registry, to change it (fix, use, undo): the .reg file, rewritten in place, or the
// native one.
Result<std::unique_ptr<WritableRegistry>> openWritableRegistry(const MachineSeams &seams);

// The Windows drives the seams name: the GODUAL_WINDOWS_ROOT folder when one is given, else the
// real drives where there is a real registry (Windows), else that folder's layout at the root.
std::unique_ptr<WindowsFiles> openWindowsFiles(const MachineSeams &seams);

} // namespace GoDual
