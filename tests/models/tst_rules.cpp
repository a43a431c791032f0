#include "diagnosis/diagnosis.h"
#include "diagnosis/rules.h"
#include "origintext.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace GoDual;
using GoDual::TestUtils::originFromText;

namespace {

using Scenario = std::function<Snapshot()>;

PathEntry entry(const QString &dir, const QString &origin, const QString &goName = {}, const QString &kind = {})
{
    PathEntry e;
    e.value = dir;
    e.realPath = dir;
    e.origin = originFromText(origin);
    e.onWindowsDrive = dir.startsWith(QLatin1StringView("/mnt/"));
    e.goName = goName;
    e.goKind = kind;
    e.goRealPath = goName.isEmpty() ? QString() : dir + u'/' + goName;
    return e;
}

// A healthy Ubuntu distro: Go in /usr/local/go, GOPATH ~/go with its bin on PATH.
Side healthyDistro()
{
    Side s;
    s.id = SideId::wsl(QStringLiteral("Ubuntu"));
    s.name = QStringLiteral("Ubuntu");
    s.scanned = true;
    s.wslVersion = 2;
    s.kernel = QStringLiteral("5.15.153.1-microsoft-standard-WSL2");
    s.kernelModulesPresent = true;
    s.home = QStringLiteral("/home/dev");
    InteropSettings interop;
    interop.appendWindowsPath = false;
    interop.appendWindowsPathOrigin = originFromText(QStringLiteral("/etc/wsl.conf:3"));
    s.interop = interop;
    s.installs = { { QStringLiteral("go1.22.6"), QStringLiteral("/usr/local/go"), {}, QStringLiteral("tarball"),
        QStringLiteral("elf") } };
    s.active = ActiveGo { QStringLiteral("/usr/local/go/bin/go"), QStringLiteral("go1.22.6"),
        QStringLiteral("/usr/local/go"), QStringLiteral("elf") };
    s.env.insert(QStringLiteral("GOPATH"), { QStringLiteral("/home/dev/go"), Origin::defaultValue(), {} });
    s.env.insert(QStringLiteral("GOROOT"), { QStringLiteral("/usr/local/go"), Origin::defaultValue(), {} });
    s.path = { entry(QStringLiteral("/usr/local/go/bin"), QStringLiteral("/home/dev/.profile:27"), QStringLiteral("go"),
                   QStringLiteral("elf")),
        entry(QStringLiteral("/home/dev/go/bin"), QStringLiteral("/home/dev/.profile:28")),
        entry(QStringLiteral("/usr/bin"), QStringLiteral("wsl")) };
    return s;
}

Side healthyWindows()
{
    Side s;
    s.id = SideId::windows();
    s.name = QStringLiteral("Windows");
    s.scanned = true;
    s.installs = { { QStringLiteral("go1.22.6"), QStringLiteral("C:\\Program Files\\Go"), {}, QStringLiteral("msi"),
        QStringLiteral("pe") } };
    s.active = ActiveGo { QStringLiteral("C:\\Program Files\\Go\\bin\\go.exe"), QStringLiteral("go1.22.6"),
        QStringLiteral("C:\\Program Files\\Go"), QStringLiteral("pe") };
    const QString machine
        = QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment\\Path");
    const QString user = QStringLiteral("HKEY_CURRENT_USER\\Environment\\Path");
    s.env.insert(QStringLiteral("GOPATH"),
        { QStringLiteral("C:\\Users\\dev\\go"),
            originFromText(QStringLiteral("HKEY_CURRENT_USER\\Environment\\GOPATH")), {} });
    s.path = { entry(QStringLiteral("C:\\Windows\\system32"), machine),
        entry(QStringLiteral("C:\\Program Files\\Go\\bin"), machine, QStringLiteral("go.exe"), QStringLiteral("pe")),
        entry(QStringLiteral("C:\\Users\\dev\\go\\bin"), user) };
    s.windowsPathValues
        = { { originFromText(machine), QStringLiteral("C:\\Windows\\system32;C:\\Program Files\\Go\\bin"), true },
              { originFromText(user), QStringLiteral("%USERPROFILE%\\go\\bin"), true } };
    return s;
}

Snapshot of(std::initializer_list<Side> sides)
{
    Snapshot s;
    s.sides = sides;
    return s;
}

template <typename F> Scenario distro(F change)
{
    return [change] {
        Side s = healthyDistro();
        change(s);
        return of({ s });
    };
}

template <typename F> Scenario windows(F change)
{
    return [change] {
        Side s = healthyWindows();
        change(s);
        return of({ s });
    };
}

void setEnv(Side &s, const char *name, const QString &value, const QString &origin)
{
    s.env.insert(QString::fromLatin1(name), { value, originFromText(origin), {} });
}

} // namespace

