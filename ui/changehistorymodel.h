#pragma once

#include "write/changejournal.h"

#include <QAbstractTableModel>

namespace GoDual {

// The change sets GoDual applied on this machine (ChangeJournal::history()), newest first: time,
// summary, sides, and whether it was undone since.
class ChangeHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, SummaryColumn, SidesColumn, StateColumn, ColumnCount };

    explicit ChangeHistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<ChangeJournal::Entry> &entries);
    const ChangeJournal::Entry *entry(int row) const;
    // Whether the set of `row` is in effect and can be undone.
    bool canUndo(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ChangeJournal::Entry> m_entries;
};

} // namespace GoDual
