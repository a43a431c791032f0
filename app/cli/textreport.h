#pragma once

#include "finding.h"
#include "snapshot.h"

#include <QTextStream>

namespace GoDual::TextReport {

// Human output for a terminal: aligned columns, severities marked; colour only when `colour`.
void writeSides(QTextStream &out, const Snapshot &snapshot, bool colour);
void writeFindings(QTextStream &out, const QList<Finding> &findings, bool colour);

} // namespace GoDual::TextReport
