#pragma once

#include "changeset.h"
#include "finding.h"
#include "result.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QStringList>

namespace GoDual {

// What `godual fix` will do, before it does it: one change set for the chosen findings, and the
// findings it cannot fix safely, each with the reason. Pure: a snapshot and its findings in, a
// plan out; nothing is read or written.
struct FixPlan {
    ChangeSet set; // id and time left empty: the command gives them when it applies
    QList<Finding> fixed; // the findings the set resolves, in the order they were asked for
    // "<id> on <side>: why not". Also a finding whose change is in the set as far as it goes but
    // which stays (path-too-long still above 2,047 characters); it is not in `fixed`.
    QStringList notFixed;
};

struct FixOptions {
    QString choice; // a choice name ("append-off", "filter"); empty: each fix's default
    bool system = false; // machine-wide registry values (HKEY_LOCAL_MACHINE) may be changed
};

class FixPlanner {
    Q_DECLARE_TR_FUNCTIONS(GoDual::FixPlanner)

public:
    // The choices a finding id's fix offers, the default first; empty when there is one way.
    static QStringList choices(const QString &id);
    // One sentence per choice: its trade-off, for the preview and the window's radio buttons.
    static QString choiceTradeOff(const QString &choice);

    // Plans the fixes of `findings` (all from `snapshot`'s diagnosis) as one change set.
    static FixPlan plan(const Snapshot &snapshot, const QList<Finding> &findings, const FixOptions &options = {});
    // Whether `finding` has a safe fix on this snapshot (what `"fixable"` in the JSON says).
    static bool isFixable(const Snapshot &snapshot, const Finding &finding);
};

} // namespace GoDual
