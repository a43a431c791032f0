#include "cli/scanrun.h"

#include "cli/cli.h"
#include "cli/commandline.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace GoDual::Cli {

std::optional<int> parseScanCommandLine(const QString &command, const QString &description, const QStringList &args,
    bool allowStrict, Io &io, ScanCommandOptions &options)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("GoDual::Cli", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON document on stdout."));
    const QCommandLineOption side = sideOption(tr("Only this side (windows, local or wsl:<distro>); repeatable."));
    const QCommandLineOption wake(QStringLiteral("wake"), tr("Start stopped distros to read them."));
    const QCommandLineOption strict(QStringLiteral("strict"), tr("Exit 1 for warnings too, not only for errors."));
    parser.addOptions({ json, side, wake });
    if (allowStrict)
        parser.addOption(strict);
    if (auto exit = parseCommandLine(parser, command, args, io))
        return exit;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << QStringLiteral("godual %1: ").arg(command)
               << tr("unexpected argument '%1' (godual %2 --help)").arg(parser.positionalArguments().first(), command)
               << '\n';
        return ExitUsage;
    }
    auto sides = sideValues(parser, side);
    if (!sides) {
        io.err << QStringLiteral("godual %1: ").arg(command) << sides.error() << '\n';
        return ExitUsage;
    }
    options.json = parser.isSet(json);
    options.strict = allowStrict && parser.isSet(strict);
    options.scan.wake = parser.isSet(wake);
    options.scan.only = *sides;
    return std::nullopt;
}

Snapshot scanAndWait(const ScanOptions &options, const std::optional<QProcessEnvironment> &environment)
{
    Scanner scanner;
    if (environment)
        scanner.wsl().setEnvironment(*environment);
    QEventLoop loop;
    QObject::connect(&scanner, &Scanner::finished, &loop, &QEventLoop::quit);
    scanner.start(options);
    loop.exec();
    return scanner.snapshot();
}

} // namespace GoDual::Cli
