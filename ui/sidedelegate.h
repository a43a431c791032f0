#pragma once

#include "statusdelegate.h"

namespace GoDual {

// The sides list: the side's kind as an icon (a stopped distro greyed), and the problem count as
// a badge in the colour of the worst finding's severity. Reads the shared roles only.
class SideDelegate : public StatusDelegate {
    Q_OBJECT

public:
    explicit SideDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badge colour for a Finding::Severity (as int).
    static QColor badgeColor(int severity);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace GoDual
