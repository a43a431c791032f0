#include "itemmodels/sidename.h"

#include <QCoreApplication>

namespace GoDual {

QString sideDisplayName(const Side &side)
{
    switch (side.id.kind()) {
    case SideId::Kind::Windows:
        return QCoreApplication::translate("GoDual::SideName", "Windows");
    case SideId::Kind::Local:
        return QCoreApplication::translate("GoDual::SideName", "This machine");
    case SideId::Kind::Wsl:
        break;
    }
    return side.name.isEmpty() ? side.id.distro() : side.name;
}

QString sideDisplayName(const SideId &id)
{
    Side side;
    side.id = id;
    return sideDisplayName(side);
}

QString sideDisplayNames(const QList<SideId> &ids)
{
    QStringList names;
    for (const SideId &id : ids)
        names.append(sideDisplayName(id));
    return names.join(QStringLiteral(", "));
}

} // namespace GoDual
