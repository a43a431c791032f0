#include "write/changejob.h"

#include "platform/wslcli.h"
#include "write/changeapplier.h"
#include "write/changejournal.h"
#include "write/distrorestart.h"
#include "write/machinechangetargets.h"

#include <QThread>

namespace GoDual {

struct ChangeJob::Outcome {
    Result<void> result;
    RestartOutcome restart;
    std::optional<QProcessEnvironment> wslEnvironment;
};

ChangeJob::ChangeJob(Kind kind, ChangeSet set, QStringList distros, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_set(std::move(set))
    , m_distros(std::move(distros))
{
}

ChangeJob *ChangeJob::apply(ChangeSet set, bool restart, QObject *parent)
{
    const QStringList distros = set.restartDistros;
    auto *job = new ChangeJob(Kind::Apply, std::move(set), distros, parent);
    job->m_restart = restart;
    return job;
}

ChangeJob *ChangeJob::undo(ChangeSet undoSet, bool force, bool restart, QObject *parent)
{
    const QStringList distros = undoSet.restartDistros;
    auto *job = new ChangeJob(Kind::Undo, std::move(undoSet), distros, parent);
    job->m_force = force;
    job->m_restart = restart;
    return job;
}

ChangeJob *ChangeJob::restart(QStringList distros, QObject *parent)
{
    auto *job = new ChangeJob(Kind::Restart, {}, std::move(distros), parent);
    job->m_restart = true;
    return job;
}

// A write that has begun is finished, not abandoned: the set is all or nothing only if the
// worker gets to restore what it wrote when a later target fails.
ChangeJob::~ChangeJob()
{
    if (m_worker)
        m_worker->wait();
}

void ChangeJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result = Failure { QString() };
    const Kind kind = m_kind;
    const ChangeSet set = m_set;
    const QStringList distros = m_distros;
    const bool restart = m_restart;
    const bool force = m_force;
    const MachineSeams seams = m_seams;
    const QProcessEnvironment environment = m_wslEnvironment;
    Q_EMIT stageChanged(kind == Kind::Restart ? Stage::Restarting : Stage::Writing);
    m_worker.reset(QThread::create([this, kind, set, distros, restart, force, seams, environment] {
        auto outcome = std::make_shared<Outcome>();
        const auto restartStage = [this] {
            QMetaObject::invokeMethod(this, [this] { Q_EMIT stageChanged(Stage::Restarting); }, Qt::QueuedConnection);
        };
        if (kind == Kind::Restart) {
            WslCli wsl(seams.wsl, environment);
            outcome->restart = restartDistros(distros, true, wsl);
        } else {
            ChangeJournal journal(ChangeJournal::defaultStateDir());
            MachineChangeTargets targets(seams);
            ChangeApplier applier(journal, targets);
            outcome->result = kind == Kind::Apply ? applier.apply(set) : applier.undo(set, force);
            if (outcome->result) {
                if (restart && !distros.isEmpty())
                    restartStage();
                outcome->restart = restartDistros(distros, restart, targets.wsl());
                outcome->wslEnvironment = targets.wsl().environment();
            }
        }
        // The job waits for this thread before it dies, so `this` outlives the call.
        QMetaObject::invokeMethod(this, [this, outcome] { onDone(outcome); }, Qt::QueuedConnection);
    }));
    m_worker->start();
}

void ChangeJob::onDone(const std::shared_ptr<Outcome> &outcome)
{
    if (m_worker) {
        m_worker->wait();
        m_worker.reset();
    }
    m_result = outcome->result;
    m_restarted = outcome->restart.restarted;
    m_pending = outcome->restart.pending;
    m_notes = outcome->restart.errors;
    if (outcome->wslEnvironment)
        m_wslEnvironment = *outcome->wslEnvironment;
    m_running = false;
    Q_EMIT finished();
}

} // namespace GoDual
