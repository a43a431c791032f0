#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace GoDual {

// One registered distro as `wsl.exe -l -v` reports it.
struct WslDistro {
    // The states of wsl.exe's STATE column (Stopped is the registry's "installed"), and Unknown
    // for a word this build does not know.
    enum class State { Running, Stopped, Installing, Uninstalling, Converting, Exporting, Unknown };

    QString name;
    State state = State::Unknown;
    // The state word exactly as wsl.exe printed it. Older builds localized it (Chinese Windows
    // prints 正在运行), so State::Unknown with this text is a normal outcome, not an error.
    QString stateText;
    // 1 or 2; 0 when the column could not be read.
    int wslVersion = 0;
    bool isDefault = false;

    bool operator==(const WslDistro &other) const = default;
};

// The word current wsl.exe prints for `state` ("Running", "Installing", ...: English, never
// localized by current builds); empty for Unknown.
QString wslStateWord(WslDistro::State state);

// The state a word of the STATE column names, compared case-insensitively; English words only
// (what current wsl.exe prints), anything else is Unknown.
WslDistro::State wslStateFromText(QStringView text);

} // namespace GoDual

Q_DECLARE_METATYPE(GoDual::WslDistro)
