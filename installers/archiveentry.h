#pragma once

#include <QList>
#include <QString>

namespace GoDual {

// One entry of an archive as GoDual will write it: a checked relative path and what lands there.
struct ArchiveEntry {
    enum class Kind { Directory, File, Symlink };

    QString path; // normal form, "go/bin/go"
    Kind kind = Kind::File;
    int mode = 0644; // permission bits as stored (0..07777)
    qint64 size = 0; // bytes, files only
    QString linkTarget; // symlinks only, as stored (relative)

    bool operator==(const ArchiveEntry &) const = default;
};

using ArchiveListing = QList<ArchiveEntry>;

} // namespace GoDual
