#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace GoDual {

// One registered distro as `wsl.exe -l -v` reports it.
struct WslDistro {
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

} // namespace GoDual

Q_DECLARE_METATYPE(GoDual::WslDistro)
