#include "snapshot.h"

namespace GoDual {

const Side *Snapshot::side(const SideId &id) const
{
    for (const Side &s : sides) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace GoDual
