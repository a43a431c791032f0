#include "fix/fixverification.h"

namespace GoDual {

FixVerification verifyFixed(const QList<Finding> &fixed, const QList<Finding> &now)
{
    FixVerification out;
    for (const Finding &f : fixed) {
        const bool still = std::any_of(now.cbegin(), now.cend(),
            [&](const Finding &n) { return n.id == f.id && n.side == f.side && n.subjects == f.subjects; });
        const QString name = f.id + u' ' + f.side.toString();
        QStringList &list = still ? out.remaining : out.gone;
        if (!list.contains(name))
            list.append(name);
    }
    return out;
}

} // namespace GoDual
