#include "itemmodels/environmentmodel.h"

#include "diagnosis/sidepaths.h"
#include "drvfspath.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/sidename.h"
#include "wslenv.h"

namespace GoDual {

EnvironmentModel::EnvironmentModel(QObject *parent)
    : SideColumnsModel(parent)
{
}

const QStringList &EnvironmentModel::variables()
{
    static const QStringList names { QStringLiteral("GOROOT"), QStringLiteral("GOPATH"), QStringLiteral("GOBIN"),
        QStringLiteral("GOTOOLCHAIN"), QStringLiteral("GOPROXY"), QStringLiteral("GOSUMDB"), QStringLiteral("GOFLAGS"),
        QStringLiteral("WSLENV"), QStringLiteral("go") };
    return names;
}

// What WSL makes of the list, read by the one WSLENV parser: entries it skips and Go variables that
// cross the boundary (the same test as the wslenv-forwards-go-vars rule).
void EnvironmentModel::addWslEnvNotes(Cell &cell, const QString &wslenv)
{
    for (const WslEnvEntry &entry : parseWslEnv(wslenv)) {
        if (entry.skipped) {
            cell.notes.append(tr("WSL ignores %1 (unknown flag)").arg(entry.text));
        } else if (boundaryGoVariables().contains(entry.name) && entry.crossesBoundary()) {
            cell.notes.append(tr("%1 crosses the WSL boundary").arg(entry.name));
            cell.status = Conflict;
        }
    }
}

EnvironmentModel::Cell EnvironmentModel::cellFor(const Side &side, const QString &variable)
{
    Cell cell;
    if (variable == QLatin1StringView("go")) {
        if (side.active) {
            cell.value = side.active->path;
            cell.origin = side.active->version;
            cell.status = Normal;
            if (side.active->kind == QLatin1StringView("pe") && side.id.kind() != SideId::Kind::Windows) {
                cell.status = Conflict;
                cell.notes.append(tr("a Windows program inside the distro"));
            }
        }
        return cell;
    }
    const auto it = side.env.constFind(variable);
    if (it == side.env.cend())
        return cell;
    cell.value = it->value;
    cell.origin = it->origin.toString();
    cell.status = Normal;
    for (const OverriddenValue &o : it->overridden) {
        cell.notes.append(tr("overrides %1").arg(o.toString()));
        if (o.value != it->value)
            cell.status = Conflict;
    }
    const auto fileValue = side.goEnvFileValues.constFind(variable);
    if (fileValue != side.goEnvFileValues.cend() && fileValue->origin != it->origin && fileValue->value != it->value) {
        cell.notes.append(tr("the go env file says %1 (%2)").arg(fileValue->value, fileValue->origin.toString()));
        cell.status = Conflict;
    }
    if (variable == QLatin1StringView("GOROOT") && side.active && !side.active->goroot.isEmpty()
        && !SidePaths::same(side, side.active->goroot, it->value) && !SidePaths::installAt(side, it->value)) {
        cell.notes.append(tr("no toolchain found there"));
        cell.status = Conflict;
    } else if (variable == QLatin1StringView("GOROOT") && side.active && !side.active->goroot.isEmpty()) {
        const GoInstall *named = SidePaths::installAt(side, it->value);
        if (named && !SidePaths::same(side, named->goroot, side.active->goroot)) {
            cell.notes.append(tr("the go on PATH belongs to %1").arg(side.active->goroot));
            cell.status = Conflict;
        }
    }
    const bool pathVariable = variable == QLatin1StringView("GOROOT") || variable == QLatin1StringView("GOPATH")
        || variable == QLatin1StringView("GOBIN");
    const bool crosses = side.id.kind() == SideId::Kind::Windows
        ? SidePaths::isWslUncPath(it->value)
        : (SidePaths::isWindowsDrivePath(it->value) || DrvFsPath::isWindowsDrive(it->value, side.automountRoot));
    if (pathVariable && crosses) {
        cell.notes.append(tr("on the other side of the WSL boundary"));
        cell.status = Conflict;
    }
    if (variable == QLatin1StringView("WSLENV"))
        addWslEnvNotes(cell, it->value);
    return cell;
}

void EnvironmentModel::setSnapshot(const Snapshot &snapshot)
{
    beginResetModel();
    m_cells.clear();
    setSides(snapshot.sides);
    for (const QString &variable : variables()) {
        QList<Cell> row;
        for (const Side &side : snapshot.sides)
            row.append(cellFor(side, variable));
        m_cells.append(row);
    }
    endResetModel();
}

int EnvironmentModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_cells.size()); }

QVariant EnvironmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &cell = m_cells[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return cell.value;
    case OriginRole:
        return cell.origin;
    case StatusRole:
        return int(cell.status);
    case EvidenceRole:
        return cell.notes;
    case Qt::ToolTipRole: {
        if (cell.status == Unset)
            return tr("not set on %1").arg(sideName(index.column()));
        QStringList lines { tr("from %1").arg(cell.origin) };
        lines.append(cell.notes);
        return lines.join(u'\n');
    }
    }
    return sideData(index, role);
}

QVariant EnvironmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return SideColumnsModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole || section < 0 || section >= variables().size())
        return {};
    return section == variables().size() - 1 ? tr("go on PATH") : variables()[section];
}

} // namespace GoDual
