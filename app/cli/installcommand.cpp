#include "cli/cli.h"
#include "cli/command.h"
#include "cli/sdkcommandargs.h"
#include "installjob.h"
#include "platform/interruptwatcher.h"
#include "platform/terminal.h"
#include "platform/windowsfiles.h"
#include "sdk/sdkplan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>

namespace GoDual::Cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::Cli", text); }

// One line on a terminal's stderr, rewritten in place: stage, bytes, rate and time left.
class ProgressLine {
    Q_DECLARE_TR_FUNCTIONS(GoDual::Cli)

public:
    explicit ProgressLine(QTextStream &err)
        : m_err(err)
    {
    }

    void update(InstallJob::Stage stage, qint64 done, qint64 total)
    {
        if (stage != m_stage) {
            m_stage = stage;
            m_clock.start();
            m_startBytes = done;
        }
        const QLocale locale;
        QString line = InstallJob::stageText(stage);
        if (total > 0 || done > 0) {
            line += u' ' + locale.formattedDataSize(done, 1, QLocale::DataSizeSIFormat);
            if (total > 0)
                line += u'/' + locale.formattedDataSize(total, 1, QLocale::DataSizeSIFormat);
            const qint64 ms = m_clock.elapsed();
            if (ms > 500 && done > m_startBytes) {
                const qint64 rate = (done - m_startBytes) * 1000 / ms;
                line += tr("  %1/s").arg(locale.formattedDataSize(rate, 1, QLocale::DataSizeSIFormat));
                if (total > 0 && rate > 0)
                    line += tr("  %1 s left").arg((total - done) / rate);
            }
        }
        // Pad over what the previous, longer line left on screen.
        const qsizetype width = line.size();
        m_err << '\r' << line << QString(qMax<qsizetype>(0, m_lastWidth - width), u' ');
        m_err.flush();
        m_lastWidth = width;
    }

    void clear()
    {
        if (m_lastWidth > 0) {
            m_err << '\r' << QString(m_lastWidth, u' ') << '\r';
            m_err.flush();
        }
    }

private:
    QTextStream &m_err;
    std::optional<InstallJob::Stage> m_stage;
    QElapsedTimer m_clock;
    qint64 m_startBytes = 0;
    qsizetype m_lastWidth = 0;
};

int runInstall(const QStringList &args, Io &io)
{
    SdkCommandArgs parsed;
    if (auto exit = parseSdkCommandLine(QStringLiteral("install"),
            tr("Downloads Go VERSION from the official release index, checks its checksum and unpacks it into "
               "the side's SDK folder (~/sdk/VERSION, %USERPROFILE%\\sdk\\VERSION on Windows)."),
            args, false, io, parsed))
        return *exit;
    const auto planned = planInstall(parsed.version, parsed.side);
    if (!planned) {
        io.err << tr("godual install: %1").arg(planned.error()) << '\n';
        return ExitUsage;
    }
    InstallRequest request = *planned;
    request.wake = parsed.wake;

    InstallJob job(request);
    ProgressLine progress(io.err);
    // Ctrl-C cancels the job, which cleans up (only the resumable .part stays), then exits 130.
    InterruptWatcher interrupts;
    bool interrupted = false;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &job, [&] {
        interrupted = true;
        job.cancel();
    });
    // A progress line is for people watching; logs and pipes get only the result.
    if (Terminal::isTerminal(Terminal::Stream::Err))
        QObject::connect(&job, &InstallJob::progressChanged, &job,
            [&](auto stage, qint64 done, qint64 total) { progress.update(stage, done, total); });
    QEventLoop loop;
    QObject::connect(&job, &InstallJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    progress.clear();

    if (interrupted && !job.result()) {
        io.err << tr("godual install: interrupted; nothing was installed (a partial download is kept and resumed "
                     "next time)")
               << '\n';
        return ExitInterrupted;
    }
    if (!job.result()) {
        io.err << tr("godual install: %1").arg(job.result().error()) << '\n';
        return ExitFailed;
    }
    // The GOROOT as its side names it (C:\Users\dev\sdk\go1.22.6 for Windows).
    io.out << (request.sideSdkRoot.isEmpty() ? *job.result()
                                             : windowsPathJoin(request.sideSdkRoot, request.version.toString()))
           << '\n';
    io.out.flush();
    return ExitOk;
}

} // namespace

Command installCommand()
{
    return Command { QStringLiteral("install"), QStringLiteral("install VERSION --side ID [--wake]"),
        tr("download, verify and install a Go release into ~/sdk/VERSION (local side or a WSL distro)"), runInstall };
}

} // namespace GoDual::Cli
