#pragma once

#include "cli/command.h"
#include "result.h"
#include "sideid.h"

#include <QCommandLineParser>

#include <optional>

namespace GoDual::Cli {

// Parses `args` of `command` with `parser`, which holds the command's options: `--side ID` and
// `--side=ID` both work, and --help prints the command's own help, translated. Returns the exit
// code to end with (help printed: 0; bad usage: 2, said on stderr) or std::nullopt to go on.
std::optional<int> parseCommandLine(
    QCommandLineParser &parser, const QString &command, const QStringList &args, Io &io);

// --side ID, with `description` for the help.
QCommandLineOption sideOption(const QString &description);
// Every value given for `option`, parsed; the failure names the one that is not a side.
Result<QList<SideId>> sideValues(const QCommandLineParser &parser, const QCommandLineOption &option);

} // namespace GoDual::Cli
