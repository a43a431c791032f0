#include "cli/sdkcommandargs.h"

#include "cli/cli.h"
#include "cli/commandline.h"

#include <QCoreApplication>

namespace GoDual::Cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("GoDual::Cli", text); }
} // namespace

std::optional<int> parseSdkCommandLine(const QString &command, const QString &description, const QStringList &args,
    bool allowForce, Io &io, SdkCommandArgs &parsed)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("VERSION"), tr("A Go version, such as go1.22.6."));
    const QCommandLineOption side = sideOption(tr("The side: windows, local or wsl:<distro> (required)."));
    const QCommandLineOption wake(QStringLiteral("wake"), tr("Start the distro when it is stopped."));
    const QCommandLineOption force(QStringLiteral("force"), tr("Remove it even when it is the Go the side runs now."));
    parser.addOptions({ side, wake });
    if (allowForce)
        parser.addOption(force);
    if (auto exit = parseCommandLine(parser, command, args, io))
        return exit;
    const QString prefix = QStringLiteral("godual %1: ").arg(command);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(side)) {
        io.err << prefix << tr("give one VERSION and --side ID (godual %1 --help)").arg(command) << '\n';
        return ExitUsage;
    }
    const QString versionText = parser.positionalArguments().first();
    const auto version = GoVersion::parse(versionText);
    if (!version) {
        io.err << prefix << tr("'%1' is not a Go version such as go1.22.6").arg(versionText) << '\n';
        return ExitUsage;
    }
    auto id = SideId::parse(parser.value(side));
    if (!id) {
        io.err << prefix << id.error() << '\n';
        return ExitUsage;
    }
    parsed.version = *version;
    parsed.side = *id;
    parsed.wake = parser.isSet(wake);
    parsed.force = allowForce && parser.isSet(force);
    return std::nullopt;
}

} // namespace GoDual::Cli
