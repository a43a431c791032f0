#pragma once

#include <QStyledItemDelegate>

namespace GoDual {

// Marks cells by the shared roles (SeverityRole, StatusRole), so one delegate serves every pane:
// errors and conflicts in the palette's error colour, the Go that runs in bold, shadowed ones
// greyed. It reads role numbers only, never a model's type.
class StatusDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    // Which StatusRole values mean "stands out" (bold) and "muted" (grey), per model.
    StatusDelegate(QList<int> emphasised, QList<int> muted, QList<int> alarming, QObject *parent = nullptr);
    // Shows the severity icon in this column (-1: nowhere).
    void setSeverityIconColumn(int column) { m_severityIconColumn = column; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QList<int> m_emphasised;
    QList<int> m_muted;
    QList<int> m_alarming;
    int m_severityIconColumn = -1;
};

} // namespace GoDual
