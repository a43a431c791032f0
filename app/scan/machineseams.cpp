#include "scan/machineseams.h"

#include "platform/nativeregistry.h"
#include "platform/regfileregistry.h"
#include "platform/writableregfileregistry.h"

#include <QCoreApplication>
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
    seams.nativeRegistry = seams.registryFile.isEmpty() && hasNativeRegistry();
    if (seams.wsl.isEmpty()) {
        // On Windows the system's own wsl.exe.
        const QString systemRoot = env.value(QStringLiteral("SystemRoot"));
        const QString candidate = QDir(systemRoot).filePath(QStringLiteral("System32/wsl.exe"));
        if (!systemRoot.isEmpty() && QFileInfo(candidate).isExecutable())
            seams.wsl = candidate;
        else if (seams.nativeRegistry)
            seams.missingWsl = QDir::toNativeSeparators(candidate);
    }
    return seams;
}

Result<std::unique_ptr<Registry>> openRegistry(const MachineSeams &seams)
{
    if (!seams.registryFile.isEmpty()) {
        auto file = RegFileRegistry::fromFile(seams.registryFile);
        if (!file)
            return Failure { file.error() };
        return std::unique_ptr<Registry>(std::make_unique<RegFileRegistry>(std::move(*file)));
    }
    if (auto native = openNativeRegistry())
        return native;
    return Failure { QCoreApplication::translate(
        "GoDual::MachineSeams", "there is no registry to read on this system") };
}

Result<std::unique_ptr<WritableRegistry>> openWritableRegistry(const MachineSeams &seams)
{
    if (!seams.registryFile.isEmpty()) {
        auto file = WritableRegFileRegistry::open(seams.registryFile);
        if (!file)
            return Failure { file.error() };
        return std::unique_ptr<WritableRegistry>(std::make_unique<WritableRegFileRegistry>(std::move(*file)));
    }
    if (auto native = openNativeWritableRegistry())
        return native;
    return Failure { QCoreApplication::translate(
        "GoDual::MachineSeams", "there is no registry to change on this system") };
}

std::unique_ptr<WindowsFiles> openWindowsFiles(const MachineSeams &seams)
{
    if (seams.windowsRoot.isEmpty() && seams.nativeRegistry)
        return WindowsFiles::native();
    return WindowsFiles::mapped(seams.windowsRoot);
}

} // namespace GoDual
