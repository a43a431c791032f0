#pragma once

#include "snapshot.h"

#include <QAbstractTableModel>

namespace GoDual {

// The common part of the models that put the sides side by side: one column per side, headed
// with its name for people; SideIdRole of a cell is its column's side. Subclasses fill the rows.
class SideColumnsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // Call between beginResetModel() and endResetModel().
    void setSides(const QList<Side> &sides);
    QVariant sideData(const QModelIndex &index, int role) const;
    const QString &sideName(int column) const { return m_sideNames[column]; }

private:
    QList<SideId> m_sides;
    QStringList m_sideNames;
};

} // namespace GoDual
