#pragma once

#include "snapshot.h"

namespace GoDual {

// Folds a scan of some sides (`partial`, from Scanner::start with `only`) into the last full
// snapshot: each side of `partial` replaces the side with the same id in place, keeping the list's
// order; a side that `base` did not know is appended. Errors of `base` stay; those of `partial`
// that `base` does not already carry are added. The result takes `partial`'s time, and a
// generation one above the higher of the two, so consumers see a new picture.
Snapshot mergeSides(const Snapshot &base, const Snapshot &partial);

} // namespace GoDual
