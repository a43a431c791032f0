#include "archivetree.h"

#include <QCoreApplication>
#include <QStringList>

namespace GoDual::ArchiveTree {

QSet<QString> expectedPaths(const ArchiveListing &listing)
{
    QSet<QString> expected;
    for (const ArchiveEntry &e : listing) {
        QString path = e.path;
        while (!path.isEmpty() && !expected.contains(path)) {
            expected.insert(path);
            const qsizetype slash = path.lastIndexOf(u'/');
            path = slash < 0 ? QString() : path.left(slash);
        }
    }
    return expected;
}

Result<void> compare(const QSet<QString> &expected, const QSet<QString> &found)
{
    if (found == expected)
        return {};
    QStringList missing = (expected - found).values();
    QStringList extra = (found - expected).values();
    missing.sort();
    extra.sort();
    return Failure { QCoreApplication::translate(
        "GoDual::InstallJob", "the extracted files differ from the archive's listing (missing: %1; unexpected: %2)")
            .arg(missing.mid(0, 5).join(QStringLiteral(", ")), extra.mid(0, 5).join(QStringLiteral(", "))) };
}

} // namespace GoDual::ArchiveTree
