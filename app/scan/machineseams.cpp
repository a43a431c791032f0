#include "machineseams.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace GoDual {

MachineSeams MachineSeams::fromEnvironment()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    MachineSeams seams;
    seams.wsl = env.value(QStringLiteral("GODUAL_WSL"));
    seams.registryFile = env.value(QStringLiteral("GODUAL_REGISTRY"));
    seams.windowsRoot = env.value(QStringLiteral("GODUAL_WINDOWS_ROOT"));
    if (seams.wsl.isEmpty()) {
        // On Windows the system's own wsl.exe; the native registry adapter is a later addition,
        // so without GODUAL_REGISTRY the Windows side is not shown yet.
        const QString systemRoot = env.value(QStringLiteral("SystemRoot"));
        const QString candidate = QDir(systemRoot).filePath(QStringLiteral("System32/wsl.exe"));
        if (!systemRoot.isEmpty() && QFileInfo(candidate).isExecutable())
            seams.wsl = candidate;
    }
    return seams;
}

} // namespace GoDual
