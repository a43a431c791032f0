#pragma once

#include "installjob.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QPointer>

namespace GoDual {

// The install jobs of this session, one row each: version, side, stage, bytes with rate and ETA
// while running, then the installed GOROOT or the failure. Owns the jobs it starts; finished rows
// stay until clearFinished(). Nothing here waits: every update arrives through the jobs' signals.
class JobsModel : public QAbstractTableModel {
    Q_OBJECT

public:
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
    void cancel(int row);
    void cancelAll();
    // Removes the rows of jobs that have ended.
    void clearFinished();

    State state(int row) const;
    InstallJob *job(int row) const;
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

private:
    struct Row {
        InstallJob *job = nullptr;
        QString version;
        QString side;
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
    int rowOf(const InstallJob *job) const;
    void onProgress(InstallJob *job, InstallJob::Stage stage, qint64 done, qint64 total);
    void onFinished(InstallJob *job);
    void rowChanged(int row);
    QString progressText(const Row &row) const;
    QString stateText(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace GoDual
