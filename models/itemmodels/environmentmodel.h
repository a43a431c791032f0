#pragma once

#include "itemmodels/sidecolumnsmodel.h"

namespace GoDual {

// The Go environment side by side: one row per variable (GOROOT, GOPATH, GOBIN, GOTOOLCHAIN,
// GOPROXY, GOSUMDB, GOFLAGS, WSLENV and the `go` that runs), one column per side. A cell shows
// the value; its origin and the assignments it overrode are in roles and the tooltip; cells whose
// value conflicts within the side or crosses the WSL boundary are marked (StatusRole).
class EnvironmentModel : public SideColumnsModel {
    Q_OBJECT

public:
    enum CellStatus { Normal, Unset, Conflict };

    explicit EnvironmentModel(QObject *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);
    static const QStringList &variables();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell {
        QString value;
        QString origin;
        QStringList notes; // overridden assignments and why the cell is marked
        CellStatus status = Unset;
    };
    static Cell cellFor(const Side &side, const QString &variable);
    static void addWslEnvNotes(Cell &cell, const QString &wslenv);

    QList<QList<Cell>> m_cells; // [variable][side]
};

} // namespace GoDual
