#pragma once

#include "finding.h"
#include "snapshot.h"

#include <functional>

namespace GoDual::Diagnosis {

// One rule of the catalogue (docs/diagnostics.md): a pure function from a snapshot to findings.
struct Rule {
    QString id;
    Finding::Severity severity;
    std::function<QList<Finding>(const Snapshot &)> check;
};

// Every rule, in catalogue order.
const QList<Rule> &rules();

// Runs every rule; findings sorted by severity (errors first), then side, then id.
QList<Finding> run(const Snapshot &snapshot);

} // namespace GoDual::Diagnosis
