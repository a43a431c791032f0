#pragma once

#include "snapshot.h"

namespace GoDual {

// How a side is named to people: "Windows", "This machine", or the distro's name. (The contract's
// ids, "windows" and "wsl:Ubuntu", are for scripts.)
QString sideDisplayName(const Side &side);
// The same for a side known only by its id (a distro by its registered name).
QString sideDisplayName(const SideId &id);
// Several sides, joined for one table cell: "Windows, Ubuntu".
QString sideDisplayNames(const QList<SideId> &ids);

} // namespace GoDual
