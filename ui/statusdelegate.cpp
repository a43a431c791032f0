#include "statusdelegate.h"

#include "finding.h"
#include "icons.h"
#include "itemmodels/modelroles.h"

namespace GoDual {

StatusDelegate::StatusDelegate(QList<int> emphasised, QList<int> muted, QList<int> alarming, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_emphasised(std::move(emphasised))
    , m_muted(std::move(muted))
    , m_alarming(std::move(alarming))
{
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant status = index.data(StatusRole);
    const QVariant severity = index.data(SeverityRole);
    // A red that reads on light and dark palettes alike; muted text comes from the palette.
    const QColor alarm(214, 48, 49);
    if (status.isValid()) {
        const int s = status.toInt();
        if (m_emphasised.contains(s))
            option->font.setBold(true);
        if (m_muted.contains(s))
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        if (m_alarming.contains(s))
            option->palette.setColor(QPalette::Text, alarm);
    }
    if (severity.isValid() && severity.toInt() == int(Finding::Severity::Error))
        option->palette.setColor(QPalette::Text, alarm);
    if (severity.isValid() && index.column() == m_severityIconColumn && severity.toInt() >= 0) {
        option->icon = Icons::severity(severity.toInt());
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }
}

} // namespace GoDual
