#pragma once

#include "processrunner.h"
#include "snapshot.h"

#include <QObject>

namespace GoDual {

struct ScanOptions {
    QList<SideId> only; // empty: every side
    bool wake = false; // probe stopped distros too (starts them)
};

// Scans every side of the machine concurrently and publishes one Snapshot. A newer start()
// supersedes a running scan: results of the older one are dropped by generation. Never blocks:
// all work runs in child processes.
class Scanner : public QObject {
    Q_OBJECT

public:
    explicit Scanner(ProcessRunner &runner = ProcessRunner::system(), QObject *parent = nullptr);

    void start(const ScanOptions &options = {});
    bool isRunning() const { return m_pending > 0; }
    // The last complete snapshot.
    const Snapshot &snapshot() const { return m_snapshot; }

Q_SIGNALS:
    void sideFinished(const GoDual::SideId &id);
    void finished();

private:
    void probe(const SideId &id, quint64 generation);
    void sideDone(const Side &side, quint64 generation);

    ProcessRunner &m_runner;
    Snapshot m_building;
    Snapshot m_snapshot;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace GoDual
