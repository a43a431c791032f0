#include "itemmodels/releaselistmodel.h"

#include "itemmodels/modelroles.h"

namespace GoDual {

ReleaseListModel::ReleaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReleaseListModel::setReleases(const QList<GoRelease> &releases)
{
    beginResetModel();
    m_releases = releases;
    endResetModel();
}

void ReleaseListModel::setPlatforms(const QStringList &platforms)
{
    m_platforms = platforms;
    if (!m_releases.isEmpty())
        Q_EMIT dataChanged(index(0, ArchivesColumn), index(rowCount() - 1, ArchivesColumn));
}

const GoRelease *ReleaseListModel::release(int row) const
{
    return row >= 0 && row < m_releases.size() ? &m_releases[row] : nullptr;
}

int ReleaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_releases.size());
}

int ReleaseListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ReleaseListModel::archivesText(const GoRelease &release) const
{
    QStringList present;
    QStringList missing;
    for (const QString &platform : m_platforms) {
        const QStringView os = QStringView(platform).left(platform.indexOf(u'/'));
        const QStringView arch = QStringView(platform).mid(platform.indexOf(u'/') + 1);
        (release.archiveFor(os, arch) ? present : missing).append(platform);
    }
    if (missing.isEmpty())
        return present.join(QStringLiteral(", "));
    return tr("none for %1").arg(missing.join(QStringLiteral(", ")))
        + (present.isEmpty() ? QString() : QStringLiteral("; ") + present.join(QStringLiteral(", ")));
}

QVariant ReleaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GoRelease &r = m_releases[index.row()];
    switch (role) {
    case StatusRole:
        return int(r.stable ? Stable : Prerelease);
    case SortRole:
        // The index is newest first; a higher number sorts newer.
        if (index.column() == ChannelColumn)
            return r.stable ? 1 : 0;
        return int(m_releases.size() - index.row());
    case Qt::ToolTipRole:
        if (index.column() == ArchivesColumn)
            return archivesText(r);
        return r.version.toString();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case VersionColumn:
        return r.version.toString();
    case ChannelColumn:
        return r.stable ? tr("Stable") : tr("Pre-release");
    case ArchivesColumn:
        return archivesText(r);
    }
    return {};
}

QVariant ReleaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case ChannelColumn:
        return tr("Channel");
    case ArchivesColumn:
        return tr("Archives");
    }
    return {};
}

ReleaseFilterModel::ReleaseFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void ReleaseFilterModel::setShowAll(bool all)
{
    if (all == m_showAll)
        return;
    m_showAll = all;
    invalidateRowsFilter();
}

void ReleaseFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

bool ReleaseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex version = sourceModel()->index(sourceRow, ReleaseListModel::VersionColumn, sourceParent);
    if (!m_showAll && version.data(StatusRole).toInt() != ReleaseListModel::Stable)
        return false;
    return m_search.isEmpty() || version.data().toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace GoDual
