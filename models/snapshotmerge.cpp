#include "snapshotmerge.h"

namespace GoDual {

Snapshot mergeSides(const Snapshot &base, const Snapshot &partial)
{
    Snapshot merged = base;
    for (const Side &side : partial.sides) {
        auto it = std::find_if(
            merged.sides.begin(), merged.sides.end(), [&](const Side &known) { return known.id == side.id; });
        if (it != merged.sides.end())
            *it = side;
        else
            merged.sides.append(side);
    }
    for (const QString &error : partial.errors) {
        if (!merged.errors.contains(error))
            merged.errors.append(error);
    }
    if (partial.taken.isValid())
        merged.taken = partial.taken;
    merged.generation = qMax(base.generation, partial.generation) + 1;
    return merged;
}

} // namespace GoDual
