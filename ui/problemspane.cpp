#include "problemspane.h"

#include "diagnosticsdocs.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/modelroles.h"
#include "statusdelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace GoDual {

ProblemsPane::ProblemsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_fix(new QPushButton(this))
    , m_fixAll(new QPushButton(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("problemsFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *delegate = new StatusDelegate({}, {}, {}, m_view);
    delegate->setSeverityIconColumn(FindingsModel::SeverityColumn);
    m_view->setItemDelegate(delegate);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProblemsPane::showDetails);

    m_details->setObjectName(QStringLiteral("problemDetails"));
    m_details->setOpenExternalLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("problemsSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_fixAll->setObjectName(QStringLiteral("fixAllButton"));
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (const int row = currentRow(); m_fixable.value(row))
            Q_EMIT fixRequested(*m_model->finding(row));
    });
    connect(m_fixAll, &QPushButton::clicked, this, &ProblemsPane::fixAllRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProblemsPane::syncButtons);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_fix);
    top->addWidget(m_fixAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter);
    retranslate();
}

void ProblemsPane::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter problems"));
    m_filter->setAccessibleName(tr("Filter problems"));
    m_view->setAccessibleName(tr("Problems"));
    m_details->setAccessibleName(tr("Problem details"));
    m_fix->setText(tr("&Fix…"));
    m_fix->setToolTip(tr("Preview GoDual's fix of the selected problem"));
    m_fixAll->setText(tr("Fix &all…"));
    m_fixAll->setToolTip(tr("Preview the fixes of every problem GoDual can fix, as one change"));
}

void ProblemsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProblemsPane::setFindings(const QList<Finding> &findings, const QList<bool> &fixable)
{
    m_fixable = fixable;
    m_model->setFindings(findings);
    m_view->resizeColumnsToContents();
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    else
        m_details->setPlainText(findings.isEmpty() ? tr("No problems found.") : QString());
    syncButtons();
}

void ProblemsPane::setFilterText(const QString &text) { m_filter->setText(text); }

void ProblemsPane::setFixEnabled(bool enabled)
{
    m_fixEnabled = enabled;
    syncButtons();
}

// The model's row of the selected finding (the model keeps the order setFindings() got, so it
// also indexes m_fixable); -1 when none is selected.
int ProblemsPane::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

void ProblemsPane::syncButtons()
{
    m_fix->setEnabled(m_fixEnabled && m_fixable.value(currentRow()));
    m_fixAll->setEnabled(m_fixEnabled && m_fixable.contains(true));
}

void ProblemsPane::showDetails()
{
    const int row = currentRow();
    const Finding *f = m_model->finding(row);
    if (!f) {
        m_details->clear();
        return;
    }
    QString md = QStringLiteral("### ") + FindingsModel::severityText(f->severity) + QStringLiteral(": `") + f->id
        + QStringLiteral("` (") + f->side.toString() + QStringLiteral(")\n\n") + f->message + QStringLiteral("\n\n");
    if (!f->evidence.isEmpty()) {
        md += QStringLiteral("**") + tr("Evidence") + QStringLiteral("**\n\n");
        for (const QString &e : f->evidence)
            md += QStringLiteral("- `") + e + QStringLiteral("`\n");
        md += u'\n';
    }
    if (!f->fix.isEmpty())
        md += QStringLiteral("**") + tr("How to fix it") + QStringLiteral("**\n\n") + f->fix + QStringLiteral("\n\n");
    if (m_fixable.value(row))
        md += tr("GoDual can make this fix for you: **Fix…** shows every change first, and Change history undoes it.")
            + QStringLiteral("\n\n");
    const QString doc = DiagnosticsDocs::section(f->id);
    if (!doc.isEmpty())
        md += QStringLiteral("---\n\n") + doc + u'\n';
    m_details->setMarkdown(md);
}

} // namespace GoDual
