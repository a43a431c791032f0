#include "scan/scanner.h"

#include "platform/wsllistparser.h"
#include "scan/scanlog.h"
#include "scan/sideprobe.h"
#include "scan/windowssidereader.h"

#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

namespace GoDual {

Scanner::Scanner(MachineSeams seams, ProcessRunner &runner, QObject *parent)
    : QObject(parent)
    , m_seams(std::move(seams))
    , m_wsl(m_seams.wsl)
    , m_runner(runner)
{
}

void Scanner::setTimeouts(int listMs, int probeMs)
{
    m_wsl.setTimeoutMs(WslCli::Call::List, listMs);
    m_wsl.setTimeoutMs(WslCli::Call::Probe, probeMs);
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
    m_listed.clear();
    m_handled.clear();
    m_lxss.reset();
    m_listFailed = false;
    // One task per source; the snapshot is published when the last one is done. The extra count
    // held here keeps a task that finishes at once from publishing before the others started.
    m_pending = 1;
    // A scan of Windows' side alone (use, fix and their verification there) starts no process.
    const bool distrosWanted = m_options.only.isEmpty()
        || std::any_of(m_options.only.cbegin(), m_options.only.cend(),
            [](const SideId &id) { return id.kind() == SideId::Kind::Wsl; });
    // The registry also names the distros, so it is read whenever there are distros to scan.
    if (m_seams.hasWindows() && (wanted(SideId::windows()) || (distrosWanted && !m_seams.wsl.isEmpty())))
        readWindows(generation);
    if (distrosWanted && !m_seams.wsl.isEmpty() && !options.known.isEmpty())
        probeKnownDistros(generation);
    else if (distrosWanted && !m_seams.wsl.isEmpty())
        listDistros(generation);
    else if (distrosWanted && !m_seams.missingWsl.isEmpty())
        addError(tr("%1 does not exist, so GoDual cannot list or reach WSL distros; WSL is not installed on this "
                    "Windows (install it with 'wsl --install' from an administrator's terminal)")
                     .arg(m_seams.missingWsl),
            generation);
    if (m_seams.hasLocal() && wanted(SideId::local()))
        probe(SideId::local(), generation, Side());
    // Still asynchronous when nothing was started, so callers see one order of events.
    QTimer::singleShot(0, this, [this, generation] { taskDone(generation); });
}

void Scanner::readWindows(quint64 generation)
{
    ++m_pending;
    const MachineSeams seams = m_seams;
    const bool wantSide = wanted(SideId::windows());
    QPointer<Scanner> self(this);
    // Registry and file reads block: a pool thread does them and posts the results back.
    QThreadPool::globalInstance()->start([self, seams, wantSide, generation] {
        Side side;
        QList<LxssDistro> lxss;
        auto registry = openRegistry(seams);
        if (registry) {
            lxss = LxssRegistry::distros(**registry);
            if (wantSide)
                side = WindowsSideReader::read(**registry, *openWindowsFiles(seams));
        } else {
            side.id = SideId::windows();
            side.name = QStringLiteral("Windows");
            side.scanError = registry.error();
        }
        QMetaObject::invokeMethod(self, [self, side, lxss, wantSide, generation] {
            if (self && generation == self->m_generation) {
                if (wantSide)
                    self->addSide(side, generation);
                self->registeredDistrosKnown(lxss, generation);
                self->taskDone(generation);
            }
        });
    });
}

void Scanner::registeredDistrosKnown(const QList<LxssDistro> &distros, quint64 generation)
{
    m_lxss = distros;
    // With --wake every installed distro is probed anyway, so there is no need to wait for
    // `wsl.exe -l -v`: the probes start now and run alongside the list call.
    if (m_options.wake) {
        for (const LxssDistro &d : distros) {
            if (d.state == LxssDistro::kStateInstalled)
                startDistro(fromRegistry(d, Side::State::Stopped), generation);
        }
    }
    if (m_listFailed)
        addUnlistedDistros(generation);
}

Side Scanner::fromRegistry(const LxssDistro &distro, Side::State state)
{
    Side side;
    side.id = SideId::wsl(distro.name);
    side.name = distro.name;
    side.wslVersion = distro.wslVersion();
    side.isDefault = distro.isDefault;
    side.state = state;
    return side;
}

bool Scanner::claim(const SideId &id)
{
    const QString key = id.distro().toLower();
    if (!wanted(id) || m_handled.contains(key))
        return false;
    m_handled.insert(key);
    return true;
}

void Scanner::startDistro(const Side &listed, quint64 generation)
{
    if (claim(listed.id))
        probe(listed.id, generation, listed);
}

void Scanner::probeKnownDistros(quint64 generation)
{
    for (const Side &known : m_options.known) {
        if (known.id.kind() != SideId::Kind::Wsl)
            continue;
        Side listed;
        listed.id = known.id;
        listed.name = known.name;
        listed.wslVersion = known.wslVersion;
        listed.isDefault = known.isDefault;
        listed.state = known.state;
        startDistro(listed, generation);
    }
}

void Scanner::addListedDistro(const Side &listed, quint64 generation)
{
    if (claim(listed.id))
        addSide(listed, generation);
}

void Scanner::addUnlistedDistros(quint64 generation)
{
    // wsl.exe could not say which distros run; the registry still says which exist.
    for (const LxssDistro &d : std::as_const(*m_lxss)) {
        m_listOrder.insert(d.name.toLower(), int(m_listOrder.size()));
        Side side = fromRegistry(d, Side::State::Unknown);
        side.scanError = tr("not scanned: wsl.exe did not list the distros, so whether %1 runs is unknown; "
                            "it is registered in %2")
                             .arg(d.name, d.key);
        addListedDistro(side, generation);
    }
}

void Scanner::listDistros(quint64 generation)
{
    ++m_pending;
    m_runner.run(m_wsl.listVerbose(), this, [this, generation](const ProcessResult &result) {
        if (generation != m_generation)
            return;
        const auto distros = m_wsl.distros(result);
        if (!distros) {
            addError(distros.error(), generation);
            m_listFailed = true;
            if (m_lxss)
                addUnlistedDistros(generation);
            return taskDone(generation);
        }
        const bool localized = std::any_of(distros->cbegin(), distros->cend(),
            [](const WslDistro &d) { return d.state == WslDistro::State::Unknown; });
        if (localized)
            listRunning(*distros, generation); // finishes this task
        else
            acceptListed(*distros, std::nullopt, generation);
    });
}

void Scanner::listRunning(const QList<WslDistro> &distros, quint64 generation)
{
    // State words this build does not know (older builds localized them): the names-only list
    // of running distros says which run, so a running one is still probed and a stopped one is
    // not woken.
    m_runner.run(m_wsl.listRunning(), this, [this, distros, generation](const ProcessResult &result) {
        if (generation != m_generation)
            return;
        std::optional<QStringList> running;
        if (const auto names = m_wsl.running(result))
            running = *names;
        else
            addError(names.error(), generation);
        acceptListed(distros, running, generation);
    });
}

void Scanner::acceptListed(
    const QList<WslDistro> &distros, const std::optional<QStringList> &running, quint64 generation)
{
    for (WslDistro d : distros) {
        if (d.state == WslDistro::State::Unknown && running) {
            const bool runs = std::any_of(running->cbegin(), running->cend(),
                [&](const QString &n) { return n.compare(d.name, Qt::CaseInsensitive) == 0; });
            d.state = runs ? WslDistro::State::Running : WslDistro::State::Stopped;
        }
        m_listOrder.insert(d.name.toLower(), int(m_listOrder.size()));
        Side listed;
        listed.id = SideId::wsl(d.name);
        listed.name = d.name;
        listed.wslVersion = d.wslVersion;
        listed.isDefault = d.isDefault;
        listed.state = d.state;
        // Installing, Converting, ... and a state nobody could read: say why it was not scanned.
        if (d.state != WslDistro::State::Running && d.state != WslDistro::State::Stopped)
            listed.scanError = tr("not scanned: wsl.exe lists %1 as '%2'").arg(d.name, d.stateText);
        m_listed.insert(d.name.toLower(), listed);
        if (d.state == WslDistro::State::Running || (m_options.wake && d.state == WslDistro::State::Stopped))
            startDistro(listed, generation);
        else
            addListedDistro(listed, generation);
    }
    taskDone(generation);
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
    p->start(m_wsl);
}

void Scanner::completeDistro(Side &side) const
{
    const QString key = side.id.distro().toLower();
    // A probe that started from the registry learns its state and version from the list here.
    if (const auto listed = m_listed.constFind(key); listed != m_listed.cend()) {
        side.wslVersion = listed->wslVersion;
        side.isDefault = listed->isDefault;
        if (!side.scanned)
            side.state = listed->state;
    }
    if (!m_lxss)
        return;
    for (const LxssDistro &d : std::as_const(*m_lxss)) {
        if (d.name.compare(side.id.distro(), Qt::CaseInsensitive) != 0)
            continue;
        if (side.wslVersion == 0)
            side.wslVersion = d.wslVersion();
        if (side.interop)
            side.interop = LxssRegistry::limitedByFlags(*side.interop, d);
    }
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
    for (Side &side : m_building.sides) {
        if (side.id.kind() == SideId::Kind::Wsl)
            completeDistro(side);
    }
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
