#pragma once

#include "result.h"

#include <QList>
#include <QString>

class QIODevice;

namespace GoDual {

// One member of a plain (uncompressed) tar as the archive really names it.
struct TarMember {
    enum class Type { File, Directory, Symlink, HardLink, Other };

    // The name after GNU long names and PAX `path` records are applied, decoded as UTF-8 and with
    // a trailing slash removed. Not yet checked: see ArchivePath::checkedEntryPath.
    QString name;
    // What the header's own name fields say (ustar prefix/name, or a GNU long name): the name a
    // reader that ignores PAX records sees.
    QString headerName;
    Type type = Type::File;
    char typeFlag = '0';
    QString linkName; // symlinks and hard links, after a PAX `linkpath` record
    int mode = 0644;
    qint64 size = 0; // bytes of data that follow the header (0 for links and folders)
    qint64 dataOffset = 0; // where the data starts in the tar, right after the header

    bool operator==(const TarMember &) const = default;
};

// A streaming reader of tar headers: it walks the 512-byte blocks of a plain tar in one forward
// pass, skipping file data, and returns every member's real name in archive order.
//
// It exists because KTar (KF6 Archive 6.13) skips PAX extended headers, so a name carried in a
// PAX `path` record (Go's own tarballs use them for non-ASCII names) is lost, and a hostile one
// would be hidden from any check made on KTar's view. Handles ustar (prefix + name), GNU long
// names and long link names ('L', 'K'), PAX per-file records ('x': `path`, `linkpath`, `size`)
// and skips PAX global records ('g'). Header checksums are verified; a tar that ends before its
// end-of-archive blocks or in the middle of a member is a failure naming the tar.
namespace TarNames {

// Reads from `tar`, which must be open and positioned at the start; `displayName` names it in
// failures. Never seeks backwards, so it also works on a sequential device.
Result<QList<TarMember>> read(QIODevice &tar, const QString &displayName);
Result<QList<TarMember>> readFile(const QString &path);

} // namespace TarNames
} // namespace GoDual
