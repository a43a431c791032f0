#include "jobspanel.h"

#include "icons.h"
#include "itemmodels/modelroles.h"
#include "jobsmodel.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace GoDual {

void JobProgressDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int state = index.data(StatusRole).toInt();
    if (state == JobsModel::Failed)
        option->palette.setColor(QPalette::Text, QColor(214, 48, 49));
    if (state == JobsModel::Succeeded && index.column() == JobsModel::StateColumn)
        option->font.setBold(true);
}

void JobProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != JobsModel::ProgressColumn || index.data(StatusRole).toInt() != JobsModel::Running)
        return QStyledItemDelegate::paint(painter, option, index);
    const qint64 done = index.data(JobsModel::BytesDoneRole).toLongLong();
    const qint64 total = index.data(JobsModel::BytesTotalRole).toLongLong();
    QStyleOptionProgressBar bar;
    bar.initFrom(option.widget);
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.minimum = 0;
    // Unknown totals show as an empty bar with the byte count, not as a misleading percentage.
    bar.maximum = 1000;
    bar.progress = total > 0 ? int(qBound(qint64(0), done * 1000 / total, qint64(1000))) : 0;
    bar.text = index.data().toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

JobsPanel::JobsPanel(JobsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_clear(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setModel(model);
    m_view->setItemDelegate(new JobProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(JobsModel::ProgressColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(JobsModel::ActionColumn, QHeaderView::ResizeToContents);
    header->resizeSection(JobsModel::StateColumn, 220);

    m_clear->setObjectName(QStringLiteral("clearJobsButton"));
    connect(m_clear, &QPushButton::clicked, model, &JobsModel::clearFinished);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(model, &QAbstractItemModel::rowsInserted, this, &JobsPanel::syncButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &JobsPanel::syncButtons);
    connect(model, &JobsModel::jobFinished, this, &JobsPanel::syncButtons);
    retranslate();
    syncButtons();
}

// A Cancel button sits in each running job's last cell (a real button, so it takes focus and
// keys); finished jobs lose theirs.
void JobsPanel::syncButtons()
{
    bool anyFinished = false;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex cell = m_model->index(r, JobsModel::ActionColumn);
        const bool running = m_model->state(r) == JobsModel::Running;
        anyFinished = anyFinished || !running;
        auto *button = qobject_cast<QPushButton *>(m_view->indexWidget(cell));
        if (m_model->isCancellable(r) && !button) {
            button = new QPushButton(Icons::cancel(), tr("Cancel"));
            button->setObjectName(QStringLiteral("cancelJobButton"));
            InstallJob *job = m_model->job(r);
            button->setAccessibleName(
                tr("Cancel installing %1 on %2").arg(job->request().version.toString(), job->request().side));
            connect(button, &QPushButton::clicked, this, [this, job] {
                for (int at = 0; at < m_model->rowCount(); ++at) {
                    if (m_model->job(at) == job)
                        m_model->cancel(at);
                }
            });
            m_view->setIndexWidget(cell, button);
        } else if (!running && button) {
            m_view->setIndexWidget(cell, nullptr);
        }
    }
    m_clear->setEnabled(anyFinished);
}

void JobsPanel::retranslate()
{
    m_clear->setText(tr("Clear &finished"));
    m_view->setAccessibleName(tr("Jobs"));
    m_model->retranslate();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (auto *button = qobject_cast<QPushButton *>(m_view->indexWidget(m_model->index(r, JobsModel::ActionColumn))))
            button->setText(tr("Cancel"));
    }
}

void JobsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace GoDual