Q_DECLARE_METATYPE(Scenario)

class TestRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void healthySidesHaveNoFindings();
    void rule_data();
    void rule();
    void everyCatalogueIdIsCovered();
    void everyIdHasADocEntry();

private:
    QSet<QString> m_fired;
};

void TestRules::healthySidesHaveNoFindings()
{
    const QList<Finding> findings = Diagnosis::run(of({ healthyWindows(), healthyDistro() }));
    QStringList ids;
    for (const Finding &f : findings)
        ids.append(f.id + QStringLiteral(": ") + f.message);
    QCOMPARE(ids, QStringList());
}

void TestRules::rule_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("mentions"); // text the message must carry (file:line, value, ...)

    const QString profile = QStringLiteral("/home/dev/.profile:31");

    QTest::newRow("windows-go-on-wsl-path: Windows go.exe first") << "windows-go-on-wsl-path" << distro([](Side &s) {
        s.path.prepend(entry(QStringLiteral("/mnt/c/Program Files/Go/bin"), QStringLiteral("appendWindowsPath"),
            QStringLiteral("go.exe"), QStringLiteral("pe")));
    }) << 1 << "/mnt/c/Program Files/Go/bin";
    QTest::newRow("windows-go-on-wsl-path: names the Windows installation behind /mnt/c")
        << "windows-go-on-wsl-path" << Scenario([] {
               Side s = healthyDistro();
               s.path.prepend(entry(QStringLiteral("/mnt/c/Program Files/Go/bin"), QStringLiteral("appendWindowsPath"),
                   QStringLiteral("go.exe"), QStringLiteral("pe")));
               return of({ healthyWindows(), s });
           })
        << 1 << "the Windows installation C:\\Program Files\\Go (go1.";
    QTest::newRow("windows-go-on-wsl-path: Windows one after the Linux one")
        << "windows-go-on-wsl-path" << distro([](Side &s) {
               s.path.append(entry(QStringLiteral("/mnt/c/Program Files/Go/bin"), QStringLiteral("appendWindowsPath"),
                   QStringLiteral("go.exe"), QStringLiteral("pe")));
           })
        << 0 << "";

    QTest::newRow("goroot-mismatch: GOROOT names another install") << "goroot-mismatch" << distro([=](Side &s) {
        s.installs.append({ QStringLiteral("go1.21.13"), QStringLiteral("/home/dev/sdk/go1.21.13"), {},
            QStringLiteral("sdk"), QStringLiteral("elf") });
        setEnv(s, "GOROOT", QStringLiteral("/home/dev/sdk/go1.21.13"), profile);
    }) << 1 << profile;
    QTest::newRow("goroot-mismatch: GOROOT through an alias of the active root")
        << "goroot-mismatch" << distro([=](Side &s) {
               s.installs[0].aliases = { QStringLiteral("/usr/lib/go") };
               setEnv(s, "GOROOT", QStringLiteral("/usr/lib/go/"), profile);
           })
        << 0 << "";

    QTest::newRow("goroot-invalid: missing folder")
        << "goroot-invalid" << distro([=](Side &s) { setEnv(s, "GOROOT", QStringLiteral("/opt/go-gone"), profile); })
        << 1 << "/opt/go-gone";
    QTest::newRow("goroot-invalid: Windows toolchain in a distro") << "goroot-invalid" << distro([=](Side &s) {
        s.installs.append({ QStringLiteral("go1.22.6"), QStringLiteral("/opt/gowin"), {}, QStringLiteral("opt"),
            QStringLiteral("pe") });
        setEnv(s, "GOROOT", QStringLiteral("/opt/gowin"), profile);
    }) << 1 << "pe";
    QTest::newRow("goroot-invalid: valid explicit GOROOT")
        << "goroot-invalid" << distro([=](Side &s) { setEnv(s, "GOROOT", QStringLiteral("/usr/local/go"), profile); })
        << 0 << "";

    QTest::newRow("goroot-crosses-boundary: distro GOPATH on C:") << "goroot-crosses-boundary" << distro([](Side &s) {
        setEnv(s, "GOPATH", QStringLiteral("C:\\Users\\dev\\go"), QStringLiteral("WSLENV:GOPATH"));
    }) << 1 << "WSLENV:GOPATH";
    QTest::newRow("goroot-crosses-boundary: Windows GOROOT in a distro")
        << "goroot-crosses-boundary" << windows([](Side &s) {
               setEnv(s, "GOROOT", QStringLiteral("\\\\wsl.localhost\\Ubuntu\\usr\\local\\go"),
                   QStringLiteral("HKEY_CURRENT_USER\\Environment\\GOROOT"));
           })
        << 1 << "HKEY_CURRENT_USER\\Environment\\GOROOT";
    QTest::newRow("goroot-crosses-boundary: GOPATH on /mnt/c is only slow")
        << "goroot-crosses-boundary"
        << distro([=](Side &s) { setEnv(s, "GOPATH", QStringLiteral("/mnt/c/Users/dev/go"), profile); }) << 0 << "";

    QTest::newRow("wslenv-forwards-go-vars: GOPATH/p") << "wslenv-forwards-go-vars" << windows([](Side &s) {
        setEnv(s, "WSLENV", QStringLiteral("WT_SESSION:GOPATH/p:USERPROFILE/pu"),
            QStringLiteral("HKEY_CURRENT_USER\\Environment\\WSLENV"));
    }) << 1 << "GOPATH/p";
    QTest::newRow("wslenv-forwards-go-vars: no Go variable") << "wslenv-forwards-go-vars" << windows([](Side &s) {
        setEnv(s, "WSLENV", QStringLiteral("WT_SESSION:USERPROFILE/pu:GOPATHX"),
            QStringLiteral("HKEY_CURRENT_USER\\Environment\\WSLENV"));
    }) << 0 << "";
    QTest::newRow("wslenv-forwards-go-vars: unknown flag, WSL skips the entry")
        << "wslenv-forwards-go-vars" << windows([](Side &s) {
               setEnv(s, "WSLENV", QStringLiteral("GOPATH/px:GOROOT/q"),
                   QStringLiteral("HKEY_CURRENT_USER\\Environment\\WSLENV"));
           })
        << 0 << "";
    QTest::newRow("wslenv-forwards-go-vars: /uw crosses in neither direction")
        << "wslenv-forwards-go-vars" << windows([](Side &s) {
               setEnv(
                   s, "WSLENV", QStringLiteral("GOFLAGS/uw"), QStringLiteral("HKEY_CURRENT_USER\\Environment\\WSLENV"));
           })
        << 0 << "";
    QTest::newRow("wslenv-forwards-go-vars: /w only into Windows") << "wslenv-forwards-go-vars" << distro([](Side &s) {
        setEnv(s, "WSLENV", QStringLiteral("GOPATH/w"), QStringLiteral("/home/dev/.bashrc:9"));
    }) << 1 << "only from WSL into Windows";
    QTest::newRow("wslenv-forwards-go-vars: /pu only into WSL") << "wslenv-forwards-go-vars" << distro([](Side &s) {
        setEnv(s, "WSLENV", QStringLiteral("GOBIN/pu"), QStringLiteral("wsl"));
    }) << 1 << "only from Windows into WSL";

    QTest::newRow("gopath-on-windows-drive: GOMODCACHE on /mnt/d") << "gopath-on-windows-drive" << distro([=](Side &s) {
        setEnv(s, "GOMODCACHE", QStringLiteral("/mnt/d/cache/mod"), profile);
    }) << 1 << "/mnt/d/cache/mod";
    QTest::newRow("gopath-on-windows-drive: /mnt/wsl is not a drive")
        << "gopath-on-windows-drive"
        << distro([=](Side &s) { setEnv(s, "GOPATH", QStringLiteral("/mnt/wsl/shared/go"), profile); }) << 0 << "";
    QTest::newRow("gopath-on-windows-drive: automount root /, GOPATH on /c")
        << "gopath-on-windows-drive" << distro([=](Side &s) {
               s.automountRoot = QStringLiteral("/");
               setEnv(s, "GOPATH", QStringLiteral("/c/Users/dev/go"), profile);
           })
        << 1 << "/c/Users/dev/go";
    QTest::newRow("gopath-on-windows-drive: automount root /, /mnt/c is a Linux folder")
        << "gopath-on-windows-drive" << distro([=](Side &s) {
               s.automountRoot = QStringLiteral("/");
               setEnv(s, "GOPATH", QStringLiteral("/mnt/c/go"), profile);
           })
        << 0 << "";
    QTest::newRow("goroot-crosses-boundary: GOROOT on /win/d with root /win/")
        << "goroot-crosses-boundary" << distro([=](Side &s) {
               s.automountRoot = QStringLiteral("/win/");
               setEnv(s, "GOROOT", QStringLiteral("/win/d/Go"), profile);
           })
        << 1 << "/win/d/Go";

    QTest::newRow("gopath-inside-goroot")
        << "gopath-inside-goroot"
        << distro([=](Side &s) { setEnv(s, "GOPATH", QStringLiteral("/usr/local/go/work"), profile); }) << 1 << profile;
    QTest::newRow("gopath-inside-goroot: sibling with a common prefix")
        << "gopath-inside-goroot"
        << distro([=](Side &s) { setEnv(s, "GOPATH", QStringLiteral("/usr/local/gopath"), profile); }) << 0 << "";

    QTest::newRow("gopath-bin-not-on-path")
        << "gopath-bin-not-on-path" << distro([](Side &s) { s.path.removeAt(1); }) << 1 << "/home/dev/go/bin";
    QTest::newRow("gopath-bin-not-on-path: GOBIN on PATH") << "gopath-bin-not-on-path" << distro([=](Side &s) {
        s.path.removeAt(1);
        setEnv(s, "GOBIN", QStringLiteral("/usr/bin"), profile);
    }) << 0 << "";
    QTest::newRow("gopath-bin-not-on-path: Windows, case and slashes differ")
        << "gopath-bin-not-on-path"
        << windows([](Side &s) { s.path[2].value = QStringLiteral("c:/users/DEV/go/bin/"); }) << 0 << "";

    QTest::newRow("go-shadowed-on-path") << "go-shadowed-on-path" << distro([](Side &s) {
        s.path.append(entry(QStringLiteral("/home/dev/sdk/go1.21.13/bin"), QStringLiteral("/home/dev/.bashrc:12"),
            QStringLiteral("go"), QStringLiteral("elf")));
    }) << 1 << "/home/dev/sdk/go1.21.13/bin";
    QTest::newRow("go-shadowed-on-path: a link to the same go") << "go-shadowed-on-path" << distro([](Side &s) {
        PathEntry link
            = entry(QStringLiteral("/usr/bin"), QStringLiteral("wsl"), QStringLiteral("go"), QStringLiteral("elf"));
        link.goRealPath = QStringLiteral("/usr/local/go/bin/go");
        s.path[2] = link;
    }) << 0 << "";

    QTest::newRow("windows-path-appended") << "windows-path-appended" << distro([](Side &s) {
        s.interop->appendWindowsPath = true;
        s.interop->appendWindowsPathOrigin = originFromText(QStringLiteral("default"));
        s.path.append(entry(QStringLiteral("/mnt/c/Windows"), QStringLiteral("appendWindowsPath")));
        s.path.append(entry(QStringLiteral("/mnt/c/Windows/system32"), QStringLiteral("appendWindowsPath")));
    }) << 1 << "2 Windows Path entries";
    // Counted from what WSL appended, not what is left: Debian's /etc/profile drops them all.
    QTest::newRow("windows-path-appended: dropped by the login shell")
        << "windows-path-appended" << distro([](Side &s) {
               s.interop->appendWindowsPath = true;
               s.windowsPathAppended = 3;
               s.windowsPathDropped = 3;
           })
        << 1 << "drops all of them";
    QTest::newRow("windows-path-appended: partly dropped") << "windows-path-appended" << distro([](Side &s) {
        s.interop->appendWindowsPath = true;
        s.windowsPathAppended = 3;
        s.windowsPathDropped = 1;
        s.path.append(entry(QStringLiteral("/mnt/c/Windows"), QStringLiteral("appendWindowsPath")));
        s.path.append(entry(QStringLiteral("/mnt/c/Windows/system32"), QStringLiteral("appendWindowsPath")));
    }) << 1 << "3 Windows Path entries to the end of PATH; the login shell drops 1 of them";
    QTest::newRow("windows-path-appended: turned off") << "windows-path-appended" << distro([](Side &) { }) << 0 << "";

    QTest::newRow("wsl-conf-ignored-lines") << "wsl-conf-ignored-lines" << distro([](Side &s) {
        s.wslConfIssues = { QStringLiteral("/etc/wsl.conf:4: '[ interop ]' is not a valid section header; WSL "
                                           "stops reading here, so appendWindowsPath=false (line 5) is ignored") };
    }) << 1 << "/etc/wsl.conf:4";
    QTest::newRow("wsl-conf-ignored-lines: clean file")
        << "wsl-conf-ignored-lines" << distro([](Side &) { }) << 0 << "";

    QTest::newRow("interop-disabled-but-needed") << "interop-disabled-but-needed" << distro([](Side &s) {
        s.interop->enabled = false;
        s.interop->enabledOrigin = originFromText(QStringLiteral("/etc/wsl.conf:2"));
        s.interop->appendWindowsPath = true;
        s.interop->appendWindowsPathOrigin = originFromText(QStringLiteral("/etc/wsl.conf:3"));
    }) << 1 << "/etc/wsl.conf:2";
    QTest::newRow("interop-disabled-but-needed: nothing relies on it")
        << "interop-disabled-but-needed" << distro([](Side &s) {
               s.interop->enabled = false;
               s.interop->enabledOrigin = originFromText(QStringLiteral("/etc/wsl.conf:2"));
           })
        << 0 << "";

    QTest::newRow("path-entry-missing") << "path-entry-missing" << distro([](Side &s) {
        PathEntry e = entry(QStringLiteral("/opt/gone/bin"), QStringLiteral("/home/dev/.bashrc:40"));
        e.exists = false;
        s.path.append(e);
    }) << 1 << "/home/dev/.bashrc:40";
    QTest::newRow("path-entry-missing: all exist") << "path-entry-missing" << distro([](Side &) { }) << 0 << "";

    QTest::newRow("path-entry-duplicate") << "path-entry-duplicate" << distro([](Side &s) {
        PathEntry e = entry(QStringLiteral("/opt/go/bin"), QStringLiteral("/etc/profile:7"));
        e.realPath = QStringLiteral("/usr/local/go/bin");
        e.duplicate = true;
        s.path.append(e);
    }) << 1 << "/usr/local/go/bin";
    QTest::newRow("path-entry-duplicate: the same folder written twice")
        << "path-entry-duplicate" << distro([](Side &s) {
               PathEntry e = entry(QStringLiteral("/usr/bin/"), QStringLiteral("/home/dev/.bashrc:3"));
               e.realPath = QStringLiteral("/usr/bin");
               e.duplicate = true;
               s.path.append(e);
           })
        << 1 << "/home/dev/.bashrc:3";
    QTest::newRow("path-entry-duplicate: /bin is /usr/bin on merged /usr")
        << "path-entry-duplicate" << distro([](Side &s) {
               PathEntry e = entry(QStringLiteral("/bin"), QStringLiteral("wsl"));
               e.realPath = QStringLiteral("/usr/bin");
               e.duplicate = true;
               s.path.append(e);
           })
        << 0 << "";
    QTest::newRow("path-entry-duplicate: WSL's default PATH, /sbin after /usr/sbin")
        << "path-entry-duplicate" << distro([](Side &s) {
               s.path.clear();
               for (const char *dir : { "/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin",
                        "/usr/games", "/usr/local/games" }) {
                   PathEntry e = entry(QString::fromLatin1(dir), QStringLiteral("wsl"));
                   e.realPath
                       = e.value.startsWith(QLatin1StringView("/usr")) ? e.value : QStringLiteral("/usr") + e.value;
                   e.duplicate = e.realPath != e.value;
                   s.path.append(e);
               }
           })
        << 0 << "";
    QTest::newRow("path-entry-duplicate: none") << "path-entry-duplicate" << distro([](Side &) { }) << 0 << "";

    QTest::newRow("path-unexpanded-variable")
        << "path-unexpanded-variable" << windows([](Side &s) { s.windowsPathValues[1].expandable = false; }) << 1
        << "%USERPROFILE%";
    QTest::newRow("path-unexpanded-variable: REG_SZ without variables")
        << "path-unexpanded-variable" << windows([](Side &s) { s.windowsPathValues[0].expandable = false; }) << 0 << "";

    QTest::newRow("path-too-long") << "path-too-long" << windows([](Side &s) {
        for (int i = 0; i < 60; ++i)
            s.path.append(
                entry(QStringLiteral("C:\\Program Files\\Vendor %1\\Tooling\\bin").arg(i, 3, 10, QLatin1Char('0')),
                    QStringLiteral("HKEY_CURRENT_USER\\Environment\\Path")));
    }) << 1 << "characters";
    QTest::newRow("path-too-long: at the limit") << "path-too-long" << windows([](Side &s) {
        s.path = { entry(QString(2047, u'x'), QStringLiteral("HKEY_CURRENT_USER\\Environment\\Path")) };
    }) << 0 << "";

    QTest::newRow("goenv-file-conflict: environment overrides the file")
        << "goenv-file-conflict" << distro([=](Side &s) {
               s.goEnvFileValues.insert(QStringLiteral("GOPROXY"),
                   { QStringLiteral("https://goproxy.cn,direct"),
                       Origin::goEnvFile(QStringLiteral("/home/dev/.config/go/env"), 1), {} });
               setEnv(s, "GOPROXY", QStringLiteral("https://proxy.golang.org,direct"), profile);
           })
        << 1 << "/home/dev/.config/go/env:1";
    QTest::newRow("goenv-file-conflict: GOROOT in the file") << "goenv-file-conflict" << distro([](Side &s) {
        s.goEnvFileValues.insert(QStringLiteral("GOROOT"),
            { QStringLiteral("/usr/local/go"), Origin::goEnvFile(QStringLiteral("/home/dev/.config/go/env"), 2), {} });
    }) << 1 << "GOROOT";
    QTest::newRow("goenv-file-conflict: the file's value is the one in force")
        << "goenv-file-conflict" << distro([](Side &s) {
               const EnvValue v { QStringLiteral("https://goproxy.cn,direct"),
                   Origin::goEnvFile(QStringLiteral("/home/dev/.config/go/env"), 1), {} };
               s.goEnvFileValues.insert(QStringLiteral("GOPROXY"), v);
               s.env.insert(QStringLiteral("GOPROXY"), v);
           })
        << 0 << "";

    QTest::newRow("checksum-db-disabled: GOSUMDB=off")
        << "checksum-db-disabled" << distro([=](Side &s) { setEnv(s, "GOSUMDB", QStringLiteral("off"), profile); }) << 1
        << profile;
    QTest::newRow("checksum-db-disabled: GONOSUMDB=*")
        << "checksum-db-disabled" << distro([=](Side &s) { setEnv(s, "GONOSUMDB", QStringLiteral("*"), profile); }) << 1
        << "GONOSUMDB";
    QTest::newRow("checksum-db-disabled: GOPRIVATE=* is GONOSUMDB's default")
        << "checksum-db-disabled" << distro([=](Side &s) { setEnv(s, "GOPRIVATE", QStringLiteral("*"), profile); }) << 1
        << "GOPRIVATE";
    QTest::newRow("checksum-db-disabled: GONOSUMDB set, GOPRIVATE=* does not count")
        << "checksum-db-disabled" << distro([=](Side &s) {
               setEnv(s, "GOPRIVATE", QStringLiteral("*"), profile);
               setEnv(s, "GONOSUMDB", QStringLiteral("corp.example.com"), profile);
           })
        << 0 << "";
    QTest::newRow("checksum-db-disabled: GOINSECURE=* alone")
        << "checksum-db-disabled" << distro([=](Side &s) { setEnv(s, "GOINSECURE", QStringLiteral("*"), profile); })
        << 0 << "";
    QTest::newRow("checksum-db-disabled: GOFLAGS=-insecure") << "checksum-db-disabled" << distro([=](Side &s) {
        setEnv(s, "GOFLAGS", QStringLiteral("-mod=mod  -insecure"), profile);
    }) << 1 << "GOFLAGS";
    QTest::newRow("checksum-db-disabled: GOFLAGS=-insecure=false")
        << "checksum-db-disabled"
        << distro([=](Side &s) { setEnv(s, "GOFLAGS", QStringLiteral("-insecure=false"), profile); }) << 0 << "";
    QTest::newRow("checksum-db-disabled: GOSUMDB=off from $GOROOT/go.env")
        << "checksum-db-disabled" << distro([](Side &s) {
               setEnv(s, "GOSUMDB", QStringLiteral("off"), QStringLiteral("/usr/local/go/go.env:9"));
           })
        << 1 << "/usr/local/go/go.env:9";
    QTest::newRow("checksum-db-disabled: GOSUMDB=off with a CR is not off")
        << "checksum-db-disabled" << distro([](Side &s) {
               setEnv(s, "GOSUMDB", QStringLiteral("off\r"), QStringLiteral("/home/dev/.config/go/env:1"));
           })
        << 0 << "";
    QTest::newRow("checksum-db-disabled: private paths only") << "checksum-db-disabled" << distro([=](Side &s) {
        setEnv(s, "GONOSUMDB", QStringLiteral("*.corp.example.com,rsc.io/private"), profile);
    }) << 0 << "";

    QTest::newRow("rc-conflicting-exports") << "rc-conflicting-exports" << distro([](Side &s) {
        s.rcAssignments = { { QStringLiteral("/home/dev/.profile"), 3, QStringLiteral("GOPATH"),
                                QStringLiteral("$HOME/go"), QStringLiteral("export GOPATH=$HOME/go") },
            { QStringLiteral("/home/dev/.bashrc"), 118, QStringLiteral("GOPATH"), QStringLiteral("/srv/go"),
                QStringLiteral("export GOPATH=/srv/go") } };
    }) << 1 << "/home/dev/.bashrc:118";
    QTest::newRow("rc-conflicting-exports: same value twice") << "rc-conflicting-exports" << distro([](Side &s) {
        s.rcAssignments = { { QStringLiteral("/home/dev/.profile"), 3, QStringLiteral("GOPATH"),
                                QStringLiteral("/srv/go"), QStringLiteral("export GOPATH=/srv/go") },
            { QStringLiteral("/home/dev/.bashrc"), 118, QStringLiteral("GOPATH"), QStringLiteral("/srv/go"),
                QStringLiteral("export GOPATH=/srv/go") } };
    }) << 0 << "";

    QTest::newRow("kernel-modules-missing")
        << "kernel-modules-missing" << distro([](Side &s) { s.kernelModulesPresent = false; }) << 1
        << "5.15.153.1-microsoft-standard-WSL2";
    QTest::newRow("kernel-modules-missing: local side is not WSL") << "kernel-modules-missing" << Scenario([] {
        Side s = healthyDistro();
        s.id = SideId::local();
        s.kernelModulesPresent = false;
        return of({ s });
    }) << 0 << "";

    QTest::newRow("vscode-goroot-mismatch: Windows GOROOT in the distro's settings")
        << "vscode-goroot-mismatch" << distro([](Side &s) {
               s.vscodeGoroot = QStringLiteral("C:\\Program Files\\Go");
               s.vscodeGorootOrigin
                   = originFromText(QStringLiteral("/home/dev/.vscode-server/data/Machine/settings.json:3"));
           })
        << 1 << "settings.json:3";
    QTest::newRow("vscode-goroot-mismatch: names the installed root")
        << "vscode-goroot-mismatch" << distro([](Side &s) {
               s.vscodeGoroot = QStringLiteral("/usr/local/go");
               s.vscodeGorootOrigin
                   = originFromText(QStringLiteral("/home/dev/.vscode-server/data/Machine/settings.json:3"));
           })
        << 0 << "";

    QTest::newRow("vscode-goroot-mismatch: Windows GOROOT through the drive mount")
        << "vscode-goroot-mismatch" << distro([](Side &s) {
               s.vscodeGoroot = QStringLiteral("/mnt/c/Program Files/Go");
               s.vscodeGorootOrigin
                   = originFromText(QStringLiteral("/home/dev/.vscode-server/data/Machine/settings.json:2"));
           })
        << 1 << "other side";

    QTest::newRow("distro-not-scanned") << "distro-not-scanned" << distro([](Side &s) {
        s = Side();
        s.id = SideId::wsl(QStringLiteral("Debian"));
        s.name = QStringLiteral("Debian");
        s.state = Side::State::Stopped;
    }) << 1 << "Debian";
    QTest::newRow("distro-not-scanned: installing") << "distro-not-scanned" << distro([](Side &s) {
        s = Side();
        s.id = SideId::wsl(QStringLiteral("Alpine"));
        s.name = QStringLiteral("Alpine");
        s.state = Side::State::Unknown;
        s.scanError = QStringLiteral("not scanned: wsl.exe lists Alpine as 'Installing'");
    }) << 1 << "Installing";
    QTest::newRow("distro-not-scanned: the probe failed") << "distro-not-scanned" << distro([](Side &s) {
        s.scanned = false;
        s.scanError = QStringLiteral("the probe timed out after 30 s");
    }) << 1 << "timed out";
    QTest::newRow("distro-not-scanned: stopped but woken and scanned")
        << "distro-not-scanned" << distro([](Side &s) { s.state = Side::State::Stopped; }) << 0 << "";
}

