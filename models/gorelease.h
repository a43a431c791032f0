#pragma once

#include "goversion.h"

#include <QList>
#include <QString>

#include <optional>

namespace GoDual {

// One downloadable file of a Go release, as the release index describes it. `sha256` is the
// lowercase hex digest from the index; it is the only digest a download is checked against.
struct GoReleaseFile {
    enum class Kind { Archive, Installer, Source };

    QString filename; // e.g. "go1.22.6.linux-amd64.tar.gz"; never contains a slash
    QString os; // Go's GOOS spelling ("linux", "windows"); empty for source files
    QString arch; // Go's GOARCH spelling, except 32-bit ARM Linux which is "armv6l"; empty for source
    GoVersion version;
    QString sha256;
    qint64 size = 0;
    Kind kind = Kind::Archive;

    bool operator==(const GoReleaseFile &other) const = default;
};

// One release of the index: its version, whether go.dev calls it stable (false for betas and
// release candidates) and its files.
struct GoRelease {
    GoVersion version;
    bool stable = false;
    QList<GoReleaseFile> files;

    // The archive (not the installer) for os/arch, e.g. ("windows", "amd64") gives the .zip;
    // nullopt when the release has none.
    std::optional<GoReleaseFile> archiveFor(QStringView os, QStringView arch) const;

    bool operator==(const GoRelease &other) const = default;
};

// Go's names for the machine this process runs on, from QSysInfo's spellings: "linux" from
// kernelType() "linux", "windows" from "winnt"; "amd64" from currentCpuArchitecture() "x86_64".
// Empty when Go has no name for it.
QString goOsFromKernelType(QStringView kernelType);
QString goArchFromCpuArchitecture(QStringView cpuArchitecture);

// The kind's spelling in the index ("archive", "installer", "source").
QString kindName(GoReleaseFile::Kind kind);

} // namespace GoDual
