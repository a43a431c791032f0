#include "itemmodels/findingsmodel.h"

#include "itemmodels/modelroles.h"
#include "itemmodels/sidename.h"

namespace GoDual {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

const Finding *FindingsModel::finding(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings[row] : nullptr;
}

int FindingsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_findings.size()); }

int FindingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString FindingsModel::severityText(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return tr("Error");
    case Finding::Severity::Warning:
        return tr("Warning");
    case Finding::Severity::Info:
        return tr("Note");
    }
    return {};
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings[index.row()];
    switch (role) {
    case SeverityRole:
        return int(f.severity);
    case SideIdRole:
        return f.side.toString();
    case FindingIdRole:
        return f.id;
    case EvidenceRole:
        return f.evidence;
    case FixRole:
        return f.fix;
    case Qt::ToolTipRole:
        return f.message;
    case SortRole:
        // Severity sorts by rank, not by its translated name; the text columns sort as shown.
        if (index.column() == SeverityColumn)
            return int(f.severity);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(f.severity);
        case SideColumn:
            // As people name it ("Ubuntu", "This machine"); SideIdRole keeps the contract's id.
            return sideDisplayName(f.side);
        case IdColumn:
            return f.id;
        case MessageColumn:
            return f.message;
        }
        return {};
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case SideColumn:
        return tr("Side");
    case IdColumn:
        return tr("Problem");
    case MessageColumn:
        return tr("Details");
    }
    return {};
}

} // namespace GoDual
