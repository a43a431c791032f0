#include "archivemirror.h"
#include "cli/cli.h"
#include "cli/command.h"
#include "cli/commandline.h"
#include "cli/textwidth.h"
#include "gorelease.h"
#include "releaseindex.h"
#include "releaseindexclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>

namespace GoDual::Cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::Cli", text); }

struct Row {
    QString version;
    QString status;
    QString archive;
    QString size;
};

QJsonObject toJson(const ReleaseIndexAnswer &answer, const QList<GoRelease> &releases, const QString &os,
    const QString &arch, const QUrl &mirror)
{
    QJsonObject index { { QStringLiteral("url"), answer.url.toString() },
        { QStringLiteral("fetchedAt"), answer.fetchedAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("fromCache"), answer.fromCache }, { QStringLiteral("stale"), answer.stale } };
    if (answer.stale)
        index.insert(QStringLiteral("staleReason"), answer.staleReason);
    QJsonArray list;
    for (const GoRelease &r : releases) {
        QJsonValue archive = QJsonValue::Null;
        if (const auto file = r.archiveFor(os, arch)) {
            archive = QJsonObject { { QStringLiteral("filename"), file->filename },
                { QStringLiteral("url"), ArchiveMirror::archiveUrl(mirror, file->filename).toString() },
                { QStringLiteral("sha256"), file->sha256 }, { QStringLiteral("size"), file->size } };
        }
        list.append(QJsonObject { { QStringLiteral("version"), r.version.toString() },
            { QStringLiteral("stable"), r.stable }, { QStringLiteral("archive"), archive } });
    }
    return QJsonObject { { QStringLiteral("schema"), 1 }, { QStringLiteral("index"), index },
        { QStringLiteral("os"), os }, { QStringLiteral("arch"), arch }, { QStringLiteral("releases"), list } };
}

void printTable(QTextStream &out, const QList<GoRelease> &releases, const QString &os, const QString &arch)
{
    const QString platform = os.isEmpty() || arch.isEmpty() ? tr("this machine") : os + u'-' + arch;
    QList<Row> rows { { tr("VERSION"), tr("STATUS"), tr("ARCHIVE FOR %1").arg(platform), tr("SIZE") } };
    const QLocale locale;
    for (const GoRelease &r : releases) {
        const auto file = r.archiveFor(os, arch);
        rows.append(
            { r.version.toString(), r.stable ? tr("stable") : tr("unstable"), file ? file->filename : tr("(none)"),
                file ? locale.formattedDataSize(file->size, 1, QLocale::DataSizeSIFormat) : QString() });
    }
    qsizetype widths[3] = { 0, 0, 0 };
    for (const Row &row : rows) {
        widths[0] = qMax(widths[0], TextWidth::columns(row.version));
        widths[1] = qMax(widths[1], TextWidth::columns(row.status));
        widths[2] = qMax(widths[2], TextWidth::columns(row.archive));
    }
    for (const Row &row : rows) {
        const QString line = TextWidth::padded(row.version, widths[0] + 2)
            + TextWidth::padded(row.status, widths[1] + 2) + TextWidth::padded(row.archive, widths[2] + 2) + row.size;
        out << line.trimmed() << '\n';
    }
}

int runAvailable(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the Go releases of the official release index."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON document on stdout."));
    const QCommandLineOption allOption(QStringLiteral("all"), tr("Every release, not only the current stable ones."));
    parser.addOptions({ jsonOption, allOption });
    if (auto exit = parseCommandLine(parser, QStringLiteral("available"), args, io))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << tr("godual available: unexpected argument '%1' (godual available --help)")
                      .arg(parser.positionalArguments().first())
               << '\n';
        return ExitUsage;
    }
    const bool json = parser.isSet(jsonOption);
    const bool all = parser.isSet(allOption);

    // The command line runs on a QCoreApplication; a local loop waits for the one answer.
    ReleaseIndexClient client;
    QEventLoop loop;
    QObject::connect(&client, &ReleaseIndexClient::finished, &loop, &QEventLoop::quit);
    client.fetch();
    loop.exec();

    const Result<ReleaseIndexAnswer> &result = client.result();
    if (!result) {
        io.err << tr("godual available: %1").arg(result.error()) << '\n';
        return ExitUsage;
    }
    const ReleaseIndexAnswer &answer = *result;
    if (answer.stale) {
        io.err << tr("godual available: note: %1; showing the release index cached at %2")
                      .arg(answer.staleReason, answer.fetchedAt.toLocalTime().toString(Qt::ISODate))
               << '\n';
    }

    const QList<GoRelease> releases = all ? answer.releases : ReleaseIndex::currentStable(answer.releases);
    const QString os = goOsFromKernelType(QSysInfo::kernelType());
    const QString arch = goArchFromCpuArchitecture(QSysInfo::currentCpuArchitecture());
    if (json) {
        const QJsonObject document
            = toJson(answer, releases, os, arch, ArchiveMirror::base(ArchiveMirror::Kind::Official));
        io.out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        printTable(io.out, releases, os, arch);
    }
    io.out.flush();
    return ExitOk;
}

} // namespace

Command availableCommand()
{
    return Command { QStringLiteral("available"), QStringLiteral("available [--json] [--all]"),
        tr("Go releases from the release index (stable only unless --all)"), runAvailable };
}

} // namespace GoDual::Cli
