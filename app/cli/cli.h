#pragma once

namespace GoDual::Cli {

// Exit codes of the contract, one convention for every command: 0 done; 1 problems found (diagnose), or the operation
// was attempted and failed safely or was refused (nothing changed); 2 usage, or the operation could not be started (bad
// option, unknown side, nothing readable); 130 interrupted by Ctrl-C (128 + SIGINT) after cleaning up.
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitFailed = 1, ExitUsage = 2, ExitInterrupted = 130 };

// True when the arguments name a command or an option of the command line; false opens the window.
bool isCliInvocation(int argc, char **argv);

// Runs the command line on a QCoreApplication; returns the exit code.
int run(int &argc, char **argv);

} // namespace GoDual::Cli
