#include "sdkplan.h"

#include "archivemirror.h"
#include "gorelease.h"
#include "releaseindexclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QSysInfo>

namespace GoDual {

bool canInstallOn(const SideId &side) { return side.kind() == SideId::Kind::Local; }

Result<InstallRequest> planInstall(const GoVersion &version, const SideId &side, const Side *scanned)
{
    Q_UNUSED(scanned)
    if (!canInstallOn(side))
        return Failure { QCoreApplication::translate("GoDual::SdkPlan",
            "installing on %1 is not supported yet; only the local side is")
                .arg(side.toString()) };

    InstallRequest request;
    request.version = version;
    request.os = goOsFromKernelType(QSysInfo::kernelType());
    request.arch = goArchFromCpuArchitecture(QSysInfo::currentCpuArchitecture());
    request.sdkRoot = localSdkRoot();
    request.stateDir = ReleaseIndexClient::defaultStateDir();
    request.side = side.toString();
    request.indexBase = ReleaseIndexClient::defaultBaseUrl();
    request.mirrorBase = ArchiveMirror::base(ArchiveMirror::Kind::Official);
    return request;
}

QString localSdkRoot() { return QDir(QDir::homePath()).filePath(QStringLiteral("sdk")); }

} // namespace GoDual
