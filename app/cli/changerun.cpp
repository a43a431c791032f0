#include "cli/changerun.h"

#include "cli/changesetreport.h"
#include "cli/cli.h"
#include "platform/wslcli.h"
#include "scan/machineseams.h"
#include "write/changeapplier.h"
#include "write/changejournal.h"
#include "write/distrorestart.h"
#include "write/machinechangetargets.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace GoDual::Cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::Cli", text); }

void printJson(Io &io, const ChangeSet &set, const QStringList &pending, const QStringList &restarted, bool applied,
    const QJsonValue &verified = QJsonValue(QJsonValue::Undefined))
{
    QJsonObject document = ChangeSetReport::document(set, pending, restarted, applied);
    if (!verified.isUndefined())
        document.insert(QStringLiteral("verified"), verified);
    io.out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    io.out.flush();
}

bool confirmed(Io &io)
{
    io.out << tr("Apply these changes? [y/N] ");
    io.out.flush();
    const QString answer = io.in->readLine().trimmed().toLower();
    return answer == QLatin1StringView("y") || answer == QLatin1StringView("yes") || answer == tr("y");
}

} // namespace

void addChangeRunOptions(QCommandLineParser &parser, bool restart)
{
    parser.addOption({ QStringLiteral("dry-run"), tr("Print the plan and change nothing.") });
    parser.addOption({ QStringLiteral("yes"), tr("Apply without asking.") });
    if (restart)
        parser.addOption({ QStringLiteral("no-restart"), tr("Do not restart the distros a change needs restarted.") });
    parser.addOption({ QStringLiteral("json"), tr("Print one JSON document on stdout.") });
}

ChangeRunOptions changeRunOptions(const QCommandLineParser &parser)
{
    ChangeRunOptions o;
    o.dryRun = parser.isSet(QStringLiteral("dry-run"));
    o.yes = parser.isSet(QStringLiteral("yes"));
    o.noRestart
        = parser.optionNames().contains(QStringLiteral("no-restart")) && parser.isSet(QStringLiteral("no-restart"));
    o.json = parser.isSet(QStringLiteral("json"));
    return o;
}

QStringList restartDistros(const ChangeSet &set, bool restart, const WslCli &wsl, QStringList &pending, Io &io)
{
    const RestartOutcome outcome = GoDual::restartDistros(set.restartDistros, restart, wsl);
    for (const QString &error : outcome.errors)
        io.err << error << '\n';
    pending.append(outcome.pending);
    return outcome.restarted;
}

int runChangeSet(const QString &command, ChangeSet set, const ChangeRunOptions &options, Io &io,
    const ApplyFunction &apply, const VerifyFunction &verify)
{
    const QString prefix = QStringLiteral("godual %1: ").arg(command);
    if (set.isEmpty()) {
        if (options.json)
            printJson(io, set, {}, {}, false);
        else
            io.out << tr("Nothing to change.") << '\n';
        return ExitOk;
    }
    if (!options.json)
        io.out << ChangeSetReport::preview(set) << '\n';
    if (options.dryRun) {
        if (options.json)
            printJson(io, set, set.restartDistros, {}, false);
        else
            io.out << tr("Dry run: nothing was changed.") << '\n';
        return ExitOk;
    }
    if (!options.yes) {
        if (!io.in || options.json) {
            io.err << prefix << tr("nothing was changed: pass --yes to apply the changes without a terminal to ask on")
                   << '\n';
            return ExitUsage;
        }
        if (!confirmed(io)) {
            io.out << tr("Nothing was changed.") << '\n';
            return ExitOk;
        }
    }
    ChangeJournal journal(ChangeJournal::defaultStateDir());
    MachineChangeTargets targets(MachineSeams::fromEnvironment());
    ChangeApplier applier(journal, targets);
    if (auto r = apply(applier, set); !r) {
        io.err << prefix << r.error() << '\n';
        if (options.json)
            printJson(io, set, {}, {}, false);
        return ExitFailed;
    }
    QStringList pending;
    const QStringList restarted = restartDistros(set, !options.noRestart, targets.wsl(), pending, io);
    const Verification verification = verify ? verify(targets.wsl().environment(), restarted) : Verification {};
    if (verification.failed) {
        for (const QString &line : verification.lines)
            io.err << line << '\n';
        if (options.json)
            printJson(io, set, pending, restarted, false, verification.json);
        return ExitFailed;
    }
    if (options.json) {
        printJson(io, set, pending, restarted, true, verification.json);
    } else {
        io.out << tr("Applied change set %1; 'godual undo %1' restores every byte.").arg(set.id) << '\n';
        if (!restarted.isEmpty())
            io.out << tr("Restarted: %1").arg(restarted.join(QStringLiteral(", "))) << '\n';
        if (!pending.isEmpty())
            io.out << tr("Takes effect when these distros restart: %1 (wsl --terminate NAME)")
                          .arg(pending.join(QStringLiteral(", ")))
                   << '\n';
        for (const QString &line : verification.lines)
            io.out << line << '\n';
    }
    io.out.flush();
    return ExitOk;
}

} // namespace GoDual::Cli
