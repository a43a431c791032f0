#include "scanner.h"

#include "regfileregistry.h"
#include "scanlog.h"
#include "sideprobe.h"
#include "windowssidereader.h"
#include "wsllistparser.h"

#include <QPointer>
#include <QThreadPool>
#include <QTimer>

namespace GoDual {

Scanner::Scanner(MachineSeams seams, ProcessRunner &runner, QObject *parent)
    : QObject(parent)
    , m_seams(std::move(seams))
    , m_runner(runner)
{
}

void Scanner::setTimeouts(int listMs, int probeMs)
{
    m_listTimeoutMs = listMs;
    m_probeTimeoutMs = probeMs;
}

bool Scanner::wanted(const SideId &id) const { return m_options.only.isEmpty() || m_options.only.contains(id); }

void Scanner::start(const ScanOptions &options)
{
    const quint64 generation = ++m_generation;
    m_options = options;
    m_building = Snapshot();
    m_building.generation = generation;
    m_building.taken = QDateTime::currentDateTimeUtc();
    m_listOrder.clear();
    // One task per source; the snapshot is published when the last one is done. The extra count
    // held here keeps a task that finishes at once from publishing before the others started.
    m_pending = 1;
    if (m_seams.hasWindows() && wanted(SideId::windows()))
        readWindows(generation);
    if (!m_seams.wsl.isEmpty())
        listDistros(generation);
    if (m_seams.hasLocal() && wanted(SideId::local()))
        probe(SideId::local(), generation, Side());
    // Still asynchronous when nothing was started, so callers see one order of events.
    QTimer::singleShot(0, this, [this, generation] { taskDone(generation); });
}

void Scanner::readWindows(quint64 generation)
{
    ++m_pending;
    const QString registryFile = m_seams.registryFile;
    const QString windowsRoot = m_seams.windowsRoot;
    QPointer<Scanner> self(this);
    // Registry and file reads block: a pool thread does them and posts the side back.
    QThreadPool::globalInstance()->start([self, registryFile, windowsRoot, generation] {
        Side side;
        auto registry = RegFileRegistry::fromFile(registryFile);
        if (registry) {
            auto files = WindowsFiles::mapped(windowsRoot);
            side = WindowsSideReader::read(*registry, *files);
        } else {
            side.id = SideId::windows();
            side.name = QStringLiteral("Windows");
            side.scanError = registry.error();
        }
        QMetaObject::invokeMethod(self, [self, side, generation] {
            if (self) {
                self->addSide(side, generation);
                self->taskDone(generation);
            }
        });
    });
}

void Scanner::listDistros(quint64 generation)
{
    ++m_pending;
    ProcessRequest request;
    request.program = m_seams.wsl;
    request.arguments = { QStringLiteral("-l"), QStringLiteral("-v") };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Ask for UTF-8; the parser still detects the UTF-16 that older wsl.exe writes regardless.
    env.insert(QStringLiteral("WSL_UTF8"), QStringLiteral("1"));
    request.environment = env;
    request.timeoutMs = m_listTimeoutMs;
    m_runner.run(request, this, [this, generation](const ProcessResult &result) {
        if (generation != m_generation)
            return;
        if (!result.started || result.timedOut) {
            addError(tr("could not list the WSL distros with %1: %2").arg(m_seams.wsl, result.errorText), generation);
            taskDone(generation);
            return;
        }
        // wsl.exe's own failures exit with -1, which a Linux process reports as 255.
        const int code = result.exitCode == 255 ? -1 : result.exitCode;
        const auto distros = parseWslListVerbose(result.out, code);
        if (!distros) {
            addError(tr("could not list the WSL distros: %1").arg(distros.error()), generation);
            taskDone(generation);
            return;
        }
        for (const WslDistro &d : *distros) {
            m_listOrder.insert(d.name.toLower(), int(m_listOrder.size()));
            Side listed;
            listed.id = SideId::wsl(d.name);
            listed.name = d.name;
            listed.wslVersion = d.wslVersion;
            listed.isDefault = d.isDefault;
            listed.state = d.state == WslDistro::State::Running ? Side::State::Running
                : d.state == WslDistro::State::Stopped          ? Side::State::Stopped
                                                                : Side::State::Unknown;
            if (!wanted(listed.id))
                continue;
            if (d.state == WslDistro::State::Running || (m_options.wake && d.state == WslDistro::State::Stopped))
                probe(listed.id, generation, listed);
            else
                addSide(listed, generation);
        }
        taskDone(generation);
    });
}

void Scanner::probe(const SideId &id, quint64 generation, const Side &listed)
{
    ++m_pending;
    auto *p = new SideProbe(id, m_runner, this);
    connect(p, &SideProbe::finished, this, [this, p, generation, listed] {
        Side side = p->side();
        if (side.id.kind() == SideId::Kind::Wsl) {
            side.wslVersion = listed.wslVersion;
            side.isDefault = listed.isDefault;
            side.state = side.scanned ? Side::State::Running : listed.state;
        }
        addSide(side, generation);
        p->deleteLater();
        taskDone(generation);
    });
    p->start(m_seams.wsl, m_probeTimeoutMs);
}

void Scanner::addSide(Side side, quint64 generation)
{
    if (generation != m_generation)
        return;
    const SideId id = side.id;
    m_building.sides.append(std::move(side));
    Q_EMIT sideFinished(id);
}

void Scanner::addError(const QString &error, quint64 generation)
{
    if (generation != m_generation)
        return;
    qCWarning(lcScan) << error;
    m_building.errors.append(error);
}

void Scanner::taskDone(quint64 generation)
{
    if (generation != m_generation || --m_pending > 0)
        return;
    // Windows first, then distros in list order, then the local side: the order people read.
    std::stable_sort(m_building.sides.begin(), m_building.sides.end(), [this](const Side &a, const Side &b) {
        auto rank = [this](const Side &s) {
            const int kind = s.id.kind() == SideId::Kind::Windows ? 0 : s.id.kind() == SideId::Kind::Wsl ? 1 : 2;
            return std::pair(kind, m_listOrder.value(s.id.distro().toLower(), 0));
        };
        return rank(a) < rank(b);
    });
    m_snapshot = m_building;
    Q_EMIT finished();
}

} // namespace GoDual
