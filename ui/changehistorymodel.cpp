#include "changehistorymodel.h"

#include "itemmodels/modelroles.h"
#include "itemmodels/sidename.h"

#include <QLocale>

namespace GoDual {

ChangeHistoryModel::ChangeHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChangeHistoryModel::setEntries(const QList<ChangeJournal::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const ChangeJournal::Entry *ChangeHistoryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

bool ChangeHistoryModel::canUndo(int row) const
{
    const ChangeJournal::Entry *e = entry(row);
    return e && e->status == ChangeJournal::Status::Applied;
}

void ChangeHistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ChangeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeHistoryModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ChangeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeJournal::Entry &e = m_entries[index.row()];
    const bool undone = e.status == ChangeJournal::Status::Undone;
    switch (role) {
    case Qt::DisplayRole:
        break;
    case Qt::ToolTipRole:
        return index.column() == SummaryColumn ? tr("Change set %1").arg(e.set.id) : QVariant();
    case SortRole:
        return index.column() == TimeColumn ? QVariant(e.set.time) : data(index, Qt::DisplayRole);
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(e.set.time.toLocalTime(), QLocale::ShortFormat);
    case SummaryColumn:
        return e.set.summary;
    case SidesColumn:
        return sideDisplayNames(e.set.sides());
    case StateColumn:
        return undone ? tr("Undone") : tr("Applied");
    }
    return {};
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SummaryColumn:
        return tr("Change");
    case SidesColumn:
        return tr("Sides");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace GoDual
