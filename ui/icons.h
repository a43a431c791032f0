#pragma once

#include "sideid.h"
#include "snapshot.h"

#include <QIcon>

namespace GoDual::Icons {

// GoDual's icons, SVG compiled into the binary (:/icons), so they are sharp at any scale factor.
QIcon app();
QIcon refresh();
QIcon install();
QIcon cancel();
// Finding::Severity as int; a null icon for -1 (no finding).
QIcon severity(int severity);
QIcon side(const Side &side);
QIcon side(SideId::Kind kind);

} // namespace GoDual::Icons
