#pragma once

#include "snapshot.h"

namespace GoDual {

// How a side is named to people: "Windows", "This machine", or the distro's name. (The contract's
// ids, "windows" and "wsl:Ubuntu", are for scripts.)
QString sideDisplayName(const Side &side);

} // namespace GoDual
