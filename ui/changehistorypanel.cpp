#include "changehistorypanel.h"

#include "background.h"
#include "changehistorymodel.h"
#include "write/changejournal.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace GoDual {

ChangeHistoryPanel::ChangeHistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangeHistoryModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_undo(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChangeHistoryPanel::syncButtons);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] { m_undo->click(); });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const int row = m_view->currentIndex().row();
        if (m_model->canUndo(row) && !m_busy)
            Q_EMIT undoRequested(m_model->entry(row)->set.id);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_undo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    retranslate();
    syncButtons();
}

void ChangeHistoryPanel::reload()
{
    const QString stateDir = ChangeJournal::defaultStateDir();
    runInBackground(
        this, [stateDir] { return ChangeJournal(stateDir).history(); },
        [this](const Result<QList<ChangeJournal::Entry>> &history) {
            m_model->setEntries(history ? *history : QList<ChangeJournal::Entry> {});
            m_error = history ? QString() : history.error();
            m_view->resizeColumnsToContents();
            if (m_model->rowCount() > 0)
                m_view->selectRow(0);
            syncButtons();
            Q_EMIT loaded();
        });
}

void ChangeHistoryPanel::setBusy(bool busy)
{
    m_busy = busy;
    syncButtons();
}

void ChangeHistoryPanel::syncButtons()
{
    m_undo->setEnabled(!m_busy && m_model->canUndo(m_view->currentIndex().row()));
    if (!m_error.isEmpty())
        m_status->setText(m_error);
    else
        m_status->setText(m_model->rowCount() == 0 ? tr("GoDual has changed nothing on this machine yet.") : QString());
}

void ChangeHistoryPanel::retranslate()
{
    m_undo->setText(tr("&Undo…"));
    m_undo->setToolTip(tr("Restore every file and registry value this change set changed, byte for byte"));
    m_view->setAccessibleName(tr("Change history"));
    m_model->retranslate();
    syncButtons();
}

void ChangeHistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace GoDual
