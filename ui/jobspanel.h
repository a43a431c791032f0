#pragma once

#include <QStyledItemDelegate>
#include <QWidget>

class QPushButton;
class QTableView;

namespace GoDual {

class JobsModel;

// Paints a running job's progress cell as a progress bar with the model's text (bytes, rate,
// ETA); a finished job's cell as plain text (the GOROOT or the failure).
class JobProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// The jobs panel: every install of this session with its progress, a Cancel button on each
// running job and "Clear finished". It only shows the model; the jobs run on their own.
class JobsPanel : public QWidget {
    Q_OBJECT

public:
    explicit JobsPanel(JobsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void syncButtons();

    JobsModel *m_model;
    QTableView *m_view;
    QPushButton *m_clear;
};

} // namespace GoDual
