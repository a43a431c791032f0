#include "cli/commandline.h"

#include "cli/cli.h"

#include <QCoreApplication>

namespace GoDual::Cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("GoDual::Cli", text); }
} // namespace

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &args, Io &io)
{
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Print this help and exit."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList { QStringLiteral("godual ") + command } + args)) {
        io.err << QStringLiteral("godual %1: ").arg(command) << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // Qt's usage line names the program as it was started; it should name the command.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program + u' '); at >= 0)
            text.replace(at, program.size(), QStringLiteral("godual ") + command);
        io.out << text;
        return ExitOk;
    }
    return std::nullopt;
}

QCommandLineOption sideOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("side"), description, QStringLiteral("ID"));
}

Result<QList<SideId>> sideValues(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    QList<SideId> sides;
    for (const QString &value : parser.values(option)) {
        auto id = SideId::parse(value);
        if (!id)
            return Failure { id.error() };
        sides.append(*id);
    }
    return sides;
}

} // namespace GoDual::Cli
