#include "cli/changerun.h"
#include "cli/cli.h"
#include "cli/command.h"
#include "cli/scanrun.h"
#include "use/useplanner.h"
#include "write/changeapplier.h"
#include "write/changejournal.h"
#include "write/machinechangetargets.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace GoDual::Cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::Cli", text); }

// godual use VERSION --side ID [--dry-run] [--yes] [--no-restart] [--system] [--json]
int runUse(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Makes VERSION, installed on that side, the Go a new terminal (a new process on "
           "Windows) of that side runs, as one change set: previewed, journaled, "
           "undoable with godual undo."));
    parser.addPositionalArgument(QStringLiteral("VERSION"), tr("An installed Go version, such as go1.22.6 or 1.22."));
    const QCommandLineOption side(QStringLiteral("side"), tr("The side to switch (required)."), QStringLiteral("ID"));
    const QCommandLineOption system(
        QStringLiteral("system"), tr("Also change machine-wide registry values (needs an elevated GoDual)."));
    const QCommandLineOption wake(QStringLiteral("wake"), tr("Start the distro to read it when it is stopped."));
    parser.addOptions({ side, system, wake });
    addChangeRunOptions(parser);
    if (auto exit = parseCommandLine(parser, QStringLiteral("use"), args, io))
        return *exit;
    const ChangeRunOptions run = changeRunOptions(parser);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(side)) {
        io.err << tr("godual use: give one VERSION and --side ID (godual use --help)") << '\n';
        return ExitUsage;
    }
    const QString version = parser.positionalArguments().first();
    auto id = SideId::parse(parser.value(side));
    if (!id) {
        io.err << "godual use: " << id.error() << '\n';
        return ExitUsage;
    }

    ScanOptions scan;
    scan.only = { *id };
    scan.wake = parser.isSet(wake);
    const Snapshot snapshot = scanAndWait(scan);
    const Side *scanned = snapshot.side(*id);
    if (!scanned) {
        for (const QString &error : snapshot.errors)
            io.err << "godual use: " << error << '\n';
        io.err << tr("godual use: there is no side %1 on this machine").arg(id->toString()) << '\n';
        return ExitUsage;
    }
    if (!scanned->scanned) {
        io.err << tr("godual use: %1 was not read (%2); pass --wake to start it")
                      .arg(id->toString(), scanned->scanError.isEmpty() ? tr("it is stopped") : scanned->scanError)
               << '\n';
        return ExitUsage;
    }
    const auto install = UsePlanner::find(*scanned, version);
    if (!install) {
        const QStringList installed = UsePlanner::installedVersions(*scanned);
        io.err << tr("godual use: %1 is not installed on %2; installed there: %3 ('godual install VERSION --side %2' "
                     "installs another)")
                      .arg(version, id->toString(),
                          installed.isEmpty() ? tr("none") : installed.join(QStringLiteral(", ")))
               << '\n';
        return ExitUsage;
    }
    UseOptions options;
    options.system = parser.isSet(system);
    auto plan = UsePlanner::plan(snapshot, *id, *install, options);
    if (!plan) {
        io.err << "godual use: " << plan.error() << '\n';
        return ExitFailed;
    }
    if (!run.json)
        io.out << tr("How: %1").arg(plan->mechanism) << '\n';
    ChangeSet set = plan->set;
    set.time = QDateTime::currentDateTimeUtc();
    set.id = ChangeSet::newId(set.time);
    const GoInstall chosen = plan->chosen;
    const auto apply = [](ChangeApplier &applier, const ChangeSet &s) { return applier.apply(s); };
    // A new probe of the side says whether a new terminal runs the chosen Go with a matching
    // GOROOT; when it does not, the change set is undone and the reason is what won instead.
    const auto verify = [&](const QProcessEnvironment &environment, const QStringList &) {
        // The side was listed a moment ago, so a distro is probed at once, without a list call.
        ScanOptions again;
        again.only = { *id };
        again.wake = true;
        if (id->kind() == SideId::Kind::Wsl)
            again.known = { *scanned };
        const Snapshot after = scanAndWait(again, environment);
        const Side *now = after.side(*id);
        Verification v;
        const QString why
            = now ? UsePlanner::whyNotInEffect(*now, chosen) : tr("%1 could not be read again").arg(id->toString());
        if (why.isEmpty()) {
            v.lines.append(tr("Verified by a new probe: a new terminal of %1 runs %2 from %3.")
                    .arg(id->toString(), now->active->version, chosen.goroot));
            v.json = QJsonObject { { QStringLiteral("active"), now->active->version },
                { QStringLiteral("goroot"), chosen.goroot } };
            return v;
        }
        ChangeJournal journal(ChangeJournal::defaultStateDir());
        MachineChangeTargets targets(MachineSeams::fromEnvironment());
        ChangeApplier applier(journal, targets);
        auto undo = applier.planUndo(set.id);
        const bool undone = undo && *undo && applier.undo(**undo, false);
        v.failed = true;
        v.lines.append(undone
                ? tr("godual use: %1 is not in effect: %2; the change set was undone").arg(chosen.version, why)
                : tr("godual use: %1 is not in effect: %2; undoing it failed: run 'godual undo %3'")
                      .arg(chosen.version, why, set.id));
        return v;
    };
    return runChangeSet(QStringLiteral("use"), set, run, io, apply, verify);
}

} // namespace

Command useCommand()
{
    return Command { QStringLiteral("use"),
        QStringLiteral("use VERSION --side ID [--dry-run] [--yes] [--no-restart] [--system] [--json] [--wake]"),
        tr("make an installed Go version the one a side runs, as one undoable change set"), runUse };
}

} // namespace GoDual::Cli
