#include "cli/cli.h"
#include "cli/command.h"
#include "cli/scanrun.h"
#include "cli/snapshotjson.h"
#include "cli/textreport.h"
#include "diagnosis/diagnosis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace GoDual::Cli {

// godual diagnose [--json] [--side ID]... [--strict] [--wake]
int runDiagnose(const QStringList &args, Io &io)
{
    ScanCommandOptions options;
    if (auto exit = parseScanCommandLine(QStringLiteral("diagnose"),
            QCoreApplication::translate("GoDual::Cli",
                "Reads every side (or the ones given) and reports the Go installations, the environment with "
                "the origin of every value, and the problems found."),
            args, true, io, options))
        return *exit;
    const Snapshot snapshot = scanAndWait(options.scan);
    if (snapshot.sides.isEmpty() && !options.scan.only.isEmpty()) {
        io.err << QCoreApplication::translate("GoDual::Cli", "godual diagnose: no such side on this machine") << '\n';
        return ExitUsage;
    }
    for (const QString &error : snapshot.errors)
        io.err << "godual diagnose: " << error << '\n';
    if (snapshot.sides.isEmpty() && !snapshot.errors.isEmpty())
        return ExitUsage;
    const QList<Finding> findings = Diagnosis::run(snapshot);
    if (options.json) {
        io.out << QJsonDocument(SnapshotJson::document(snapshot, findings)).toJson(QJsonDocument::Indented);
    } else {
        TextReport::writeSides(io.out, snapshot, io.outIsTerminal);
        TextReport::writeFindings(io.out, findings, io.outIsTerminal);
    }
    const Finding::Severity threshold = options.strict ? Finding::Severity::Warning : Finding::Severity::Error;
    for (const Finding &f : findings) {
        if (f.severity >= threshold)
            return ExitFindings;
    }
    return ExitOk;
}

// godual list [--json]
int runList(const QStringList &args, Io &io)
{
    ScanCommandOptions options;
    if (auto exit = parseScanCommandLine(QStringLiteral("list"),
            QCoreApplication::translate("GoDual::Cli", "Lists the sides and their Go installations."), args, false, io,
            options))
        return *exit;
    const Snapshot snapshot = scanAndWait(options.scan);
    for (const QString &error : snapshot.errors)
        io.err << "godual list: " << error << '\n';
    if (snapshot.sides.isEmpty() && !snapshot.errors.isEmpty())
        return ExitUsage;
    if (options.json) {
        QJsonArray sides;
        for (const Side &s : snapshot.sides) {
            QJsonObject o = SnapshotJson::side(s);
            o.remove(QStringLiteral("env"));
            sides.append(o);
        }
        io.out << QJsonDocument(QJsonObject { { QStringLiteral("schema"), 1 }, { QStringLiteral("sides"), sides } })
                      .toJson(QJsonDocument::Indented);
    } else {
        TextReport::writeSides(io.out, snapshot, io.outIsTerminal);
    }
    return ExitOk;
}

} // namespace GoDual::Cli
