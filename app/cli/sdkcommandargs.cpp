#include "cli/sdkcommandargs.h"

#include <QCoreApplication>

namespace GoDual::Cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("GoDual::Cli", text); }
} // namespace

Result<SdkCommandArgs> parseSdkCommandArgs(const QString &command, const QStringList &args, bool allowForce)
{
    SdkCommandArgs parsed;
    bool haveVersion = false;
    bool haveSide = false;
    const QString usage = allowForce ? tr("usage: godual %1 VERSION --side ID [--wake] [--force]").arg(command)
                                     : tr("usage: godual %1 VERSION --side ID [--wake]").arg(command);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--side") {
            if (i + 1 >= args.size())
                return Failure { tr("--side needs a side; %1").arg(usage) };
            auto side = SideId::parse(args.at(++i));
            if (!side)
                return Failure { side.error() };
            parsed.side = *side;
            haveSide = true;
        } else if (arg == u"--wake") {
            parsed.wake = true;
        } else if (arg == u"--force" && allowForce) {
            parsed.force = true;
        } else if (arg.startsWith(u'-')) {
            return Failure { tr("unknown option '%1'; %2").arg(arg, usage) };
        } else if (!haveVersion) {
            const auto version = GoVersion::parse(arg);
            if (!version)
                return Failure { tr("'%1' is not a Go version such as go1.22.6").arg(arg) };
            parsed.version = *version;
            haveVersion = true;
        } else {
            return Failure { tr("unexpected argument '%1'; %2").arg(arg, usage) };
        }
    }
    if (!haveVersion || !haveSide)
        return Failure { usage };
    return parsed;
}

} // namespace GoDual::Cli
