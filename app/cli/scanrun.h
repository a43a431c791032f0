#pragma once

#include "cli/command.h"
#include "result.h"
#include "scan/scanner.h"

namespace GoDual::Cli {

// Options shared by the commands that scan: --json, --side ID (repeatable), --wake, --strict.
struct ScanCommandOptions {
    bool json = false;
    bool strict = false;
    ScanOptions scan;
};

// Parses `args`; `allowStrict` is false for commands without --strict. The failure names the
// argument that was wrong.
Result<ScanCommandOptions> parseScanOptions(const QStringList &args, bool allowStrict);

// Scans and waits in a local event loop (the command line has no window to keep responsive).
Snapshot scanAndWait(const ScanOptions &options);

} // namespace GoDual::Cli
