#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace GoDual::InstallLocations {

// The one table of where Go is installed and what GoDual calls each place (the `source` label of
// an installation in the JSON and the window). The Linux rows are the probe's arguments (it looks
// nowhere else, apart from the GOROOT the login shell sets, which gets a label from this table
// too); the Windows rows are where WindowsSideReader looks before it follows Path.
//
// An installation is a folder holding VERSION, bin/go (bin\go.exe on Windows; a distro may hold
// either) and the folder pkg/tool, which is what Go itself checks for a GOROOT (platform facts
// 5.4); a folder with VERSION alone is not one. The probe script and WindowsSideReader apply this
// same rule.

enum class System { Linux, Windows };

struct Location {
    System system;
    // Linux: a shell glob; a leading "~/" is the user's home folder and `*` matches within one
    // name. "link:PATH" is a link to a go binary whose installation is two folders above its
    // target (update-alternatives). Windows: a folder with %VAR% references, `*` within one name.
    QString pattern;
    // "tarball", "debian", "sdk", "msi", "scoop", "chocolatey", ...
    QString source;
};

// Every row, Linux first; within a system the order is the order of lookup.
const QList<Location> &all();
QList<Location> of(System system);

// The probe's arguments after its nonce: the Linux patterns in table order.
QStringList probeArguments();

// Whether `path` is one of the folders `pattern` names once its variables are expanded
// (Linux: `~/`; Windows: %VAR%, compared case-insensitively, '/' read as '\').
bool matches(const QString &pattern, const QString &path, System system);

// The label of the Linux installation at `goroot` (as the side names it; `home` is the user's home
// folder): the source of the first row that names it, else "other".
QString linuxSource(const QString &goroot, const QString &home);

} // namespace GoDual::InstallLocations
