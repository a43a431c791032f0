#pragma once

#include <Qt>

namespace GoDual {

// Roles shared by GoDual's item models. Delegates and proxies use these numbers, never the
// model classes, so a view works with any model that answers them.
enum ModelRole {
    SortRole = Qt::UserRole + 1, // a value that sorts the column meaningfully (numbers, not text)
    SideIdRole, // QString: the contract's side id
    SeverityRole, // int: Finding::Severity, -1 when none
    OriginRole, // QString: where a value comes from
    StatusRole, // int: a model-specific status enum
    EvidenceRole, // QStringList
    FixRole, // QString
    FindingIdRole, // QString
};

} // namespace GoDual
