#include "itemmodels/sidelistmodel.h"

#include "itemmodels/modelroles.h"
#include "itemmodels/sidename.h"

namespace GoDual {

SideListModel::SideListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SideListModel::setSnapshot(const Snapshot &snapshot, const QList<Finding> &findings)
{
    beginResetModel();
    m_rows.clear();
    for (const Side &s : snapshot.sides) {
        Row row { s, 0, -1 };
        for (const Finding &f : findings) {
            if (f.side == s.id) {
                ++row.problems;
                row.worst = qMax(row.worst, int(f.severity));
            }
        }
        m_rows.append(row);
    }
    endResetModel();
}

const Side *SideListModel::side(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row].side : nullptr; }

int SideListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int SideListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString SideListModel::stateText(const Side &side) const
{
    if (side.id.kind() != SideId::Kind::Wsl)
        return side.scanned ? tr("Scanned") : tr("Not read");
    switch (side.state) {
    case Side::State::Running:
        return tr("Running");
    case Side::State::Stopped:
        return tr("Stopped");
    case Side::State::Installing:
        return tr("Installing");
    case Side::State::Uninstalling:
        return tr("Uninstalling");
    case Side::State::Converting:
        return tr("Converting");
    case Side::State::Exporting:
        return tr("Exporting");
    case Side::State::Unknown:
        break;
    }
    return tr("Unknown");
}

QVariant SideListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const Side &s = row.side;
    switch (role) {
    case SideIdRole:
        return s.id.toString();
    case SeverityRole:
        return row.worst;
    case StatusRole:
        return int(s.state);
    case Qt::ToolTipRole:
        if (!s.scanError.isEmpty())
            return s.scanError;
        return s.id.toString();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (index.column()) {
    case NameColumn: {
        if (sort)
            return QStringLiteral("%1%2").arg(int(s.id.kind())).arg(s.name.toLower());
        const QString name = sideDisplayName(s);
        return s.isDefault ? tr("%1 (default)").arg(name) : name;
    }
    case StateColumn:
        return sort ? QVariant(int(s.state)) : QVariant(stateText(s));
    case VersionColumn:
        if (s.id.kind() != SideId::Kind::Wsl || s.wslVersion == 0)
            return sort ? QVariant(0) : QVariant();
        return sort ? QVariant(s.wslVersion) : QVariant(tr("WSL %1").arg(s.wslVersion));
    case ProblemsColumn:
        return sort ? QVariant(row.worst * 100000 + row.problems) : QVariant(row.problems);
    }
    return {};
}

QVariant SideListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Side");
    case StateColumn:
        return tr("State");
    case VersionColumn:
        return tr("WSL");
    case ProblemsColumn:
        return tr("Problems");
    }
    return {};
}

} // namespace GoDual
