#pragma once

#include "installjob.h"
#include "write/changejob.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QPointer>

namespace GoDual {

// The jobs of this session, one row each: installs (version, side, stage, bytes with rate and ETA
// while running, then the installed GOROOT or the failure) and changes of the machine (what,
// sides, stage, then the outcome). Owns its jobs; finished rows stay until clearFinished().
// Nothing here waits: every update arrives through the jobs' signals.
class JobsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // VersionColumn: the version installed, or what a change does.
    enum Column { VersionColumn, SideColumn, StateColumn, ProgressColumn, ActionColumn, ColumnCount };
    enum State { Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)
    enum Role {
        BytesDoneRole = Qt::UserRole + 100, // qint64
        BytesTotalRole, // qint64, -1 while unknown
    };

    explicit JobsModel(QObject *parent = nullptr);
    ~JobsModel() override;

    // Starts an InstallJob for the request and adds its row; returns that row.
    int start(const InstallRequest &request);
    // Takes `job` (a change of the machine; `what` says it in a few words), starts it and adds
    // its row; returns that row.
    int startChange(ChangeJob *job, const QString &what);
    void cancel(int row);
    void cancelAll();
    // Removes the rows of jobs that have ended.
    void clearFinished();

    State state(int row) const;
    // The install job of `row`; null for a change.
    InstallJob *job(int row) const;
    ChangeJob *changeJob(int row) const;
    // Installs can be cancelled; a change is all or nothing and runs to its end.
    bool isCancellable(int row) const;
    // Whether a change of the machine is running (one at a time: the journal has one writer).
    bool isChanging() const;
    int runningCount() const;
    // Tells views that every text changed (after a language switch).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A job ended well; the side it installed on should be read again.
    void succeeded(const QString &side, const QString &goroot);
    void jobFinished(int row);
    // A change job ended (well or not); the window re-reads what it changed.
    void changeFinished(GoDual::ChangeJob *job);

private:
    struct Row {
        InstallJob *job = nullptr;
        ChangeJob *change = nullptr;
        ChangeJob::Stage changeStage = ChangeJob::Stage::Writing;
        QString version;
        QString side; // an install's side id; a change's sides, as people name them, joined
        InstallJob::Stage stage = InstallJob::Stage::WaitingForLock;
        qint64 done = 0;
        qint64 total = -1;
        qint64 rate = -1;
        qint64 eta = -1;
        State state = Running;
        bool cancelRequested = false;
        QString outcome; // the GOROOT or the failure
        QPointer<DownloadJob> watched; // the download whose rate and ETA are shown
    };
    int rowOf(const QObject *job) const;
    void onProgress(InstallJob *job, InstallJob::Stage stage, qint64 done, qint64 total);
    void onFinished(InstallJob *job);
    void onChangeFinished(ChangeJob *job);
    QObject *jobObject(int row) const;
    void rowChanged(int row);
    QString progressText(const Row &row) const;
    QString stateText(const Row &row) const;
    QString changeStateText(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace GoDual
