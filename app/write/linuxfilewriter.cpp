#include "write/linuxfilewriter.h"

#include <QCryptographicHash>
#include <QFile>

namespace GoDual {

namespace {

constexpr int kWriteTimeoutMs = 60'000;

QString modeName(LinuxFileWriter::Mode mode)
{
    switch (mode) {
    case LinuxFileWriter::Mode::Check:
        return QStringLiteral("check");
    case LinuxFileWriter::Mode::Only:
        return QStringLiteral("only");
    case LinuxFileWriter::Mode::Force:
        return QStringLiteral("force");
    case LinuxFileWriter::Mode::Clean:
        return QStringLiteral("clean");
    }
    return {};
}

QString expectation(const Change &change, LinuxFileWriter::Mode mode)
{
    if (mode != LinuxFileWriter::Mode::Check && mode != LinuxFileWriter::Mode::Only)
        return QStringLiteral("any");
    if (!change.before)
        return QStringLiteral("absent");
    return QString::fromLatin1(QCryptographicHash::hash(*change.before, QCryptographicHash::Sha256).toHex());
}

} // namespace

LinuxFileWriter::LinuxFileWriter(const WslCli &wsl, QString distro)
    : m_wsl(&wsl)
    , m_distro(std::move(distro))
{
}

QByteArray LinuxFileWriter::script()
{
    QFile f(QStringLiteral(":/write/godual-write.sh"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ProcessRequest LinuxFileWriter::request(const QList<Change> &changes, Mode mode) const
{
    QStringList args { QStringLiteral("-c"), QString::fromUtf8(script()), QStringLiteral("godual-write"),
        modeName(mode) };
    ProcessRequest request;
    for (const Change &change : changes) {
        // An update-alternatives group is named to the script by its group, not by its link.
        const QString target = change.kind == Change::Kind::Alternative
            ? QStringLiteral("alternative:") + change.target.section(u'/', -1)
            : change.target;
        args << target << expectation(change, mode)
             << (change.after ? QString::number(change.after->size()) : QStringLiteral("-1"));
        if (mode != Mode::Clean && change.after)
            request.input += *change.after;
    }
    if (m_wsl) {
        // As root, so /etc/wsl.conf can be written; the script keeps each file's owner.
        request = m_wsl->exec(
            m_distro, QStringLiteral("root"), QStringList { QStringLiteral("/bin/sh") } + args, request.input);
    } else {
        request.program = QStringLiteral("/bin/sh");
        request.arguments = args;
        request.timeoutMs = kWriteTimeoutMs;
    }
    return request;
}

QString LinuxFileWriter::sideName() const
{
    return m_distro.isEmpty() ? QStringLiteral("local") : QStringLiteral("wsl:") + m_distro;
}

Result<void> LinuxFileWriter::run(const QList<Change> &changes, Mode mode) const
{
    if (changes.isEmpty())
        return {};
    const BlockingProcessResult result = runProcessBlocking(request(changes, mode));
    const QString err = QString::fromUtf8(result.err).trimmed();
    if (!result.started)
        return Failure {
            tr("%1: cannot start %2: %3").arg(sideName(), request(changes, mode).program, result.errorText)
        };
    if (result.timedOut)
        return Failure { tr("%1: writing the files took too long and was stopped").arg(sideName()) };
    switch (result.exitCode) {
    case 0:
        return {};
    case 3:
        return Failure { tr("%1 changed after GoDual read it; nothing was written (scan again and retry)")
                .arg(err.section(u'\n', 0, 0)) };
    default:
        // 4: staging failed, 5: a rename failed (restored), others: the shell or wsl.exe itself.
        return Failure { tr("%1: the files could not be written (exit %2): %3")
                .arg(sideName())
                .arg(result.exitCode)
                .arg(err.isEmpty() ? QString::fromUtf8(result.out).trimmed() : err) };
    }
}

Result<void> LinuxFileWriter::write(const QList<Change> &changes, ChangeTargets::Check check) const
{
    switch (check) {
    case ChangeTargets::Check::Before:
        return run(changes, Mode::Check);
    case ChangeTargets::Check::IfBefore:
        return run(changes, Mode::Only);
    case ChangeTargets::Check::None:
        break;
    }
    return run(changes, Mode::Force);
}

Result<void> LinuxFileWriter::clean(const QList<Change> &changes) const { return run(changes, Mode::Clean); }

} // namespace GoDual
