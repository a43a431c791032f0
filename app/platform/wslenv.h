#pragma once

#include <QList>
#include <QString>

namespace GoDual {

// One entry of WSLENV ("NAME/flags"), read the way WSL's init reads it (UtilParseWslEnv).
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

    // Whether a Windows variable of this name reaches Linux processes started by wsl.exe.
    bool forwardsToWsl() const { return !skipped && !onlyToWindows; }
    // Whether a Linux variable of this name reaches Windows programs started from WSL.
    bool forwardsToWindows() const { return !skipped && !onlyToWsl; }

    bool operator==(const WslEnvEntry &other) const = default;
};

// Splits WSLENV on ':' (empty entries dropped, trailing whitespace of the whole value trimmed);
// the first '/' separates the name from its flag letters p, l, u, w.
QList<WslEnvEntry> parseWslEnv(const QString &value);

} // namespace GoDual
