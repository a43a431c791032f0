#include "itemmodels/installsmatrixmodel.h"

#include "goversion.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/sidename.h"

#include <algorithm>

namespace GoDual {

InstallsMatrixModel::InstallsMatrixModel(QObject *parent)
    : SideColumnsModel(parent)
{
}

void InstallsMatrixModel::setSnapshot(const Snapshot &snapshot)
{
    beginResetModel();
    m_versions.clear();
    m_cells.clear();
    setSides(snapshot.sides);
    for (const Side &side : snapshot.sides) {
        for (const GoInstall &i : side.installs) {
            if (!m_versions.contains(i.version))
                m_versions.append(i.version);
        }
    }
    // Newest first by Go's own order; names that are not Go versions go last, by text.
    std::sort(m_versions.begin(), m_versions.end(), [](const QString &a, const QString &b) {
        const auto va = GoVersion::parse(a);
        const auto vb = GoVersion::parse(b);
        if (va && vb)
            return *va > *vb;
        if (va || vb)
            return bool(va);
        return a < b;
    });
    for (const QString &version : std::as_const(m_versions)) {
        QList<Cell> row;
        for (const Side &side : snapshot.sides) {
            Cell cell;
            for (const GoInstall &i : side.installs) {
                if (i.version != version)
                    continue;
                cell.goroots.append(i.goroot);
                cell.sources.append(i.source);
                const bool active = side.active && side.active->goroot == i.goroot;
                cell.status = active ? Active : (cell.status == Active ? Active : Installed);
            }
            row.append(cell);
        }
        m_cells.append(row);
    }
    endResetModel();
}

int InstallsMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

QVariant InstallsMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &cell = m_cells[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
        switch (cell.status) {
        case Absent:
            return QString();
        case Installed:
            return tr("installed");
        case Active:
            return tr("active");
        }
        return {};
    case Qt::ToolTipRole: {
        if (cell.status == Absent)
            return tr("%1 is not installed on %2").arg(m_versions[index.row()], sideName(index.column()));
        QStringList lines;
        for (qsizetype i = 0; i < cell.goroots.size(); ++i)
            lines.append(tr("%1 (%2)").arg(cell.goroots[i], cell.sources[i]));
        return lines.join(u'\n');
    }
    case StatusRole:
    case SortRole:
        return int(cell.status);
    case OriginRole:
        return cell.goroots.join(u'\n');
    }
    return sideData(index, role);
}

QVariant InstallsMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return SideColumnsModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_versions.size())
        return {};
    if (role == SortRole)
        return section; // rows are already in Go's version order
    return role == Qt::DisplayRole ? QVariant(m_versions[section]) : QVariant();
}

} // namespace GoDual
