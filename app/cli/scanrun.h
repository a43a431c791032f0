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
// `environment`, when given, is what the scan's wsl.exe calls carry (the write path's, rebuilt
// from the registry after a change).
Snapshot scanAndWait(const ScanOptions &options, const std::optional<QProcessEnvironment> &environment = {});

} // namespace GoDual::Cli
