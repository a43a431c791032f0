#include "sidedelegate.h"

#include "finding.h"
#include "icons.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/sidelistmodel.h"

#include <QApplication>
#include <QPainter>

namespace GoDual {

SideDelegate::SideDelegate(QObject *parent)
    : StatusDelegate({}, { int(Side::State::Stopped) }, {}, parent)
{
}

QColor SideDelegate::badgeColor(int severity)
{
    switch (Finding::Severity(severity)) {
    case Finding::Severity::Error:
        return QColor(214, 48, 49);
    case Finding::Severity::Warning:
        return QColor(214, 137, 0);
    case Finding::Severity::Info:
        break;
    }
    return QColor(46, 123, 207);
}

void SideDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    StatusDelegate::initStyleOption(option, index);
    if (index.column() != SideListModel::NameColumn)
        return;
    const Result<SideId> id = SideId::parse(index.data(SideIdRole).toString());
    if (!id)
        return;
    Side side;
    side.id = *id;
    side.state = Side::State(index.data(StatusRole).toInt());
    option->icon = Icons::side(side);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}

void SideDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != SideListModel::ProblemsColumn)
        return StatusDelegate::paint(painter, option, index);
    const int count = index.data().toInt();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (count <= 0)
        return;

    const QString text = QLocale().toString(count);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    const int width = qMax(height, metrics.horizontalAdvance(text) + height / 2 + 4);
    QRect badge(0, 0, width, height);
    badge.moveCenter(option.rect.center());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColor(index.data(SeverityRole).toInt()));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize SideDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = StatusDelegate::sizeHint(option, index);
    if (index.column() == SideListModel::ProblemsColumn)
        size.setWidth(qMax(size.width(), option.fontMetrics.height() * 3));
    return size;
}

} // namespace GoDual
