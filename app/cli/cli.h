#pragma once

namespace GoDual::Cli {

// Exit codes of the contract: 0 success / nothing at the threshold, 1 findings at or above it,
// 2 GoDual itself could not do what was asked (the message is on stderr), 130 interrupted by
// Ctrl-C (128 + SIGINT, what shells report for a process SIGINT ended) after cleaning up.
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitFailure = 2, ExitInterrupted = 130 };

// True when the arguments name a command or an option of the command line; false opens the window.
bool isCliInvocation(int argc, char **argv);

// Runs the command line on a QCoreApplication; returns the exit code.
int run(int &argc, char **argv);

} // namespace GoDual::Cli
