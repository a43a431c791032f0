#include "jobsmodel.h"

#include "downloadjob.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/sidename.h"

#include <QLocale>

namespace GoDual {

JobsModel::JobsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

// Jobs are children of this model; deleting a running one cancels it and waits for its worker.
JobsModel::~JobsModel() = default;

int JobsModel::start(const InstallRequest &request)
{
    auto *job = new InstallJob(request, this);
    Row row;
    row.job = job;
    row.version = request.version.toString();
    row.side = request.side;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    endInsertRows();
    connect(job, &InstallJob::progressChanged, this,
        [this, job](InstallJob::Stage stage, qint64 done, qint64 total) { onProgress(job, stage, done, total); });
    connect(job, &InstallJob::finished, this, [this, job] { onFinished(job); });
    job->start();
    return at;
}

int JobsModel::startChange(ChangeJob *job, const QString &what)
{
    job->setParent(this);
    Row row;
    row.change = job;
    row.version = what;
    QList<SideId> sides = job->changeSet().sides();
    for (const QString &distro : job->distros()) {
        if (!sides.contains(SideId::wsl(distro)))
            sides.append(SideId::wsl(distro));
    }
    row.side = sideDisplayNames(sides);
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(row);
    endInsertRows();
    connect(job, &ChangeJob::stageChanged, this, [this, job](ChangeJob::Stage stage) {
        if (const int r = rowOf(job); r >= 0) {
            m_rows[r].changeStage = stage;
            rowChanged(r);
        }
    });
    connect(job, &ChangeJob::finished, this, [this, job] { onChangeFinished(job); });
    job->start();
    return at;
}

QObject *JobsModel::jobObject(int row) const
{
    const Row &r = m_rows[row];
    return r.job ? static_cast<QObject *>(r.job) : r.change;
}

int JobsModel::rowOf(const QObject *job) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (jobObject(r) == job)
            return r;
    }
    return -1;
}

void JobsModel::cancel(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].state != Running)
        return;
    if (!isCancellable(row))
        return;
    m_rows[row].cancelRequested = true;
    m_rows[row].job->cancel(); // finished() follows from the event loop
}

void JobsModel::cancelAll()
{
    for (int r = 0; r < m_rows.size(); ++r)
        cancel(r);
}

void JobsModel::clearFinished()
{
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        if (m_rows[r].state == Running)
            continue;
        beginRemoveRows({}, r, r);
        QObject *job = jobObject(r);
        m_rows.removeAt(r);
        endRemoveRows();
        job->deleteLater();
    }
}

JobsModel::State JobsModel::state(int row) const { return m_rows.value(row).state; }

InstallJob *JobsModel::job(int row) const { return m_rows.value(row).job; }

ChangeJob *JobsModel::changeJob(int row) const { return m_rows.value(row).change; }

bool JobsModel::isCancellable(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].job && m_rows[row].state == Running;
}

bool JobsModel::isChanging() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.change && r.state == Running; });
}

int JobsModel::runningCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.state == Running; }));
}

void JobsModel::onProgress(InstallJob *job, InstallJob::Stage stage, qint64 done, qint64 total)
{
    const int r = rowOf(job);
    if (r < 0)
        return;
    Row &row = m_rows[r];
    if (row.stage != stage) {
        row.rate = -1;
        row.eta = -1;
    }
    row.stage = stage;
    row.done = done;
    row.total = total;
    DownloadJob *download = job->downloadJob();
    if (stage == InstallJob::Stage::Download && download && row.watched != download) {
        row.watched = download;
        connect(download, &DownloadJob::progressChanged, this, [this, job](qint64, qint64, qint64 rate, qint64 eta) {
            const int at = rowOf(job);
            if (at < 0 || m_rows[at].stage != InstallJob::Stage::Download)
                return;
            m_rows[at].rate = rate;
            m_rows[at].eta = eta;
            rowChanged(at);
        });
    }
    rowChanged(r);
}