void TestRules::rule()
{
    QFETCH(QString, id);
    QFETCH(Scenario, scenario);
    QFETCH(int, count);
    QFETCH(QString, mentions);

    const Snapshot snapshot = scenario();
    const Diagnosis::Rule *rule = nullptr;
    for (const Diagnosis::Rule &r : Diagnosis::rules()) {
        if (r.id == id)
            rule = &r;
    }
    QVERIFY2(rule, qPrintable(id));
    const QList<Finding> findings = rule->check(snapshot);
    QStringList messages;
    for (const Finding &f : findings)
        messages.append(f.message);
    QVERIFY2(findings.size() == count, qPrintable(messages.join(QStringLiteral(" | "))));
    for (const Finding &f : findings) {
        QCOMPARE(f.id, id);
        QCOMPARE(f.severity, rule->severity);
        QVERIFY2(f.message.contains(mentions), qPrintable(f.message));
        QVERIFY(!f.fix.isEmpty());
        m_fired.insert(id);
    }
}

void TestRules::everyCatalogueIdIsCovered()
{
    QStringList missing;
    for (const Diagnosis::Rule &r : Diagnosis::rules()) {
        if (!m_fired.contains(r.id))
            missing.append(r.id);
    }
    QCOMPARE(missing, QStringList());
    QCOMPARE(Diagnosis::rules().size(), 22);
}

void TestRules::everyIdHasADocEntry()
{
    QFile doc(QStringLiteral(GODUAL_SOURCE_DIR "/docs/diagnostics.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const Diagnosis::Rule &r : Diagnosis::rules()) {
        const qsizetype at = text.indexOf(QStringLiteral("\n## ") + r.id + u'\n');
        QVERIFY2(at >= 0, qPrintable(r.id));
        const QString severity = Finding::severityName(r.severity);
        QVERIFY2(text.mid(at, 200).contains(QStringLiteral("**") + severity), qPrintable(r.id));
        // What `godual fix` does for it (or why it has none), within its own section.
        const qsizetype next = text.indexOf(QStringLiteral("\n## "), at + 1);
        QVERIFY2(text.mid(at, next < 0 ? -1 : next - at).contains(QStringLiteral("\n*Fix with GoDual:* ")),
            qPrintable(r.id));
    }
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
