#include "sdk/sdkplan.h"

#include "archivemirror.h"
#include "gorelease.h"
#include "platform/windowsenvironment.h"
#include "platform/windowsfiles.h"
#include "releaseindexclient.h"
#include "scan/machineseams.h"
#include "sdk/wslinstalltarget.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QSysInfo>

namespace GoDual {

// %USERPROFILE%\sdk on the Windows side, from the registry's environment (as a new process gets
// it), and this machine's path of that folder. A scan already knows USERPROFILE (the side's home),
// so the window, which passes its scan, never reads the registry here.
Result<std::pair<QString, QString>> windowsSdkRoot(const MachineSeams &seams, const Side *scanned)
{
    if (!seams.nativeRegistry && (seams.registryFile.isEmpty() || seams.windowsRoot.isEmpty()))
        return Failure { QCoreApplication::translate("GoDual::SdkPlan",
            "GoDual reaches the Windows side's SDKs only through GODUAL_REGISTRY and GODUAL_WINDOWS_ROOT so "
            "far; set both to install or remove SDKs there") };
    QString profile = scanned ? scanned->home : QString();
    if (profile.isEmpty()) {
        const auto registry = openRegistry(seams);
        if (!registry)
            return Failure { registry.error() };
        profile = WindowsEnvironment::fromRegistry(**registry).value(QStringLiteral("USERPROFILE"));
    }
    if (profile.isEmpty())
        return Failure { QCoreApplication::translate(
            "GoDual::SdkPlan", "the Windows registry (%1) sets no USERPROFILE, so there is no %USERPROFILE%\\sdk")
                .arg(seams.registryFile) };
    const QString local = openWindowsFiles(seams)->existingLocalPath(profile);
    if (local.isEmpty())
        return Failure {
            QCoreApplication::translate("GoDual::SdkPlan", "the Windows user folder %1 does not exist").arg(profile)
        };
    return std::pair<QString, QString> { windowsPathJoin(profile, QStringLiteral("sdk")),
        local + QStringLiteral("/sdk") };
}

bool canInstallOn(const SideId &side)
{
    return side.kind() != SideId::Kind::Windows || MachineSeams::fromEnvironment().hasWindows();
}

Result<InstallRequest> planInstall(const GoVersion &version, const SideId &side, const Side *scanned)
{
    InstallRequest request;
    request.version = version;
    request.arch = goArchFromCpuArchitecture(QSysInfo::currentCpuArchitecture());
    if (side.kind() == SideId::Kind::Wsl) {
        const MachineSeams seams = MachineSeams::fromEnvironment();
        if (seams.wsl.isEmpty())
            return Failure { QCoreApplication::translate(
                "GoDual::SdkPlan", "there is no wsl.exe on this machine, so %1 cannot be reached")
                    .arg(side.toString()) };
        // A distro runs on the host's CPU; its files are reached only through wsl.exe.
        request.os = QStringLiteral("linux");
        request.target = std::make_shared<WslInstallTarget>(WslCli(seams.wsl), side.distro());
        // Known from a scan; otherwise the target reports it before anything is downloaded.
        if (scanned && !scanned->home.isEmpty())
            request.sdkRoot = scanned->home + QStringLiteral("/sdk");
    } else if (side.kind() == SideId::Kind::Windows) {
        const auto roots = windowsSdkRoot(MachineSeams::fromEnvironment(), scanned);
        if (!roots)
            return Failure { roots.error() };
        request.os = QStringLiteral("windows");
        request.sideSdkRoot = roots->first;
        request.sdkRoot = roots->second;
    } else {
        request.os = goOsFromKernelType(QSysInfo::kernelType());
        request.sdkRoot = localSdkRoot();
    }
    request.stateDir = ReleaseIndexClient::defaultStateDir();
    request.side = side.toString();
    request.indexBase = ReleaseIndexClient::defaultBaseUrl();
    request.mirrorBase = ArchiveMirror::base(ArchiveMirror::Kind::Official);
    return request;
}

QString localSdkRoot() { return QDir(QDir::homePath()).filePath(QStringLiteral("sdk")); }

} // namespace GoDual
