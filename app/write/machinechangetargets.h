#pragma once

#include "platform/wslcli.h"
#include "scan/machineseams.h"
#include "write/changetargets.h"

#include <QCoreApplication>

namespace GoDual {

// The targets of the machine the seams name: the local side's files directly, each distro's
// files through wsl.exe, the Windows side's files and registry values through its adapters.
class MachineChangeTargets final : public ChangeTargets {
    Q_DECLARE_TR_FUNCTIONS(GoDual::MachineChangeTargets)

public:
    explicit MachineChangeTargets(MachineSeams seams);

    Result<void> apply(const SideId &side, const QList<Change> &changes, Check check) override;
    Result<void> clean(const SideId &side, const QList<Change> &changes) override;

    // The wsl.exe adapter every call to a distro goes through; after a registry change it carries
    // the environment rebuilt from the new registry (WSLENV, the Path WSL appends).
    const WslCli &wsl() const { return m_wsl; }

private:
    Result<void> applyWindows(const QList<Change> &changes, Check check);

    MachineSeams m_seams;
    WslCli m_wsl;
};

} // namespace GoDual
