#include "platform/regfileparser.h"
#include "platform/regfileregistry.h"
#include "scan/windowssidereader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;

using Files = QMap<QString, QByteArray>; // path under the Windows root (c/Users/...) -> content

// The Windows side's Go installations as each installer leaves them: the MSI (in its default
// folder and wherever its registry value says), %USERPROFILE%\sdk, Scoop (versions, the `current`
// junction, shims on Path, a custom root), chocolatey; and which go.exe a new process runs.
class TestWindowsSideReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void installs_data();
    void installs();
};

namespace {

const QByteArray kPe = QByteArray("MZ\x90\0", 4) + QByteArray(60, '\0');

QByteArray machine(const QByteArray &userPath, const QByteArray &extraUserEnv = {}, const QByteArray &extraKeys = {})
{
    return "Windows Registry Editor Version 5.00\r\n\r\n"
           "[HKEY_CURRENT_USER\\Volatile Environment]\r\n"
           "\"USERPROFILE\"=\"C:\\\\Users\\\\dev\"\r\n"
           "\"APPDATA\"=\"C:\\\\Users\\\\dev\\\\AppData\\\\Roaming\"\r\n\r\n"
           "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment]\r\n"
           "\"Path\"=\"C:\\\\Windows\\\\system32\"\r\n"
           "\"ProgramData\"=\"C:\\\\ProgramData\"\r\n\r\n"
           "[HKEY_CURRENT_USER\\Environment]\r\n\"Path\"=\""
        + userPath + "\"\r\n" + extraUserEnv + "\r\n" + extraKeys;
}

// A full installation: VERSION, bin\go.exe and the folder pkg\tool (with a tool in it).
Files sdk(const QString &root, const QByteArray &version)
{
    return { { root + QStringLiteral("/VERSION"), version + "\ntime 2024-08-06T15:44:46Z\n" },
        { root + QStringLiteral("/bin/go.exe"), kPe },
        { root + QStringLiteral("/pkg/tool/windows_amd64/compile.exe"), kPe } };
}

Files merged(std::initializer_list<Files> parts)
{
    Files all;
    for (const Files &p : parts)
        all.insert(p);
    return all;
}

} // namespace

