#pragma once

#include "snapshot.h"

namespace GoDual::RcAssignments {

// The Go variables GoDual follows through start-up files, the environment and the go env file.
const QStringList &goVariables();

// The assignments of Go variables and PATH on one line of a shell start-up file: `export A=1`,
// `A=1 B=2`, `declare -x A=1`, `typeset -x`, fish's `set -gx A 1` and `fish_add_path DIR`.
// Comments and lines that only read a variable give nothing. Quotes are removed; `$VAR` and `~`
// stay as written because the value depends on the shell's state at that line.
QList<RcAssignment> parse(const QString &file, int line, const QString &text);

} // namespace GoDual::RcAssignments
