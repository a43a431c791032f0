#include "cli/changerun.h"
#include "cli/cli.h"
#include "cli/command.h"
#include "cli/scanrun.h"
#include "diagnosis/diagnosis.h"
#include "fix/fixplanner.h"
#include "fix/fixverification.h"
#include "write/changeapplier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace GoDual::Cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::Cli", text); }

// godual fix [ID]... [--side ID]... [--choice NAME] [--dry-run] [--yes] [--no-restart] [--system] [--json]
int runFix(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Plans the fixes of the findings with these ids (every fixable one when no id "
                                        "is given) as one change set, shows it and applies it."));
    parser.addPositionalArgument(
        QStringLiteral("ID"), tr("A finding id, such as windows-path-appended."), QStringLiteral("[ID]..."));
    const QCommandLineOption side(
        QStringLiteral("side"), tr("Fix only on this side (repeatable)."), QStringLiteral("ID"));
    const QCommandLineOption choice(
        QStringLiteral("choice"), tr("For fixes with alternatives: which one."), QStringLiteral("NAME"));
    const QCommandLineOption system(
        QStringLiteral("system"), tr("Also change machine-wide registry values (needs an elevated GoDual)."));
    const QCommandLineOption wake(QStringLiteral("wake"), tr("Start stopped distros to scan them."));
    parser.addOptions({ side, choice, system, wake });
    addChangeRunOptions(parser);
    if (auto exit = parseCommandLine(parser, QStringLiteral("fix"), args, io))
        return *exit;
    const ChangeRunOptions run = changeRunOptions(parser);

    // Every side is scanned whatever --side says: a distro's fix may edit what Windows sets
    // (WSLENV), and a fix is planned from the whole machine.
    ScanOptions scan;
    scan.wake = parser.isSet(wake);
    QList<SideId> sides;
    for (const QString &text : parser.values(side)) {
        auto id = SideId::parse(text);
        if (!id) {
            io.err << "godual fix: " << id.error() << '\n';
            return ExitUsage;
        }
        sides.append(*id);
    }
    const QStringList ids = parser.positionalArguments();
    QStringList known;
    for (const Diagnosis::Rule &rule : Diagnosis::rules())
        known.append(rule.id);
    for (const QString &id : ids) {
        if (!known.contains(id)) {
            io.err << tr("godual fix: '%1' is not a finding id (docs/diagnostics.md lists them)").arg(id) << '\n';
            return ExitUsage;
        }
    }

    const Snapshot snapshot = scanAndWait(scan);
    for (const QString &error : snapshot.errors)
        io.err << "godual fix: " << error << '\n';
    if (snapshot.sides.isEmpty())
        return ExitUsage;
    QList<Finding> chosen;
    for (const SideId &id : std::as_const(sides)) {
        if (!snapshot.side(id)) {
            io.err << tr("godual fix: there is no side %1 on this machine").arg(id.toString()) << '\n';
            return ExitUsage;
        }
    }
    for (const Finding &f : Diagnosis::run(snapshot)) {
        if (!sides.isEmpty() && !sides.contains(f.side))
            continue;
        if (!ids.isEmpty() ? ids.contains(f.id) : FixPlanner::isFixable(snapshot, f))
            chosen.append(f);
    }
    FixOptions fixOptions;
    fixOptions.choice = parser.value(choice);
    fixOptions.system = parser.isSet(system);
    FixPlan plan = FixPlanner::plan(snapshot, chosen, fixOptions);
    for (const QString &why : std::as_const(plan.notFixed))
        io.err << tr("godual fix: not fixed: %1").arg(why) << '\n';
    if (chosen.isEmpty() && !run.json)
        io.out << tr("No fixable finding.") << '\n';
    plan.set.time = QDateTime::currentDateTimeUtc();
    plan.set.id = ChangeSet::newId(plan.set.time);
    const auto apply = [](ChangeApplier &applier, const ChangeSet &set) { return applier.apply(set); };
    // A new scan of the changed sides, with the environment the change left, says whether the
    // findings are gone; a distro waiting for its restart still shows them, and is said to.
    const auto verify = [&](const QProcessEnvironment &environment, const QStringList &restarted) {
        ScanOptions again;
        again.only = plan.set.sides();
        for (const Finding &f : std::as_const(plan.fixed)) {
            if (!again.only.contains(f.side))
                again.only.append(f.side);
        }
        // The distros GoDual restarted were running: starting them again restores that.
        again.wake = scan.wake || !restarted.isEmpty();
        const FixVerification result = verifyFixed(plan.fixed, Diagnosis::run(scanAndWait(again, environment)));
        const QStringList &gone = result.gone;
        const QStringList &remaining = result.remaining;
        Verification v;
        v.json = QJsonObject { { QStringLiteral("gone"), QJsonArray::fromStringList(gone) },
            { QStringLiteral("remaining"), QJsonArray::fromStringList(remaining) } };
        if (remaining.isEmpty())
            v.lines.append(tr("Verified by a new scan: every fixed finding is gone."));
        else
            v.lines.append(
                tr("A new scan still finds: %1 (a distro listed as pending sees the change after it restarts)")
                    .arg(remaining.join(QStringLiteral(", "))));
        return v;
    };
    return runChangeSet(QStringLiteral("fix"), plan.set, run, io, apply, verify);
}

} // namespace

Command fixCommand()
{
    return Command { QStringLiteral("fix"),
        QStringLiteral(
            "fix [ID]... [--side ID]... [--choice NAME] [--dry-run] [--yes] [--no-restart] [--system] [--json]"),
        tr("fix findings as one change set: previewed, journaled, undoable"), runFix };
}

} // namespace GoDual::Cli
