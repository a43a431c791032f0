#include "cli/changerun.h"
#include "cli/cli.h"
#include "cli/command.h"
#include "scan/machineseams.h"
#include "write/changeapplier.h"
#include "write/changejournal.h"
#include "write/machinechangetargets.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace GoDual::Cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::Cli", text); }

int list(const ChangeJournal &journal, bool json, Io &io)
{
    auto entries = journal.history();
    if (!entries) {
        io.err << "godual undo: " << entries.error() << '\n';
        return ExitUsage;
    }
    QJsonArray sets;
    for (const ChangeJournal::Entry &e : *entries) {
        QStringList sides;
        for (const SideId &s : e.set.sides())
            sides.append(s.toString());
        const bool undone = e.status == ChangeJournal::Status::Undone;
        if (json) {
            sets.append(QJsonObject { { QStringLiteral("id"), e.set.id },
                { QStringLiteral("time"), e.set.time.toUTC().toString(Qt::ISODate) },
                { QStringLiteral("summary"), e.set.summary },
                { QStringLiteral("sides"), QJsonArray::fromStringList(sides) }, { QStringLiteral("undone"), undone } });
        } else {
            io.out << e.set.id << "  " << e.set.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
                   << e.set.summary << "  [" << sides.join(QStringLiteral(", ")) << ']'
                   << (undone ? QString(u' ' + tr("(undone)")) : QString()) << '\n';
        }
    }
    if (json)
        io.out << QJsonDocument(QJsonObject { { QStringLiteral("schema"), 1 }, { QStringLiteral("changeSets"), sets } })
                      .toJson(QJsonDocument::Indented);
    else if (entries->isEmpty())
        io.out << tr("GoDual has changed nothing yet.") << '\n';
    return ExitOk;
}

// godual undo [CHANGESET] [--list] [--dry-run] [--yes] [--force] [--json]
int runUndo(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Restores what the newest change set not yet undone (or CHANGESET) changed, byte "
           "for byte."));
    parser.addPositionalArgument(
        QStringLiteral("CHANGESET"), tr("The id of a change set (godual undo --list)."), QStringLiteral("[CHANGESET]"));
    const QCommandLineOption listOption(QStringLiteral("list"), tr("List the change sets, newest first."));
    const QCommandLineOption force(QStringLiteral("force"), tr("Undo even where a target changed since."));
    parser.addOptions({ listOption, force });
    addChangeRunOptions(parser);
    if (auto exit = parseCommandLine(parser, QStringLiteral("undo"), args, io))
        return *exit;
    if (parser.positionalArguments().size() > 1) {
        io.err << tr("godual undo: one change set at a time") << '\n';
        return ExitUsage;
    }
    const ChangeRunOptions run = changeRunOptions(parser);
    ChangeJournal journal(ChangeJournal::defaultStateDir());
    if (parser.isSet(listOption))
        return list(journal, run.json, io);
    MachineChangeTargets targets(MachineSeams::fromEnvironment());
    ChangeApplier applier(journal, targets);
    auto planned = applier.planUndo(parser.positionalArguments().value(0));
    if (!planned) {
        io.err << "godual undo: " << planned.error() << '\n';
        return ExitFailed;
    }
    if (!*planned) {
        if (run.json)
            io.out << QJsonDocument(
                QJsonObject { { QStringLiteral("schema"), 1 }, { QStringLiteral("changeSet"), QJsonValue::Null },
                    { QStringLiteral("applied"), false } })
                          .toJson(QJsonDocument::Indented);
        else
            io.out << tr("Nothing to undo.") << '\n';
        return ExitOk;
    }
    const bool forced = parser.isSet(force);
    return runChangeSet(QStringLiteral("undo"), **planned, run, io,
        [forced](ChangeApplier &a, const ChangeSet &set) { return a.undo(set, forced); });
}

} // namespace

Command undoCommand()
{
    return Command { QStringLiteral("undo"),
        QStringLiteral("undo [CHANGESET] [--list] [--dry-run] [--yes] [--force] [--json]"),
        tr("restore what a change set changed, byte for byte"), runUndo };
}

} // namespace GoDual::Cli
