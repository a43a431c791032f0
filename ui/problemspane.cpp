#include "problemspane.h"

#include "diagnosticsdocs.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/modelroles.h"
#include "statusdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(splitter);
    retranslate();
}

void ProblemsPane::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter problems"));
    m_filter->setAccessibleName(tr("Filter problems"));
    m_view->setAccessibleName(tr("Problems"));
    m_details->setAccessibleName(tr("Problem details"));
}

void ProblemsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProblemsPane::setFindings(const QList<Finding> &findings)
{
    m_model->setFindings(findings);
    m_view->resizeColumnsToContents();
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    else
        m_details->setPlainText(findings.isEmpty() ? tr("No problems found.") : QString());
}

void ProblemsPane::setFilterText(const QString &text) { m_filter->setText(text); }

void ProblemsPane::showDetails()
{
    const QModelIndex index = m_view->currentIndex();
    const Finding *f = index.isValid() ? m_model->finding(m_proxy->mapToSource(index).row()) : nullptr;
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
    const QString doc = DiagnosticsDocs::section(f->id);
    if (!doc.isEmpty())
        md += QStringLiteral("---\n\n") + doc + u'\n';
    m_details->setMarkdown(md);
}

} // namespace GoDual
