#pragma once

#include "archiveentry.h"
#include "result.h"

#include <QString>

#include <functional>
#include <memory>

namespace GoDual {

// Bounds on what one archive may unpack to, against archive bombs.
struct ArchiveLimits {
    qint64 maxEntries = 250'000;
    qint64 maxTotalBytes = qint64(16) * 1024 * 1024 * 1024;
};

// Extracts a .tar.gz or .zip with KArchive, or a plain .tar, into a new folder, treating the
// archive as hostile. A plain .tar is read without KTar (see TarNames): its real names, PAX
// records included, are what is checked and written, and the bytes come straight from the file.
//
// KArchiveDirectory::copyTo is not used: it lets symlink entries redirect later writes outside the
// target. Instead every entry is checked first (ArchivePath), the whole archive is refused before
// anything is written if one entry fails, files are written while no symlink exists yet, and
// symlinks come last. The target either ends up complete or does not exist.
//
// Not thread-affine; one instance per archive, used from one thread at a time.
class ArchiveExtractor {
public:
    // Called while files are written with bytes done and bytes in all; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit ArchiveExtractor(QString archivePath, ArchiveLimits limits = {});
    ~ArchiveExtractor();
    ArchiveExtractor(const ArchiveExtractor &) = delete;
    ArchiveExtractor &operator=(const ArchiveExtractor &) = delete;

    // Opens the archive and checks every entry; the failure names the archive and the entry.
    Result<ArchiveListing> listing();

    // Writes every entry below `target`, which must not exist yet (its parent must). On failure
    // or cancel, `target` is removed again and the failure says why.
    Result<void> extractTo(const QString &target, const Progress &progress = {});

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace GoDual
