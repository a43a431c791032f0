#pragma once

#include "finding.h"
#include "snapshot.h"

#include <QAbstractTableModel>

namespace GoDual {

// The sides of a snapshot, one row each: Windows, every distro, or the local machine, with state
// and the number of problems. Fed with setSnapshot(); never reads anything itself.
class SideListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, VersionColumn, ProblemsColumn, ColumnCount };

    explicit SideListModel(QObject *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot, const QList<Finding> &findings);
    const Side *side(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Side side;
        int problems = 0;
        int worst = -1; // Finding::Severity of the worst finding, -1 without any
    };
    QString stateText(const Side &side) const;

    QList<Row> m_rows;
};

} // namespace GoDual
