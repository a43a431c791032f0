#pragma once

#include "origin.h"

#include <QList>
#include <QString>

#include <optional>

namespace GoDual {

// One problem WSL's own parser would have with /etc/wsl.conf (or, for CrLf, a known past
// behaviour of it). `message` is user-facing and names `path:line`.
struct WslConfIssue {
    enum Kind { ParseStopped, InvalidValue, DuplicateKey, UnknownKey, CrLf };

    int line = 0;
    // The offending source line as written (without its line ending).
    QString text;
    Kind kind = ParseStopped;
    QString message;

    bool operator==(const WslConfIssue &other) const = default;
};

// A setting's effective value and the 1-based line it came from; line 0 means WSL's default.
template <typename T> struct WslConfSetting {
    T value {};
    int line = 0;

    bool isDefault() const { return line == 0; }
    bool operator==(const WslConfSetting &other) const = default;
};

// The settings of /etc/wsl.conf that GoDual's diagnosis needs, as WSL's init would see them.
struct WslConfig {
    QString path = QStringLiteral("/etc/wsl.conf");

    WslConfSetting<bool> interopEnabled { true };
    WslConfSetting<bool> interopAppendWindowsPath { true };
    WslConfSetting<std::optional<QString>> userDefault;
    WslConfSetting<bool> bootSystemd { false };
    WslConfSetting<std::optional<QString>> bootCommand;
    // Always ends with '/', as WSL appends one when it is missing.
    WslConfSetting<QString> automountRoot { QStringLiteral("/mnt/") };
    WslConfSetting<bool> automountEnabled { true };

    QList<WslConfIssue> issues;
    // The line at which WSL stops reading the file, 0 when it reads all of it.
    int stoppedAtLine = 0;
    // The file uses CRLF line endings (see WslConfIssue::CrLf).
    bool crlf = false;

    // The origin of a setting read from `line`: that line of the file, or WSL's default.
    Origin origin(int line) const { return line > 0 ? Origin::file(path, line) : Origin::defaultValue(); }
};

} // namespace GoDual
