#pragma once

#include "snapshot.h"

namespace GoDual::SidePaths {

// Path helpers that know which side a path belongs to: Windows paths compare case-insensitively
// with either slash, Linux paths exactly. A Windows path never equals a Linux one.
QString normalized(const Side &side, const QString &path);
bool same(const Side &side, const QString &a, const QString &b);
// True when `path` is `dir` or lies below it.
bool isInside(const Side &side, const QString &path, const QString &dir);
QString join(const Side &side, const QString &dir, const QString &name);

// Whether a distro path is on a Windows drive is DrvFsPath's (drvfspath.h) to say, with the side's
// automount root.
// A Windows drive path (C:\...) or a UNC path into a distro (\\wsl$\..., \\wsl.localhost\...).
bool isWindowsDrivePath(const QString &path);
bool isWslUncPath(const QString &path);

// The install whose GOROOT is `root` on this side, if GoDual found one.
const GoInstall *installAt(const Side &side, const QString &root);

} // namespace GoDual::SidePaths
