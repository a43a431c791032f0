#pragma once

#include "finding.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace GoDual {

class FindingsModel;

// The Problems tab: the findings, filterable and sortable by severity and side, and a detail pane
// with the message, the evidence, the fix in words and the catalogue's entry for the id. Fixes
// themselves get their own buttons here in a later release (the detail pane is where they go).
class ProblemsPane : public QWidget {
    Q_OBJECT

public:
    explicit ProblemsPane(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    QTableView *view() const { return m_view; }
    QTextBrowser *details() const { return m_details; }
    void setFilterText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDetails();

    FindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QTextBrowser *m_details;
};

} // namespace GoDual
