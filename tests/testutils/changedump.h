#pragma once

#include "changeset.h"

#include <QStringList>

namespace GoDual::Test {

// What a change set does, one line per target, for planner tests to compare with expectations
// written by hand: a registry value as "<target> <type> = <text>" ("<target> deleted"), a file as
// "<target> = <bytes>" ("(deleted)" when it goes).
QStringList dumpChanges(const QList<Change> &changes);

} // namespace GoDual::Test
