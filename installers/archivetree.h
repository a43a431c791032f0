#pragma once

#include "archiveentry.h"
#include "result.h"

#include <QSet>
#include <QString>

namespace GoDual {

// What an extracted archive must look like on disk, whoever extracted it.
namespace ArchiveTree {

// Every path the listing puts on disk: its entries and the folders their paths imply.
QSet<QString> expectedPaths(const ArchiveListing &listing);

// Fails when `found` (paths relative to the extraction folder) differs from `expected`, naming up
// to five missing and five unexpected paths.
Result<void> compare(const QSet<QString> &expected, const QSet<QString> &found);

} // namespace ArchiveTree
} // namespace GoDual
