#include "command.h"

#include <QCoreApplication>

namespace GoDual::Cli {

int runDiagnose(const QStringList &args, Io &io);
int runList(const QStringList &args, Io &io);

QList<Command> commands()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("GoDual::Cli", text); };
    return {
        { QStringLiteral("diagnose"), QStringLiteral("diagnose [--json] [--side ID]... [--strict] [--wake]"),
            tr("scan every side and report the problems found"), runDiagnose },
        { QStringLiteral("list"), QStringLiteral("list [--json] [--side ID]..."),
            tr("list the sides, their Go installations and the active one"), runList },
    };
}

} // namespace GoDual::Cli