void TestWindowsSideReader::installs_data()
{
    QTest::addColumn<QByteArray>("registry");
    QTest::addColumn<Files>("files");
    QTest::addColumn<QStringList>("installs"); // "version goroot source [alias,...]"
    QTest::addColumn<QString>("active"); // "path kind goroot version", empty for none

    QTest::newRow("MSI in Program Files, on Path")
        << machine("C:\\\\Program Files\\\\Go\\\\bin") << sdk(QStringLiteral("c/Program Files/Go"), "go1.22.6")
        << QStringList { QStringLiteral("go1.22.6 C:\\Program Files\\Go msi") }
        << QStringLiteral("C:\\Program Files\\Go\\bin\\go.exe pe C:\\Program Files\\Go go1.22.6");

    QTest::newRow("MSI in a custom folder, found by its registry value")
        << machine("", {},
               "[HKEY_CURRENT_USER\\Software\\GoProgrammingLanguage]\r\n\"installed\"=dword:00000001\r\n"
               "\"installLocation\"=\"D:\\\\Tools\\\\Go\\\\\"\r\n\r\n")
        << sdk(QStringLiteral("d/Tools/Go"), "go1.21.13")
        << QStringList { QStringLiteral("go1.21.13 D:\\Tools\\Go msi") } << QString();

    QTest::newRow("golang.org/dl SDKs")
        << machine("C:\\\\Users\\\\dev\\\\sdk\\\\go1.22.6\\\\bin")
        << merged({ sdk(QStringLiteral("c/Users/dev/sdk/go1.21.0"), "go1.21.0"),
               sdk(QStringLiteral("c/Users/dev/sdk/go1.22.6"), "go1.22.6") })
        << QStringList { QStringLiteral("go1.21.0 C:\\Users\\dev\\sdk\\go1.21.0 sdk"),
               QStringLiteral("go1.22.6 C:\\Users\\dev\\sdk\\go1.22.6 sdk") }
        << QStringLiteral("C:\\Users\\dev\\sdk\\go1.22.6\\bin\\go.exe pe C:\\Users\\dev\\sdk\\go1.22.6 go1.22.6");

    // Scoop: two versions, `current` is the newer one, and Path holds the shims folder.
    const Files scoop = merged({ sdk(QStringLiteral("c/Users/dev/scoop/apps/go/1.21.5"), "go1.21.5"),
        sdk(QStringLiteral("c/Users/dev/scoop/apps/go/1.22.6"), "go1.22.6"),
        sdk(QStringLiteral("c/Users/dev/scoop/apps/go/current"), "go1.22.6"),
        { { QStringLiteral("c/Users/dev/scoop/shims/go.exe"), kPe },
            { QStringLiteral("c/Users/dev/scoop/shims/go.shim"),
                "path = \"C:\\Users\\dev\\scoop\\apps\\go\\current\\bin\\go.exe\"\r\n" } } });
    QTest::newRow("Scoop: versions, current, shims")
        << machine("C:\\\\Users\\\\dev\\\\scoop\\\\shims") << scoop
        << QStringList { QStringLiteral("go1.21.5 C:\\Users\\dev\\scoop\\apps\\go\\1.21.5 scoop"),
               QStringLiteral("go1.22.6 C:\\Users\\dev\\scoop\\apps\\go\\1.22.6 scoop "
                              "C:\\Users\\dev\\scoop\\apps\\go\\current") }
        << QStringLiteral("C:\\Users\\dev\\scoop\\shims\\go.exe shim C:\\Users\\dev\\scoop\\apps\\go\\1.22.6 go1.22.6");

    QTest::newRow("Scoop in the folder %SCOOP% names")
        << machine("D:\\\\scoop\\\\shims", "\"SCOOP\"=\"D:\\\\scoop\"\r\n")
        << merged({ sdk(QStringLiteral("d/scoop/apps/go/1.23.0"), "go1.23.0"),
               sdk(QStringLiteral("d/scoop/apps/go/current"), "go1.23.0"),
               { { QStringLiteral("d/scoop/shims/go.exe"), kPe },
                   { QStringLiteral("d/scoop/shims/go.shim"),
                       "path = D:\\scoop\\apps\\go\\current\\bin\\go.exe\n" } } })
        << QStringList { QStringLiteral("go1.23.0 D:\\scoop\\apps\\go\\1.23.0 scoop D:\\scoop\\apps\\go\\current") }
        << QStringLiteral("D:\\scoop\\shims\\go.exe shim D:\\scoop\\apps\\go\\1.23.0 go1.23.0");

    // A folder without VERSION is not Go, whatever its name.
    QTest::newRow("near miss: a go folder that is not an SDK")
        << machine("C:\\\\Users\\\\dev\\\\sdk\\\\go-tools\\\\bin")
        << Files { { QStringLiteral("c/Users/dev/sdk/go-tools/bin/go.exe"), kPe },
               { QStringLiteral("c/Program Files/Go/README.md"), "not an SDK" } }
        << QStringList {} << QStringLiteral("C:\\Users\\dev\\sdk\\go-tools\\bin\\go.exe pe  ");

    // An installation is VERSION, bin\go.exe and pkg\tool: a folder with VERSION alone, or
    // without pkg\tool, is not one, in the table's places or on Path.
    QTest::newRow("near miss: VERSION only, VERSION and go.exe without pkg\\tool, and a full SDK")
        << machine("C:\\\\Users\\\\dev\\\\sdk\\\\go1.20.1\\\\bin")
        << merged({ Files { { QStringLiteral("c/Program Files/Go/VERSION"), "go1.22.6\n" } },
               Files { { QStringLiteral("c/Users/dev/sdk/go1.20.1/VERSION"), "go1.20.1\n" },
                   { QStringLiteral("c/Users/dev/sdk/go1.20.1/bin/go.exe"), kPe } },
               sdk(QStringLiteral("c/Users/dev/sdk/go1.21.0"), "go1.21.0") })
        << QStringList { QStringLiteral("go1.21.0 C:\\Users\\dev\\sdk\\go1.21.0 sdk") }
        << QStringLiteral("C:\\Users\\dev\\sdk\\go1.20.1\\bin\\go.exe pe  ");
}

void TestWindowsSideReader::installs()
{
    QFETCH(QByteArray, registry);
    QFETCH(Files, files);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = root.filePath(it.key());
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(*it);
    }
    const auto contents = parseRegFile(registry, QStringLiteral("machine.reg"));
    QVERIFY2(contents, qPrintable(contents ? QString() : contents.error()));
    const Side side = WindowsSideReader::read(RegFileRegistry(*contents), *WindowsFiles::mapped(root.path()));

    QStringList got;
    for (const GoInstall &i : side.installs)
        got.append((QStringList { i.version, i.goroot, i.source } + i.aliases).join(u' '));
    got.sort();
    QTEST(got, "installs");
    const QString active = side.active
        ? QStringList { side.active->path, side.active->kind, side.active->goroot, side.active->version }.join(u' ')
        : QString();
    QTEST(active, "active");
}

QTEST_GUILESS_MAIN(TestWindowsSideReader)
#include "tst_windowssidereader.moc"
