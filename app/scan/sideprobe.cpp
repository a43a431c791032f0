#include "scan/sideprobe.h"

#include "installlocations.h"
#include "scan/probeparser.h"
#include "scan/scanlog.h"
#include "scan/sidebuilder.h"

#include <QFile>
#include <QUuid>

namespace GoDual {

SideProbe::SideProbe(SideId id, ProcessRunner &runner, QObject *parent)
    : QObject(parent)
    , m_id(std::move(id))
    , m_runner(runner)
{
}

QByteArray SideProbe::script()
{
    QFile f(QStringLiteral(":/probe/godual-probe.sh"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList SideProbe::arguments(const QString &nonce)
{
    return QStringList { nonce } + InstallLocations::probeArguments();
}

void SideProbe::start(const WslCli &wsl)
{
    // A fresh nonce per run ties the output to this probe, whatever start-up files print.
    const QString nonce = QUuid::createUuid().toString(QUuid::Id128);
    ProcessRequest request;
    if (m_id.kind() == SideId::Kind::Wsl) {
        request = wsl.probe(m_id.distro(), script(), arguments(nonce));
    } else {
        request.program = QStringLiteral("/bin/sh");
        request.arguments = QStringList { QStringLiteral("-s") } + arguments(nonce);
        request.input = script();
        request.timeoutMs = wsl.timeoutMs(WslCli::Call::Probe);
    }
    qCDebug(lcScan) << "probing" << m_id.toString() << "with" << request.program << request.arguments.mid(0, 6);
    m_runner.run(request, this, [this, nonce](const ProcessResult &result) { handle(result, nonce); });
}

void SideProbe::handle(const ProcessResult &result, const QString &nonce)
{
    m_side = Side();
    m_side.id = m_id;
    m_side.name = m_id.kind() == SideId::Kind::Wsl ? m_id.distro() : QStringLiteral("local");
    if (!result.started || result.timedOut || result.crashed) {
        m_side.scanError = tr("could not probe %1: %2").arg(m_id.toString(), result.errorText);
    } else {
        auto report = ProbeParser::parse(result.out, nonce);
        const QString wslFailed = m_id.kind() == SideId::Kind::Wsl ? WslCli::failure(result) : QString();
        if (report) {
            m_side = SideBuilder::build(m_id, *report);
        } else if (!wslFailed.isEmpty()) {
            // wsl.exe itself refused (an unknown distro, a wsl.exe too old for --exec): its words.
            m_side.scanError = tr("could not probe %1: %2").arg(m_id.toString(), wslFailed);
        } else {
            const QString err = QString::fromUtf8(result.err).trimmed().left(500);
            m_side.scanError = tr("could not read the probe of %1 (exit code %2): %3%4")
                                   .arg(m_id.toString())
                                   .arg(result.exitCode)
                                   .arg(report.error(), err.isEmpty() ? QString() : QStringLiteral("; ") + err);
        }
    }
    if (!m_side.scanError.isEmpty())
        qCWarning(lcScan) << m_side.scanError;
    Q_EMIT finished();
}

} // namespace GoDual
