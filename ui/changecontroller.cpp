#include "changecontroller.h"

#include "background.h"
#include "changepreviewdialog.h"
#include "fix/fixplanner.h"
#include "fix/fixverification.h"
#include "itemmodels/sidename.h"
#include "jobsmodel.h"
#include "use/useplanner.h"
#include "write/changeapplier.h"
#include "write/changejob.h"
#include "write/changejournal.h"
#include "write/machinechangetargets.h"

#include <QDateTime>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace GoDual {

namespace {

QString choiceTitle(const QString &choice)
{
    if (choice == QLatin1StringView("append-off"))
        return ChangeController::tr("Stop appending Windows' Path (recommended)");
    if (choice == QLatin1StringView("filter"))
        return ChangeController::tr("Keep appending, filter Windows' Go out");
    return choice;
}

} // namespace

ChangeController::ChangeController(JobsModel *jobs, QWidget *window)
    : QObject(window)
    , m_jobs(jobs)
    , m_window(window)
{
    connect(m_jobs, &JobsModel::changeFinished, this, &ChangeController::onFinished);
}

void ChangeController::setSnapshot(const Snapshot &snapshot, const QList<Finding> &findings)
{
    m_snapshot = snapshot;
    m_findings = findings;
}

bool ChangeController::isFixable(const Finding &finding) const { return FixPlanner::isFixable(m_snapshot, finding); }

ChangePreviewDialog *ChangeController::preview() const { return m_preview.data(); }

bool ChangeController::isBusy() const { return m_jobs->isChanging(); }

void ChangeController::fixAll()
{
    QList<Finding> fixable;
    for (const Finding &f : std::as_const(m_findings)) {
        if (isFixable(f))
            fixable.append(f);
    }
    fix(fixable);
}

void ChangeController::fix(const QList<Finding> &findings)
{
    if (findings.isEmpty() || isBusy() || m_preview)
        return;
    QList<ChangePreviewDialog::Choice> choices;
    QStringList names;
    for (const Finding &f : findings) {
        for (const QString &name : FixPlanner::choices(f.id)) {
            if (!names.contains(name)) {
                names.append(name);
                choices.append({ name, choiceTitle(name), FixPlanner::choiceTradeOff(name) });
            }
        }
    }
    const Snapshot snapshot = m_snapshot;
    const auto planner = [snapshot, findings](const QString &choice) {
        FixOptions options;
        options.choice = choice;
        const FixPlan plan = FixPlanner::plan(snapshot, findings, options);
        return ChangePreview { plan.set, plan.notFixed, {} };
    };
    const QString title = findings.size() == 1
        ? tr("Fix %1 on %2").arg(findings.first().id, sideDisplayName(findings.first().side))
        : tr("Fix %n problem(s)", nullptr, int(findings.size()));
    auto *dialog = new ChangePreviewDialog(title, choices, planner, m_window);
    connect(dialog, &ChangePreviewDialog::applyRequested, this,
        [this, dialog, snapshot, findings](ChangeSet set, bool restart) {
            // The plan again for the chosen way, for the findings it resolves (pure: the same set).
            FixOptions options;
            options.choice = dialog->choice();
            const QList<Finding> fixed = FixPlanner::plan(snapshot, findings, options).fixed;
            set.time = QDateTime::currentDateTimeUtc();
            set.id = ChangeSet::newId(set.time);
            start(ChangeJob::apply(set, restart), set.summary, fixed);
        });
    openPreview(dialog);
}

void ChangeController::undo(const QString &id)
{
    if (isBusy() || m_preview)
        return;
    planUndo(id, [this](const Result<std::optional<ChangeSet>> &planned) {
        if (!planned || !*planned) {
            inform(tr("Undo"), planned ? tr("There is nothing to undo.") : tr("Cannot undo: %1").arg(planned.error()));
            return;
        }
        const ChangeSet undoSet = **planned;
        auto *dialog = new ChangePreviewDialog(
            tr("Undo %1").arg(undoSet.undoes), {},
            [undoSet](const QString &) { return ChangePreview { undoSet, {}, {} }; }, m_window);
        dialog->setApplyText(tr("&Undo"));
        connect(dialog, &ChangePreviewDialog::applyRequested, this, [this](const ChangeSet &set, bool restart) {
            start(ChangeJob::undo(set, false, restart), set.summary, {});
        });
        openPreview(dialog);
    });
}

