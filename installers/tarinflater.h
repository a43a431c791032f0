#pragma once

#include "result.h"

#include <QString>

#include <functional>

namespace GoDual {

// Turns a .tar.gz into a plain .tar on disk, reading the gzip stream strictly forward.
//
// Why not let KTar open the .tar.gz: KTar (KF6 Archive 6.13) then inflates the whole tar into an
// unnamed file in QDir::tempPath(), which is RAM where /tmp is tmpfs (260 MB for Go), and KTar on
// a KCompressionDevice seeks backwards, which restarts the inflate each time (quadratic). Inflating
// once, sequentially, into a file the caller places on the target's disk avoids both.
namespace TarInflater {

// Called with compressed bytes read and the compressed size; return false to cancel.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// Writes `tarPath`, which must not exist. On any failure or cancel `tarPath` is removed and the
// failure names the file that was wrong; a gzip stream that is damaged or ends early fails.
Result<void> inflate(const QString &gzPath, const QString &tarPath, const Progress &progress = {});

} // namespace TarInflater
} // namespace GoDual
