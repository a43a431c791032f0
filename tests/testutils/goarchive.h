#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace GoDual::Test {

// A Go release archive made from the real GOROOT of the `go` on PATH (Debian's golang-go in the
// build root), packed as go/... like the official archives, plus an index in the official format.
struct GoArchive {
    QString version; // go1.24.4, from the GOROOT's VERSION file
    QString os; // linux (.tar.gz, GNU tar in pax format) or windows (.zip, bin/go copied to bin/go.exe)
    QString filename; // <version>.<os>-amd64.tar.gz / .zip
    QString path; // where it was written
    QByteArray bytes;

    // `[{"version": ..., "files": [this archive]}]`
    QByteArray index() const;
};

// Builds the archive in `dir`; a failure says what is missing (go, tar, zip) so tests can skip.
Result<GoArchive> makeGoArchive(const QString &dir, const QString &os = QStringLiteral("linux"));

// The members GNU tar lists for a .tar.gz, trailing slashes removed.
QStringList tarListing(const QString &tarGz);

} // namespace GoDual::Test
