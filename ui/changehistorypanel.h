#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace GoDual {

class ChangeHistoryModel;

// The Change history dock: every change set GoDual applied on this machine, newest first, with
// "Undo…" for the selected one that is still in effect. The journal is read off the GUI thread.
class ChangeHistoryPanel : public QWidget {
    Q_OBJECT

public:
    explicit ChangeHistoryPanel(QWidget *parent = nullptr);

    // Reads the journal again (in the background); loaded() follows.
    void reload();
    // While a change runs nothing else may be undone (one writer at a time).
    void setBusy(bool busy);
    QTableView *view() const { return m_view; }
    ChangeHistoryModel *model() const { return m_model; }

Q_SIGNALS:
    void undoRequested(const QString &changeSetId);
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void syncButtons();

    ChangeHistoryModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_undo;
    QString m_error; // the journal could not be read: why
    bool m_busy = false;
};

} // namespace GoDual
