#pragma once

#include "changeset.h"
#include "result.h"
#include "scan/machineseams.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>

class QThread;

namespace GoDual {

// One change of the machine, run for the window: apply a change set, undo one, or restart the
// distros a change waits for. The work (journal, writes, wsl.exe) runs on a worker thread, so
// the window never waits; finished() arrives in the job's thread from the event loop, exactly
// once per start(). A change is all or nothing and cannot be cancelled half-way: deleting a
// running job waits for its worker, so closing the window never leaves a target half-written.
class ChangeJob : public QObject {
    Q_OBJECT

public:
    enum class Kind { Apply, Undo, Restart };
    Q_ENUM(Kind)
    enum class Stage { Writing, Restarting };
    Q_ENUM(Stage)

    // Applies `set`; then, when `restart`, terminates the running distros it names.
    static ChangeJob *apply(ChangeSet set, bool restart, QObject *parent = nullptr);
    // Applies `undoSet` (from ChangeApplier::planUndo); `force` overrides the check that its
    // targets still hold what the original set wrote.
    static ChangeJob *undo(ChangeSet undoSet, bool force, bool restart, QObject *parent = nullptr);
    // Terminates `distros` so they start again with a change that waits for their restart.
    static ChangeJob *restart(QStringList distros, QObject *parent = nullptr);
    ~ChangeJob() override;

    Kind kind() const { return m_kind; }
    const ChangeSet &changeSet() const { return m_set; }
    // The distros the job restarts (Restart) or the set waits for.
    const QStringList &distros() const { return m_distros; }
    // The seams of the machine to change (MachineSeams::fromEnvironment() unless set before start()).
    void setSeams(const MachineSeams &seams) { m_seams = seams; }
    // The environment wsl.exe calls get (after a registry change GoDual made, the rebuilt one).
    void setWslEnvironment(const QProcessEnvironment &environment) { m_wslEnvironment = environment; }

    void start();
    bool isRunning() const { return m_running; }

    // Set when finished(): a Failure names the target and why (nothing of the set is in effect).
    const Result<void> &result() const { return m_result; }
    const QStringList &restarted() const { return m_restarted; }
    const QStringList &pending() const { return m_pending; }
    // Restarts that failed, one line each.
    const QStringList &notes() const { return m_notes; }
    // The environment wsl.exe calls should get from now on (rebuilt from the changed registry).
    const QProcessEnvironment &wslEnvironment() const { return m_wslEnvironment; }

Q_SIGNALS:
    void stageChanged(GoDual::ChangeJob::Stage stage);
    void finished();

private:
    ChangeJob(Kind kind, ChangeSet set, QStringList distros, QObject *parent);
    struct Outcome;
    void onDone(const std::shared_ptr<Outcome> &outcome);

    Kind m_kind;
    ChangeSet m_set;
    QStringList m_distros;
    bool m_restart = false;
    bool m_force = false;
    MachineSeams m_seams = MachineSeams::fromEnvironment();
    QProcessEnvironment m_wslEnvironment = QProcessEnvironment::systemEnvironment();
    std::unique_ptr<QThread> m_worker;
    bool m_running = false;
    Result<void> m_result = Failure { QString() };
    QStringList m_restarted;
    QStringList m_pending;
    QStringList m_notes;
};

} // namespace GoDual
