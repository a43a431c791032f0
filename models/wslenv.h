#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace GoDual {

// One entry of WSLENV ("NAME/flags"), read the way WSL's init reads it (UtilParseWslEnv). This is
// the only WSLENV parser: the scan (origins), the rules and the item models all ask it.
struct WslEnvEntry {
    // The entry as written, e.g. "GOPATH/l".
    QString text;
    // Case-sensitive, as WSLENV is.
    QString name;
    bool path = false; // /p: translate a path
    bool list = false; // /l: translate a list of paths (';' on Windows, ':' in WSL)
    bool onlyToWsl = false; // /u: only when WSL is started from Windows
    bool onlyToWindows = false; // /w: only when Windows programs are started from WSL
    // WSL ignores the whole entry: a flag letter it does not know (reserved for future use) or no
    // name. `unknownFlags` holds the letters that caused it.
    bool skipped = false;
    QString unknownFlags;

    // Whether a Windows variable of this name reaches Linux processes started by wsl.exe: never
    // for /w, never for a skipped entry.
    bool forwardsToWsl() const { return !skipped && !onlyToWindows; }
    // Whether a Linux variable of this name reaches Windows programs started from WSL: never for
    // /u, never for a skipped entry.
    bool forwardsToWindows() const { return !skipped && !onlyToWsl; }
    // Either direction; /uw names a variable that crosses in neither.
    bool crossesBoundary() const { return forwardsToWsl() || forwardsToWindows(); }
    // The value is translated between Windows and Linux paths (/p and /l share WSL's translator).
    bool translatesPaths() const { return path || list; }

    bool operator==(const WslEnvEntry &other) const = default;
};

// Splits WSLENV on ':' (empty entries dropped, trailing whitespace of the whole value trimmed);
// the first '/' separates the name from its flag letters p, l, u, w.
QList<WslEnvEntry> parseWslEnv(const QString &value);

// The entry through which a Windows variable `name` reaches the distro: the last one naming it
// that forwards to WSL (a later entry for the same name replaces the value an earlier one set).
std::optional<WslEnvEntry> wslEnvEntryForwardingToWsl(const QString &wslenv, const QString &name);

// The Go variables whose forwarding lets one side's Go setting override the other's (the
// wslenv-forwards-go-vars rule and the environment model's WSLENV notes).
const QStringList &boundaryGoVariables();

} // namespace GoDual