void JobsModel::onFinished(InstallJob *job)
{
    const int r = rowOf(job);
    if (r < 0)
        return;
    Row &row = m_rows[r];
    const Result<QString> &result = job->result();
    row.state = result ? Succeeded : (row.cancelRequested ? Cancelled : Failed);
    row.outcome = result ? result.value() : result.error();
    row.rate = -1;
    row.eta = -1;
    rowChanged(r);
    Q_EMIT jobFinished(r);
    if (result)
        Q_EMIT succeeded(row.side, result.value());
}

void JobsModel::onChangeFinished(ChangeJob *job)
{
    const int r = rowOf(job);
    if (r < 0)
        return;
    Row &row = m_rows[r];
    const Result<void> &result = job->result();
    row.state = result ? Succeeded : Failed;
    if (!result) {
        row.outcome = result.error();
    } else {
        QStringList parts;
        if (!job->changeSet().id.isEmpty())
            parts.append(tr("change set %1").arg(job->changeSet().id));
        if (!job->restarted().isEmpty())
            parts.append(tr("restarted %1").arg(job->restarted().join(QStringLiteral(", "))));
        if (!job->pending().isEmpty())
            parts.append(tr("takes effect when %1 restarts").arg(job->pending().join(QStringLiteral(", "))));
        parts.append(job->notes());
        row.outcome = parts.join(QStringLiteral("; "));
    }
    rowChanged(r);
    Q_EMIT jobFinished(r);
    Q_EMIT changeFinished(job);
}

void JobsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void JobsModel::rowChanged(int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); }

int JobsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int JobsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString JobsModel::stateText(const Row &row) const
{
    if (row.change)
        return changeStateText(row);
    switch (row.state) {
    case Running:
        return InstallJob::stageText(row.stage);
    case Succeeded:
        return tr("Installed");
    case Failed:
        return tr("Failed");
    case Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString JobsModel::changeStateText(const Row &row) const
{
    switch (row.state) {
    case Running:
        return row.changeStage == ChangeJob::Stage::Writing ? tr("Writing changes") : tr("Restarting distros");
    case Succeeded:
        switch (row.change->kind()) {
        case ChangeJob::Kind::Apply:
            return tr("Applied");
        case ChangeJob::Kind::Undo:
            return tr("Undone");
        case ChangeJob::Kind::Restart:
            return tr("Restarted");
        }
        break;
    case Failed:
    case Cancelled:
        return tr("Failed");
    }
    return {};
}

QString JobsModel::progressText(const Row &row) const
{
    if (row.state != Running || row.change)
        return row.outcome;
    const QLocale locale;
    if (row.total <= 0 && row.done <= 0)
        return {};
    QString text = row.total > 0
        ? tr("%1 of %2").arg(locale.formattedDataSize(row.done), locale.formattedDataSize(row.total))
        : locale.formattedDataSize(row.done);
    if (row.rate > 0)
        text += QStringLiteral(" · ") + tr("%1/s").arg(locale.formattedDataSize(row.rate));
    if (row.eta >= 0) {
        const QString eta = QStringLiteral("%1:%2").arg(row.eta / 60).arg(row.eta % 60, 2, 10, QLatin1Char('0'));
        text += QStringLiteral(" · ") + tr("%1 left").arg(eta);
    }
    return text;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case StatusRole:
        return int(row.state);
    case SideIdRole:
        return row.side;
    case BytesDoneRole:
        return row.done;
    case BytesTotalRole:
        return row.total;
    case SortRole:
        return index.row();
    case Qt::ToolTipRole:
        if (index.column() == ProgressColumn || index.column() == StateColumn)
            return row.state == Running ? stateText(row) : row.outcome;
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == ProgressColumn && row.state == Running)
            return QString(stateText(row) + QStringLiteral(", ") + progressText(row));
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case VersionColumn:
        return row.version;
    case SideColumn: {
        if (row.change)
            return row.side;
        const Result<SideId> id = SideId::parse(row.side);
        return id ? sideDisplayName(*id) : row.side;
    }
    case StateColumn:
        return stateText(row);
    case ProgressColumn:
        return progressText(row);
    case ActionColumn:
        return {};
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Job");
    case SideColumn:
        return tr("Side");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case ActionColumn:
        return QString();
    }
    return {};
}

} // namespace GoDual
