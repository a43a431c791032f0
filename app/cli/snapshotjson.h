#pragma once

#include "finding.h"
#include "snapshot.h"

#include <QJsonObject>

namespace GoDual::SnapshotJson {

// The contract's `diagnose --json` document, schema 1. Fields may be added, never renamed.
QJsonObject document(const Snapshot &snapshot, const QList<Finding> &findings);

QJsonObject side(const Side &side);
// `snapshot` decides "fixable" and "choices" (FixPlanner).
QJsonObject finding(const Finding &finding, const Snapshot &snapshot);

} // namespace GoDual::SnapshotJson
