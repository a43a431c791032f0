#pragma once

#include "itemmodels/sidecolumnsmodel.h"

namespace GoDual {

// Go versions against sides: one row per version found anywhere (newest first), one column per
// side; a cell says whether that side has it installed and whether it is the one that runs.
class InstallsMatrixModel : public SideColumnsModel {
    Q_OBJECT

public:
    // StatusRole values of a cell.
    enum CellStatus { Absent, Installed, Active };

    explicit InstallsMatrixModel(QObject *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell {
        CellStatus status = Absent;
        QStringList goroots; // a side may hold one version twice (e.g. /usr/local/go and ~/sdk)
        QStringList sources;
    };

    QStringList m_versions; // row labels, newest first
    QList<QList<Cell>> m_cells; // [row][column]
};

} // namespace GoDual
