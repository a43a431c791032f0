#include "itemmodels/sidecolumnsmodel.h"

#include "itemmodels/modelroles.h"
#include "itemmodels/sidename.h"

namespace GoDual {

void SideColumnsModel::setSides(const QList<Side> &sides)
{
    m_sides.clear();
    m_sideNames.clear();
    for (const Side &side : sides) {
        m_sides.append(side.id);
        m_sideNames.append(sideDisplayName(side));
    }
}

int SideColumnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sides.size());
}

QVariant SideColumnsModel::sideData(const QModelIndex &index, int role) const
{
    if (role == SideIdRole && index.column() >= 0 && index.column() < m_sides.size())
        return m_sides[index.column()].toString();
    return {};
}

QVariant SideColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_sideNames.size())
        return m_sideNames[section];
    return {};
}

} // namespace GoDual
