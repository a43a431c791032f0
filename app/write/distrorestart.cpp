#include "write/distrorestart.h"

#include "platform/processrunner.h"
#include "platform/wslcli.h"

namespace GoDual {

RestartOutcome restartDistros(const QStringList &distros, bool restart, const WslCli &wsl)
{
    RestartOutcome out;
    for (const QString &distro : distros) {
        if (!restart || !wsl.isAvailable()) {
            out.pending.append(distro);
            continue;
        }
        if (auto r = wsl.terminated(runProcessBlocking(wsl.terminate(distro)), distro); r) {
            out.restarted.append(distro);
        } else {
            out.pending.append(distro);
            out.errors.append(
                QCoreApplication::translate("GoDual", "could not restart %1 (%2); run 'wsl --terminate %1' yourself")
                    .arg(distro, r.error()));
        }
    }
    return out;
}

} // namespace GoDual
