#pragma once

#include "changeset.h"
#include "finding.h"
#include "result.h"
#include "snapshot.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

class QWidget;

namespace GoDual {

class ChangeJob;
class ChangePreviewDialog;
class JobsModel;

// The window's side of the write path: plans fixes from the current snapshot, previews them
// (and undos) in a ChangePreviewDialog, runs what the user accepts as a ChangeJob in the jobs
// panel, keeps the distros that wait for a restart, and after the re-scan it asks for says
// which of the fixed problems are gone. One change of the machine runs at a time.
class ChangeController : public QObject {
    Q_OBJECT

public:
    ChangeController(JobsModel *jobs, QWidget *window);

    void setSnapshot(const Snapshot &snapshot, const QList<Finding> &findings);
    // Whether `finding` of the current snapshot has a safe fix.
    bool isFixable(const Finding &finding) const;
    bool isBusy() const;
    const QStringList &pendingRestarts() const { return m_pending; }

    // Opens the preview of fixing `findings` (window-modal; the window keeps running).
    void fix(const QList<Finding> &findings);
    void fixAll();
    // Plans the undo of change set `id` (off the GUI thread: it reads the journal), then previews it.
    void undo(const QString &id);
    void restart(const QStringList &distros);
    // Previews making `version` (installed there) the Go that `side` runs (`godual use`).
    void use(const QString &version, const SideId &side);
    // Remembers to preview `use` once an install of `version` on `side` shows up in a scan.
    void useAfterInstall(const QString &version, const SideId &side);
    // The window read the sides it was asked to again: says what the change did to the findings.
    void sidesRescanned(const QList<Finding> &findings);

    // The open preview, if any (for tests and screenshots).
    ChangePreviewDialog *preview() const;

Q_SIGNALS:
    void busyChanged(bool busy);
    // These sides changed: read them again (`wake`: GoDual restarted distros among them).
    void rescanRequested(const QList<GoDual::SideId> &sides, bool wake);
    void historyChanged();
    void pendingRestartsChanged(const QStringList &distros);
    // wsl.exe calls from now on get this environment (rebuilt from the registry GoDual changed).
    void wslEnvironmentChanged(const QProcessEnvironment &environment);
    // One line for the status bar: how the change went, after its re-scan.
    void message(const QString &text);
    void previewOpened(GoDual::ChangePreviewDialog *dialog);
    // A change job ended.
    void changeFinished(bool ok);

private:
    void start(ChangeJob *job, const QString &what, const QList<Finding> &fixed);
    void onFinished(ChangeJob *job);
    void openPreview(ChangePreviewDialog *dialog);
    void failed(ChangeJob *job);
    void inform(const QString &title, const QString &text);

    JobsModel *m_jobs;
    QWidget *m_window;
    // A `use` applied: the Go its side must run after the re-scan, else it is undone.
    struct UseCheck {
        SideId side;
        GoInstall chosen;
        QString setId;
    };
    std::optional<UseCheck> m_useCheck;
    // useAfterInstall(): the version to preview once its install shows up on the side.
    struct QueuedUse {
        QString version;
        SideId side;
    };
    std::optional<QueuedUse> m_useQueued;
    void checkUse();
    void planUndo(const QString &id, const std::function<void(const Result<std::optional<ChangeSet>> &)> &done);
    Snapshot m_snapshot;
    QList<Finding> m_findings;
    QStringList m_pending;
    QPointer<ChangePreviewDialog> m_preview;
    QList<Finding> m_verifying; // the findings the last change fixed, until its re-scan
    QStringList m_verifyingPending; // distros that still wait, so their findings remain
    bool m_awaitingRescan = false;
    QProcessEnvironment m_wslEnvironment = QProcessEnvironment::systemEnvironment();
};

} // namespace GoDual
