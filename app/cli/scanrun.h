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

// Parses the arguments of `command` (diagnose, list; `description` heads its --help): --json,
// --side ID (repeatable), --wake, and --strict where `allowStrict`. Returns the exit code to end
// with (help printed: 0; bad usage: 2, said on stderr) or std::nullopt, with `options` filled in.
std::optional<int> parseScanCommandLine(const QString &command, const QString &description, const QStringList &args,
    bool allowStrict, Io &io, ScanCommandOptions &options);

// Scans and waits in a local event loop (the command line has no window to keep responsive).
// `environment`, when given, is what the scan's wsl.exe calls carry (the write path's, rebuilt
// from the registry after a change).
Snapshot scanAndWait(const ScanOptions &options, const std::optional<QProcessEnvironment> &environment = {});

} // namespace GoDual::Cli
