#include "restartbanner.h"

#include "finding.h"
#include "icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace GoDual {

RestartBanner::RestartBanner(QWidget *parent)
    : QFrame(parent)
    , m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("restartBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The tooltip colours stand out from the window on every style and theme.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_rows->setContentsMargins(8, 4, 8, 4);
    hide();
}

void RestartBanner::setDistros(const QStringList &distros)
{
    m_distros = distros;
    rebuild();
}

void RestartBanner::setBusy(bool busy)
{
    m_busy = busy;
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setEnabled(!busy);
}

void RestartBanner::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item;
    }
    for (const QString &distro : std::as_const(m_distros)) {
        auto *row = new QHBoxLayout;
        auto *icon = new QLabel(this);
        icon->setPixmap(Icons::severity(int(Finding::Severity::Info)).pixmap(16, 16));
        auto *text = new QLabel(
            tr("A change takes effect in %1 when it restarts. Restarting ends the programs running in it.").arg(distro),
            this);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        auto *button = new QPushButton(tr("&Restart now"), this);
        button->setObjectName(QStringLiteral("restartNow-") + distro);
        button->setAccessibleName(tr("Restart %1 now").arg(distro));
        button->setEnabled(!m_busy);
        connect(button, &QPushButton::clicked, this, [this, distro] { Q_EMIT restartRequested(distro); });
        row->addWidget(icon);
        row->addWidget(text, 1);
        row->addWidget(button);
        m_rows->addLayout(row);
    }
    setVisible(!m_distros.isEmpty());
}

void RestartBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QFrame::changeEvent(event);
}

} // namespace GoDual