void ChangeController::restart(const QStringList &distros)
{
    if (isBusy() || distros.isEmpty())
        return;
    start(ChangeJob::restart(distros), tr("Restart %1").arg(distros.join(QStringLiteral(", "))), {});
}

void ChangeController::use(const QString &version, const SideId &sideId)
{
    if (isBusy() || m_preview)
        return;
    const Side *side = m_snapshot.side(sideId);
    const auto install = side ? UsePlanner::find(*side, version) : std::nullopt;
    if (!install) {
        inform(tr("Use"), tr("%1 is not installed on %2.").arg(version, sideId.toString()));
        return;
    }
    const auto plan = UsePlanner::plan(m_snapshot, sideId, *install);
    if (!plan) {
        inform(tr("Use"), plan.error());
        return;
    }
    const ChangePreview preview { plan->set, {}, tr("How: %1").arg(plan->mechanism) };
    auto *dialog = new ChangePreviewDialog(
        tr("Use %1 on %2").arg(install->version, sideDisplayName(*side)), {},
        [preview](const QString &) { return preview; }, m_window);
    const GoInstall chosen = *install;
    connect(dialog, &ChangePreviewDialog::applyRequested, this, [this, sideId, chosen](ChangeSet set, bool restart) {
        set.time = QDateTime::currentDateTimeUtc();
        set.id = ChangeSet::newId(set.time);
        start(ChangeJob::apply(set, restart), set.summary, {});
        m_useCheck = UseCheck { sideId, chosen, set.id };
    });
    openPreview(dialog);
}

void ChangeController::useAfterInstall(const QString &version, const SideId &side)
{
    m_useQueued = QueuedUse { version, side };
}

// After the re-scan of a `use`: the side runs the chosen Go, or the change is undone (as `godual
// use` does) and the message says what runs instead.
void ChangeController::checkUse()
{
    const UseCheck check = *m_useCheck;
    m_useCheck.reset();
    const Side *side = m_snapshot.side(check.side);
    const QString why = side ? UsePlanner::whyNotInEffect(*side, check.chosen)
                             : tr("%1 could not be read again").arg(check.side.toString());
    if (why.isEmpty()) {
        Q_EMIT message(tr("%1 now runs %2.").arg(sideDisplayName(*side), check.chosen.version));
        return;
    }
    inform(tr("The switch did not take effect"),
        tr("%1 does not run %2: %3. GoDual undoes the change.")
            .arg(side ? sideDisplayName(*side) : check.side.toString(), check.chosen.version, why));
    planUndo(check.setId, [this](const Result<std::optional<ChangeSet>> &planned) {
        if (planned && *planned)
            start(ChangeJob::undo(**planned, false, false), (*planned)->summary, {});
    });
}

// ChangeApplier::planUndo off the GUI thread (it reads the journal); `done` gets its answer.
void ChangeController::planUndo(
    const QString &id, const std::function<void(const Result<std::optional<ChangeSet>> &)> &done)
{
    const QString stateDir = ChangeJournal::defaultStateDir();
    runInBackground(
        this,
        [stateDir, id] {
            ChangeJournal journal(stateDir);
            MachineChangeTargets targets(MachineSeams::fromEnvironment());
            return ChangeApplier(journal, targets).planUndo(id);
        },
        done);
}

void ChangeController::openPreview(ChangePreviewDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_preview = dialog;
    dialog->open();
    Q_EMIT previewOpened(dialog);
}

void ChangeController::start(ChangeJob *job, const QString &what, const QList<Finding> &fixed)
{
    job->setWslEnvironment(m_wslEnvironment);
    m_verifying = fixed;
    m_awaitingRescan = false;
    m_jobs->startChange(job, what);
    Q_EMIT busyChanged(true);
}

