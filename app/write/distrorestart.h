#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace GoDual {

class WslCli;

// What restarting the distros a change set names came to.
struct RestartOutcome {
    QStringList restarted;
    QStringList pending; // not restarted (asked not to, no wsl.exe, or it failed): restart by hand
    QStringList errors; // one line per failed restart, naming the distro and the command to run
};

// Terminates each of `distros` (`wsl.exe --terminate`) when `restart`, so its next start reads the
// changed /etc/wsl.conf and Windows environment; otherwise every one is pending. Blocking: it
// waits for wsl.exe, so run it off the GUI thread.
RestartOutcome restartDistros(const QStringList &distros, bool restart, const WslCli &wsl);

} // namespace GoDual
