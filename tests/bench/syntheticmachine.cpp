#include "syntheticmachine.h"

namespace GoDual::Bench {

Side syntheticDistro(int n, int versions, int pathEntries)
{
    Side s;
    s.id = SideId::wsl(QStringLiteral("Distro-%1").arg(n));
    s.name = s.id.distro();
    s.scanned = true;
    s.kernelModulesPresent = true;
    s.interop = InteropSettings();
    for (int v = 0; v < versions; ++v) {
        const QString version = QStringLiteral("go1.%1.%2").arg(10 + (v + n) % 40).arg(v % 7);
        s.installs.append(
            { version, QStringLiteral("/home/dev/sdk/") + version, {}, QStringLiteral("sdk"), QStringLiteral("elf") });
    }
    if (!s.installs.isEmpty()) {
        const GoInstall &active = s.installs.first();
        s.active = ActiveGo { active.goroot + QStringLiteral("/bin/go"), active.version, active.goroot,
            QStringLiteral("elf") };
        s.env.insert(
            QStringLiteral("GOROOT"), { active.goroot, Origin::file(QStringLiteral("/home/dev/.profile"), 3), {} });
    }
    s.env.insert(QStringLiteral("GOPATH"), { QStringLiteral("/home/dev/go"), Origin::defaultValue(), {} });
    const int half = pathEntries / 2;
    for (int i = 0; i < pathEntries; ++i) {
        PathEntry e;
        e.value = i < half ? QStringLiteral("/opt/tool%1/bin").arg(i) : QStringLiteral("/mnt/c/Tools/t%1").arg(i);
        e.realPath = e.value;
        e.origin = i < half ? Origin::file(QStringLiteral("/home/dev/.bashrc"), i) : Origin::appendWindowsPath();
        e.onWindowsDrive = i >= half;
        e.exists = i % 97 != 0;
        e.duplicate = i % 199 == 198;
        if (e.duplicate) {
            e.value = QStringLiteral("/opt/tool%1/bin").arg(i % 100);
            e.realPath = e.value;
        }
        if (i % 100 == 0) {
            e.goName = QStringLiteral("go");
            e.goKind = QStringLiteral("elf");
            e.goRealPath = e.value + QStringLiteral("/go");
        }
        s.path.append(e);
    }
    return s;
}

} // namespace GoDual::Bench
