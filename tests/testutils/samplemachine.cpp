#include "samplemachine.h"

#include "origintext.h"

namespace GoDual::Test {

namespace {

PathEntry entry(const QString &dir, const QString &origin, const QString &go = {}, bool exists = true)
{
    PathEntry e;
    e.value = dir;
    e.realPath = dir;
    e.origin = GoDual::TestUtils::originFromText(origin);
    e.exists = exists;
    e.onWindowsDrive = dir.startsWith(QLatin1StringView("/mnt/"));
    e.goName = go;
    e.goKind = go.isEmpty() ? QString()
                            : (go.endsWith(QLatin1StringView(".exe")) ? QStringLiteral("pe") : QStringLiteral("elf"));
    return e;
}

} // namespace

Snapshot sampleMachine()
{
    Side windows;
    windows.id = SideId::windows();
    windows.name = QStringLiteral("Windows");
    windows.scanned = true;
    windows.env.insert(QStringLiteral("WSLENV"),
        { QStringLiteral("GOPATH/p"),
            Origin::registry(QStringLiteral("HKEY_CURRENT_USER\\Environment"), QStringLiteral("WSLENV")), {} });

    Side ubuntu;
    ubuntu.id = SideId::wsl(QStringLiteral("Ubuntu"));
    ubuntu.name = QStringLiteral("Ubuntu");
    ubuntu.scanned = true;
    ubuntu.isDefault = true;
    ubuntu.wslVersion = 2;
    ubuntu.kernelModulesPresent = true;
    ubuntu.env.insert(QStringLiteral("GOPATH"), { QStringLiteral("/home/dev/go"), Origin::defaultValue(), {} });
    PathEntry repeated = entry(QStringLiteral("/bin"), QStringLiteral("wsl"));
    repeated.realPath = QStringLiteral("/usr/bin");
    repeated.duplicate = true;
    ubuntu.path = { entry(QStringLiteral("/home/dev/sdk/go1.23.1/bin"), QStringLiteral("/home/dev/.bashrc:118"),
                        QStringLiteral("go")),
        entry(QStringLiteral("/usr/bin"), QStringLiteral("wsl")), repeated,
        entry(QStringLiteral("/usr/local/go/bin"), QStringLiteral("/home/dev/.profile:27"), QStringLiteral("go")),
        entry(QStringLiteral("/opt/old/bin"), QStringLiteral("/home/dev/.profile:30"), {}, false),
        entry(QStringLiteral("/home/dev/go/bin"), QStringLiteral("/home/dev/.profile:28")),
        entry(QStringLiteral("/mnt/c/Program Files/Go/bin"), QStringLiteral("appendWindowsPath"),
            QStringLiteral("go.exe")) };

    ubuntu.installs = { { QStringLiteral("go1.23.1"), QStringLiteral("/home/dev/sdk/go1.23.1"), {},
                            QStringLiteral("sdk"), QStringLiteral("elf") },
        { QStringLiteral("go1.22.6"), QStringLiteral("/usr/local/go"), {}, QStringLiteral("tarball"),
            QStringLiteral("elf") } };
    ubuntu.active = ActiveGo { QStringLiteral("/home/dev/sdk/go1.23.1/bin/go"), QStringLiteral("go1.23.1"),
        QStringLiteral("/home/dev/sdk/go1.23.1"), QStringLiteral("elf") };
    ubuntu.env.insert(QStringLiteral("GOROOT"),
        { QStringLiteral("/usr/local/go"), Origin::file(QStringLiteral("/home/dev/.profile"), 26), {} });
    ubuntu.env.insert(QStringLiteral("GOFLAGS"),
        { QStringLiteral("-mod=mod"), Origin::file(QStringLiteral("/home/dev/.bashrc"), 12),
            { { Origin::file(QStringLiteral("/home/dev/.profile"), 9), QStringLiteral("-mod=vendor") } } });
    windows.installs = { { QStringLiteral("go1.22.6"), QStringLiteral("C:\\Program Files\\Go"), {},
                             QStringLiteral("msi"), QStringLiteral("pe") },
        { QStringLiteral("go1.21.13"), QStringLiteral("C:\\Users\\dev\\sdk\\go1.21.13"), {}, QStringLiteral("sdk"),
            QStringLiteral("pe") } };
    windows.active = ActiveGo { QStringLiteral("C:\\Program Files\\Go\\bin\\go.exe"), QStringLiteral("go1.22.6"),
        QStringLiteral("C:\\Program Files\\Go"), QStringLiteral("pe") };
    windows.env.insert(QStringLiteral("GOPATH"),
        { QStringLiteral("\\\\wsl$\\Ubuntu\\home\\dev\\go"),
            Origin::registry(QStringLiteral("HKEY_CURRENT_USER\\Environment"), QStringLiteral("GOPATH")), {} });

    Side debian;
    debian.id = SideId::wsl(QStringLiteral("Debian"));
    debian.name = QStringLiteral("Debian");
    debian.wslVersion = 1;
    debian.state = Side::State::Stopped;

    Snapshot s;
    s.sides = { windows, ubuntu, debian };
    return s;
}

} // namespace GoDual::Test
