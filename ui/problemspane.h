#pragma once

#include "finding.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace GoDual {

class FindingsModel;

// The Problems tab: the findings, filterable and sortable by severity and side, and a detail pane
// with the message, the evidence, the fix in words and the catalogue's entry for the id; "Fix…"
// for the selected finding and "Fix all…" for every fixable one ask the window to preview them.
class ProblemsPane : public QWidget {
    Q_OBJECT

public:
    explicit ProblemsPane(QWidget *parent = nullptr);

    // `fixable[i]`: GoDual has a safe fix for findings[i].
    void setFindings(const QList<Finding> &findings, const QList<bool> &fixable = {});
    // While a change runs, no other fix starts.
    void setFixEnabled(bool enabled);
    QPushButton *fixButton() const { return m_fix; }
    QPushButton *fixAllButton() const { return m_fixAll; }
    QTableView *view() const { return m_view; }
    QTextBrowser *details() const { return m_details; }
    void setFilterText(const QString &text);

Q_SIGNALS:
    void fixRequested(const GoDual::Finding &finding);
    void fixAllRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDetails();
    void syncButtons();
    int currentRow() const;

    FindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QTextBrowser *m_details;
    QPushButton *m_fix;
    QPushButton *m_fixAll;
    QList<bool> m_fixable;
    bool m_fixEnabled = true;
};

} // namespace GoDual
