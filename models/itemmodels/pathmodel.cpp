#include "itemmodels/pathmodel.h"

#include "itemmodels/modelroles.h"

namespace GoDual {

PathModel::PathModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PathModel::setSide(const Side &side)
{
    beginResetModel();
    m_entries = side.path;
    m_goName = side.id.kind() == SideId::Kind::Windows ? QStringLiteral("go.exe") : QStringLiteral("go");
    m_status.clear();
    bool won = false;
    for (const PathEntry &e : std::as_const(m_entries)) {
        // The shell runs the first `go`; every later folder holding one is shadowed by it.
        if (e.goName != m_goName || e.duplicate) {
            m_status.append(NoGo);
        } else {
            m_status.append(won ? GoShadowed : GoWins);
            won = true;
        }
    }
    endResetModel();
}

int PathModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

int PathModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString PathModel::notes(const PathEntry &e, GoStatus status) const
{
    QStringList parts;
    if (status == GoWins)
        parts.append(tr("%1 runs from here").arg(m_goName));
    else if (status == GoShadowed)
        parts.append(tr("%1 here is shadowed").arg(m_goName));
    else if (!e.goName.isEmpty())
        parts.append(tr("has %1").arg(e.goName));
    if (!e.exists)
        parts.append(tr("missing"));
    if (e.duplicate)
        parts.append(tr("repeated"));
    if (e.onWindowsDrive)
        parts.append(tr("Windows drive"));
    return parts.join(QStringLiteral(", "));
}

QVariant PathModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PathEntry &e = m_entries[index.row()];
    const GoStatus status = m_status[index.row()];
    switch (role) {
    case StatusRole:
        return int(status);
    case OriginRole:
        return e.origin.toString();
    case Qt::ToolTipRole:
        return e.realPath.isEmpty() || e.realPath == e.value ? e.value
                                                             : tr("%1 (links to %2)").arg(e.value, e.realPath);
    case SortRole:
        switch (index.column()) {
        case OrderColumn:
            return index.row();
        case GoColumn:
            return int(status);
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case OrderColumn:
            return index.row() + 1;
        case FolderColumn:
            return e.value;
        case GoColumn:
            return notes(e, status);
        case OriginColumn:
            return e.origin.toString();
        }
        return {};
    }
    return {};
}

QVariant PathModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderColumn:
        return tr("#");
    case FolderColumn:
        return tr("Folder");
    case GoColumn:
        return tr("Notes");
    case OriginColumn:
        return tr("Added by");
    }
    return {};
}

} // namespace GoDual
