#pragma once

#include <QString>

namespace GoDual::DrvFsPath {

// WSL's default `[automount] root`; WSL appends a '/' to a root written without one.
inline constexpr QLatin1StringView defaultAutomountRoot { "/mnt/" };

// The root as WSL uses it: empty means the default, a missing trailing '/' is added.
QString normalizedRoot(const QString &automountRoot);

// Whether a distro path lies on a Windows drive that WSL mounts under `automountRoot`:
// <root><one ASCII letter> followed by '/' or the end (/mnt/c, /mnt/c/Users; with root "/" also
// /c/Users). /mnt/cdrom, /mnt/wsl, /c2 are not drives. The only place that knows this rule:
// every rule and model asks it with the side's own automount root.
bool isWindowsDrive(const QString &path, const QString &automountRoot = QString(defaultAutomountRoot));

// The Windows path a drive path stands for (/mnt/c/Program Files/Go -> C:\Program Files\Go,
// /mnt/d -> D:\); empty for any other path.
QString windowsPath(const QString &path, const QString &automountRoot = QString(defaultAutomountRoot));

} // namespace GoDual::DrvFsPath
