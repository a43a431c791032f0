#include "write/machinechangetargets.h"

#include "write/linuxfilewriter.h"

namespace GoDual {

MachineChangeTargets::MachineChangeTargets(MachineSeams seams)
    : m_seams(std::move(seams))
{
}

Result<void> MachineChangeTargets::apply(const SideId &side, const QList<Change> &changes, Check check)
{
    switch (side.kind()) {
    case SideId::Kind::Local:
        return LinuxFileWriter().write(changes, check);
    case SideId::Kind::Wsl:
        if (m_seams.wsl.isEmpty())
            return Failure { tr("%1: there is no wsl.exe to write through").arg(side.toString()) };
        return LinuxFileWriter(m_seams.wsl, side.distro()).write(changes, check);
    case SideId::Kind::Windows:
        return applyWindows(changes, check);
    }
    return {};
}

Result<void> MachineChangeTargets::clean(const SideId &side, const QList<Change> &changes)
{
    QList<Change> files;
    for (const Change &c : changes) {
        if (!c.isRegistry())
            files.append(c);
    }
    switch (side.kind()) {
    case SideId::Kind::Local:
        return LinuxFileWriter().clean(files);
    case SideId::Kind::Wsl:
        return m_seams.wsl.isEmpty() ? Result<void> {} : LinuxFileWriter(m_seams.wsl, side.distro()).clean(files);
    case SideId::Kind::Windows:
        return {}; // QSaveFile and the registry leave nothing behind
    }
    return {};
}

Result<void> MachineChangeTargets::applyWindows(const QList<Change> &changes, Check check)
{
    Q_UNUSED(check)
    if (changes.isEmpty())
        return {};
    return Failure { tr("%1: GoDual cannot write to the Windows side yet").arg(changes.first().target) };
}

} // namespace GoDual
