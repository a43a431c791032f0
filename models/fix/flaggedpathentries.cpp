#include "fix/flaggedpathentries.h"

namespace GoDual {

const FlaggedPathEntries::Flagged &FlaggedPathEntries::of(const Side &side)
{
    const QString id = side.id.toString();
    if (const auto it = m_sides.constFind(id); it != m_sides.cend())
        return *it;
    Flagged flagged;
    for (qsizetype i = 0; i < side.path.size(); ++i) {
        const PathEntry &e = side.path.at(i);
        if (!e.exists)
            flagged.missing.append(i);
        if (e.duplicate)
            flagged.repeated.append(i);
    }
    return *m_sides.insert(id, flagged);
}

} // namespace GoDual
