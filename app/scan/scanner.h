#pragma once

#include "platform/lxssregistry.h"
#include "platform/processrunner.h"
#include "platform/wslcli.h"
#include "scan/machineseams.h"
#include "scan/sideprobe.h"
#include "snapshot.h"
#include "wsldistro.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace GoDual {

struct ScanOptions {
    QList<SideId> only; // empty: every side
    bool wake = false; // probe stopped distros too (starts them)
    // Distros to probe at once without asking `wsl.exe -l` first: the caller listed them a moment
    // ago (the write path's verifying probe), so only their id, name, version and state are used.
    // When set, the scan makes no list call.
    QList<Side> known;
};

// Scans every side of the machine concurrently and publishes one Snapshot: the registry (the
// Windows side, and the distros WSL registered) is read on a worker thread, `wsl.exe -l -v` lists
// the distros and one probe per running distro follows at once, all in parallel. With `wake`
// the probes start from the registry's list without waiting for wsl.exe's. When wsl.exe cannot
// list, the registered distros are still shown, unscanned. A newer start() supersedes a running scan (results of the
// older one are dropped by generation). Never blocks the thread it lives on.
class Scanner : public QObject {
    Q_OBJECT

public:
    explicit Scanner(MachineSeams seams = MachineSeams::fromEnvironment(),
        ProcessRunner &runner = ProcessRunner::system(), QObject *parent = nullptr);

    void start(const ScanOptions &options = {});
    bool isRunning() const { return m_pending > 0; }
    // The last complete snapshot.
    const Snapshot &snapshot() const { return m_snapshot; }

    // Time limits: a wsl.exe list call, and one side's probe (a hanging distro costs this much).
    void setTimeouts(int listMs, int probeMs);
    // The wsl.exe every call of the scan goes through; the write path refreshes its environment
    // after changing the registry, so the next scan's distros see the new WSLENV and Path.
    WslCli &wsl() { return m_wsl; }

Q_SIGNALS:
    void sideFinished(const GoDual::SideId &id);
    void finished();

private:
    bool wanted(const SideId &id) const;
    void readWindows(quint64 generation);
    void listDistros(quint64 generation);
    void listRunning(const QList<WslDistro> &distros, quint64 generation);
    void acceptListed(const QList<WslDistro> &distros, const std::optional<QStringList> &running, quint64 generation);
    void registeredDistrosKnown(const QList<LxssDistro> &distros, quint64 generation);
    static Side fromRegistry(const LxssDistro &distro, Side::State state);
    // Each distro is probed or added once per scan, whichever list names it first: claim() is
    // true for the first caller only (and only for wanted sides).
    bool claim(const SideId &id);
    void startDistro(const Side &listed, quint64 generation);
    void probeKnownDistros(quint64 generation);
    void addListedDistro(const Side &listed, quint64 generation);
    void addUnlistedDistros(quint64 generation);
    // What the list and the registry know about a distro, added when the scan completes.
    void completeDistro(Side &side) const;
    void probe(const SideId &id, quint64 generation, const Side &listed);
    void addSide(Side side, quint64 generation);
    void addError(const QString &error, quint64 generation);
    void taskDone(quint64 generation);

    MachineSeams m_seams;
    WslCli m_wsl;
    ProcessRunner &m_runner;
    ScanOptions m_options;
    Snapshot m_building;
    Snapshot m_snapshot;
    quint64 m_generation = 0;
    int m_pending = 0;
    QHash<QString, int> m_listOrder; // distro name (lower case) -> position in `wsl -l -v`
    QHash<QString, Side> m_listed; // distro name (lower case) -> what `wsl -l -v` said
    QSet<QString> m_handled; // distro names (lower case) probed or added in this scan
    std::optional<QList<LxssDistro>> m_lxss; // once the registry has been read
    bool m_listFailed = false;
};

} // namespace GoDual
