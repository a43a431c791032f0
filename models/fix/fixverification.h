#pragma once

#include "finding.h"

#include <QStringList>

namespace GoDual {

// What a new scan says about fixed findings: each "<id> <side>" is gone or still there. A finding
// is the same one when its id, side and subjects match (messages may change with the values).
struct FixVerification {
    QStringList gone;
    QStringList remaining;
};

FixVerification verifyFixed(const QList<Finding> &fixed, const QList<Finding> &now);

} // namespace GoDual
