#pragma once

#include "gorelease.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace GoDual {

// The releases of the Go release index, one row each, in the index's order (newest first):
// version, stable or pre-release, and whether an archive exists for the os/arch pairs given with
// setPlatforms(). Fed with setReleases(); never reads anything itself.
class ReleaseListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { VersionColumn, ChannelColumn, ArchivesColumn, ColumnCount };
    enum Status { Stable, Prerelease };

    explicit ReleaseListModel(QObject *parent = nullptr);

    void setReleases(const QList<GoRelease> &releases);
    // "os/arch" pairs of the sides that may receive the release, e.g. "linux/amd64".
    void setPlatforms(const QStringList &platforms);
    const GoRelease *release(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString archivesText(const GoRelease &release) const;

    QList<GoRelease> m_releases;
    QStringList m_platforms;
};

// Stable releases only unless showAll is set, and a case-insensitive search on the version name
// ("1.22" finds go1.22.0 ... go1.22.12). Sorts by SortRole.
class ReleaseFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ReleaseFilterModel(QObject *parent = nullptr);

    bool showAll() const { return m_showAll; }
    void setShowAll(bool all);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showAll = false;
    QString m_search;
};

} // namespace GoDual
