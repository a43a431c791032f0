#include "cli/command.h"

#include <QCoreApplication>

namespace GoDual::Cli {

// Each command's factory lives in its own <name>command.cpp.
Command availableCommand();
Command installCommand();
Command removeCommand();
Command fixCommand();
Command undoCommand();
Command useCommand();
int runDiagnose(const QStringList &args, Io &io);
int runList(const QStringList &args, Io &io);

QList<Command> commands()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("GoDual::Cli", text); };
    // The contract's list of commands is in docs/cli.md; each arrives here as it is built.
    return {
        { QStringLiteral("diagnose"), QStringLiteral("diagnose [--json] [--side ID]... [--strict] [--wake]"),
            tr("scan every side and report the problems found"), runDiagnose },
        { QStringLiteral("list"), QStringLiteral("list [--json] [--side ID]..."),
            tr("list the sides, their Go installations and the active one"), runList },
        availableCommand(),
        installCommand(),
        removeCommand(),
        fixCommand(),
        undoCommand(),
        useCommand(),
    };
}

} // namespace GoDual::Cli