void ChangeController::onFinished(ChangeJob *job)
{
    Q_EMIT busyChanged(false);
    if (!job->result()) {
        m_verifying.clear();
        m_useCheck.reset();
        failed(job);
        Q_EMIT changeFinished(false);
        return;
    }
    for (const QString &distro : job->restarted())
        m_pending.removeAll(distro);
    for (const QString &distro : job->pending()) {
        if (!m_pending.contains(distro))
            m_pending.append(distro);
    }
    Q_EMIT pendingRestartsChanged(m_pending);
    if (job->wslEnvironment() != m_wslEnvironment) {
        m_wslEnvironment = job->wslEnvironment();
        Q_EMIT wslEnvironmentChanged(m_wslEnvironment);
    }
    if (job->kind() != ChangeJob::Kind::Restart)
        Q_EMIT historyChanged();

    QList<SideId> sides = job->changeSet().sides();
    for (const Finding &f : std::as_const(m_verifying)) {
        if (!sides.contains(f.side))
            sides.append(f.side);
    }
    for (const QString &distro : job->restarted()) {
        if (!sides.contains(SideId::wsl(distro)))
            sides.append(SideId::wsl(distro));
    }
    m_verifyingPending = job->pending();
    m_awaitingRescan = true;
    Q_EMIT changeFinished(true);
    // The distros GoDual restarted were running: the scan starts them again.
    Q_EMIT rescanRequested(sides, !job->restarted().isEmpty());
}

void ChangeController::failed(ChangeJob *job)
{
    const QString error = job->result().error();
    if (job->kind() != ChangeJob::Kind::Undo) {
        inform(tr("The change was not made"),
            tr("%1\n\nNothing of it is in effect: every file and registry value has its earlier content.").arg(error));
        return;
    }
    // Someone changed a target after GoDual did: undoing would overwrite that, so it is asked.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not undone"),
        tr("%1\n\nNothing was undone. Undo anyway? What was written to these targets since is lost.").arg(error),
        QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("undoConflictBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *force = box->addButton(tr("Undo &anyway"), QMessageBox::DestructiveRole);
    force->setObjectName(QStringLiteral("undoAnywayButton"));
    // A new change set: the one that stopped is journaled as rolled back under its own id.
    ChangeSet undoSet = job->changeSet();
    undoSet.time = QDateTime::currentDateTimeUtc();
    undoSet.id = ChangeSet::newId(undoSet.time);
    connect(force, &QPushButton::clicked, this,
        [this, undoSet] { start(ChangeJob::undo(undoSet, true, false), undoSet.summary, {}); });
    box->open();
}

// A message that does not stop the window (nor a test) while it is shown.
void ChangeController::inform(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("changeMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ChangeController::sidesRescanned(const QList<Finding> &findings)
{
    m_findings = findings;
    if (m_useQueued && !isBusy()) {
        const Side *side = m_snapshot.side(m_useQueued->side);
        if (side && UsePlanner::find(*side, m_useQueued->version)) {
            const QueuedUse queued = *m_useQueued;
            m_useQueued.reset();
            use(queued.version, queued.side);
        }
    }
    if (!m_awaitingRescan)
        return;
    m_awaitingRescan = false;
    if (m_useCheck) {
        checkUse();
        return;
    }
    if (m_verifying.isEmpty()) {
        Q_EMIT message(tr("Read the changed sides again."));
        return;
    }
    const FixVerification result = verifyFixed(m_verifying, findings);
    m_verifying.clear();
    if (result.remaining.isEmpty()) {
        Q_EMIT message(tr("Fixed: a new scan no longer finds %n problem(s).", nullptr, int(result.gone.size())));
    } else if (!m_verifyingPending.isEmpty()) {
        Q_EMIT message(tr("A new scan still finds %1: %2 sees the change when it restarts.")
                .arg(result.remaining.join(QStringLiteral(", ")), m_verifyingPending.join(QStringLiteral(", "))));
    } else {
        Q_EMIT message(tr("A new scan still finds %1.").arg(result.remaining.join(QStringLiteral(", "))));
    }
}

} // namespace GoDual
