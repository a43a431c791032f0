#pragma once

#include <QStringList>

namespace GoDual {

// What every start of GoDual (a command or the window) does first: rolls back a change set a
// crash or a kill left half-applied (contract, "Crash safety"), on the machine the seams name.
// Returns what it did and what it could not do, one line each, for stderr or the window.
// Blocking: it may call wsl.exe.
QStringList recoverInterruptedChanges();

} // namespace GoDual
