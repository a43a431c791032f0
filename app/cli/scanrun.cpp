#include "cli/scanrun.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace GoDual::Cli {

Result<ScanCommandOptions> parseScanOptions(const QStringList &args, bool allowStrict)
{
    ScanCommandOptions o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1StringView("--json")) {
            o.json = true;
        } else if (a == QLatin1StringView("--wake")) {
            o.scan.wake = true;
        } else if (allowStrict && a == QLatin1StringView("--strict")) {
            o.strict = true;
        } else if (a == QLatin1StringView("--side") || a.startsWith(QLatin1StringView("--side="))) {
            QString value;
            if (a.startsWith(QLatin1StringView("--side=")))
                value = a.mid(7);
            else if (i + 1 < args.size())
                value = args[++i];
            else
                return Failure { QCoreApplication::translate(
                    "GoDual::Cli", "--side needs a side: windows, local or wsl:<distro>") };
            auto id = SideId::parse(value);
            if (!id)
                return Failure { id.error() };
            o.scan.only.append(*id);
        } else {
            return Failure { QCoreApplication::translate("GoDual::Cli", "unknown option '%1'").arg(a) };
        }
    }
    return o;
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
