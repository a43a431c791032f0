#pragma once

#include "finding.h"

#include <QAbstractTableModel>

namespace GoDual {

// The findings of a diagnosis, one row each; the detail pane reads message, evidence and fix
// through roles. Fed with setFindings().
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SeverityColumn, SideColumn, IdColumn, MessageColumn, ColumnCount };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const Finding *finding(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(Finding::Severity severity);

private:
    QList<Finding> m_findings;
};

} // namespace GoDual
