#pragma once

#include "platform/registry.h"
#include "snapshot.h"

#include <QList>
#include <QString>

namespace GoDual {

// One distro as WSL registered it under HKCU\Software\Microsoft\Windows\CurrentVersion\Lxss.
// This is what the registry knows without asking wsl.exe: the names (so probes can start
// before `wsl.exe -l -v` answers), the WSL version and the per-distro interop switches, which
// override /etc/wsl.conf. It never knows whether a distro is running.
struct LxssDistro {
    // Bits of the Flags value (wslservice.idl LXSS_DISTRO_FLAGS_*).
    static constexpr quint32 kEnableInterop = 0x1;
    static constexpr quint32 kAppendNtPath = 0x2;
    static constexpr quint32 kVmMode = 0x8;
    // What WSL assumes when Flags is absent (LXSS_DISTRO_FLAGS_DEFAULT).
    static constexpr quint32 kDefaultFlags = 0x7;
    // State 1 is "installed"; 3-6 are transitions (installing, uninstalling, converting, exporting).
    static constexpr quint32 kStateInstalled = 1;

    QString key; // the distro's registry key, HKEY_CURRENT_USER\...\Lxss\{guid}
    QString name;
    QString basePath; // without the \\?\ prefix
    quint32 flags = kDefaultFlags;
    bool flagsStored = false; // whether Flags was in the registry at all
    quint32 state = kStateInstalled;
    bool isDefault = false;

    int wslVersion() const { return (flags & kVmMode) ? 2 : 1; }
    // The Flags value as an origin, its value as evidence: "HKEY_CURRENT_USER\...\{guid}\Flags = 0x5".
    Origin flagsOrigin() const;
};

namespace LxssRegistry {

inline const QString key = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Lxss");

// Every registered distro with a valid name, default first, then in the registry's key order
// (the order wsl.exe lists them in). Subkeys without a DistributionName are skipped.
QList<LxssDistro> distros(const Registry &registry);

// The interop settings wsl.conf asked for, limited by the registration's Flags: WSL forwards the
// Windows Path only when both ENABLE_INTEROP and APPEND_NT_PATH are set, whatever wsl.conf says.
// A setting the Flags turn off names the Flags value as its origin.
InteropSettings limitedByFlags(InteropSettings settings, const LxssDistro &distro);

} // namespace LxssRegistry

} // namespace GoDual
