#pragma once

#include "snapshot.h"

#include <QAbstractTableModel>

namespace GoDual {

// One side's PATH in lookup order: where each entry comes from, whether it exists, whether it is
// a Windows drive inside a distro, repeats, and which entries hold a `go`, the winner marked and
// the others shadowed. Fed with setSide().
class PathModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { OrderColumn, FolderColumn, GoColumn, OriginColumn, ColumnCount };
    // StatusRole values: what the entry means for `go`.
    enum GoStatus { NoGo, GoWins, GoShadowed };

    explicit PathModel(QObject *parent = nullptr);

    void setSide(const Side &side);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString notes(const PathEntry &entry, GoStatus status) const;

    QList<PathEntry> m_entries;
    QList<GoStatus> m_status;
    QString m_goName;
};

} // namespace GoDual
