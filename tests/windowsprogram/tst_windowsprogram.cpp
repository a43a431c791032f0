#include "loopbackhttpserver.h"
#include "processrun.h"

#include <KZip>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;

// godual.exe / godual.com as built for Windows, run under Wine against Wine's real registry and
// C: drive: what `tools/dev windows test` proves about the Windows program from Linux.
// Environment (set by tools/dev): GODUAL_WINDOWS_BUILD (the windows-cross build folder), GODUAL_WINE,
// WINEPREFIX; GODUAL_WINDOWS_PACKAGE (the folder `tools/windows/package` filled) for the installer.
class TestWindowsProgram : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version_data();
    void version();
    void diagnosesWineRegistry();
    void usesAndUndoesInWineRegistry();
    void missingWslIsAClearError();
    void installsWindowsZip();
    void installerInstallsAndUninstalls();
    void portableZipRuns();
    void printsUtf8();

private:
    ProcessRun::Outcome wine(const QStringList &args, const QProcessEnvironment &extra = {}, int timeoutMs = 300'000);
    // Qt puts a Windows build's executables at the top of its build folder.
    QString program(const char *name) const { return m_build + u'/' + QLatin1StringView(name); }
    bool regAdd(const QString &key, const QString &name, const QString &type, const QString &data);
    // The value's line as Wine's own `reg query KEY /v NAME` prints it ("Path REG_EXPAND_SZ ..."),
    // white space between the fields made single; empty when there is none.
    QString regQuery(const QString &key, const QString &name);

    QString m_build;
    QString m_wine;
    QString m_prefix;
    QString m_profile; // this machine's path of the Windows user's %USERPROFILE%
    QString m_user;
};

namespace {

QString requiredEnv(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        qFatal("%s is not set; run this through tools/dev windows test", name);
    return value;
}

// A minimal Windows Go SDK: what GoDual checks an SDK by (VERSION, bin\go.exe, pkg\tool).
void makeSdk(const QString &root, const QString &version)
{
    QVERIFY(QDir().mkpath(root + QStringLiteral("/bin")));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/pkg/tool/windows_amd64")));
    QFile v(root + QStringLiteral("/VERSION"));
    QVERIFY(v.open(QIODevice::WriteOnly));
    v.write(version.toUtf8() + "\ntime 2024-08-06T15:47:39Z\n");
    QFile go(root + QStringLiteral("/bin/go.exe"));
    QVERIFY(go.open(QIODevice::WriteOnly));
    go.write(QByteArray(QByteArray("MZ\x90\0", 4) + QByteArray(60, '\0')));
}

} // namespace

ProcessRun::Outcome TestWindowsProgram::wine(const QStringList &args, const QProcessEnvironment &extra, int timeoutMs)
{
    // The program sees the Unix environment through Wine: GoDual's seams and Go settings stay out
    // of it unless a test sets them, so it reads Wine's registry and drives.
    QProcessEnvironment env = ProcessRun::hermeticEnvironment();
    env.insert(extra);
    return ProcessRun::run(m_wine, args, env, timeoutMs);
}

bool TestWindowsProgram::regAdd(const QString &key, const QString &name, const QString &type, const QString &data)
{
    const auto r = wine({ QStringLiteral("reg"), QStringLiteral("add"), key, QStringLiteral("/v"), name,
        QStringLiteral("/t"), type, QStringLiteral("/d"), data, QStringLiteral("/f") });
    return r.exitCode == 0;
}

QString TestWindowsProgram::regQuery(const QString &key, const QString &name)
{
    const auto r = wine({ QStringLiteral("reg"), QStringLiteral("query"), key, QStringLiteral("/v"), name });
    for (const QString &line : r.out.split(u'\n')) {
        const QString fields = line.simplified();
        if (fields.startsWith(name + u' '))
            return fields;
    }
    return {};
}

void TestWindowsProgram::initTestCase()
{
    m_build = requiredEnv("GODUAL_WINDOWS_BUILD");
    m_wine = requiredEnv("GODUAL_WINE");
    m_prefix = requiredEnv("WINEPREFIX");
    QVERIFY2(QFile::exists(program("godual.com")), qPrintable(program("godual.com")));
    // Wine names the Windows user after the Unix one.
    const auto who = wine({ QStringLiteral("cmd"), QStringLiteral("/c"), QStringLiteral("echo %USERNAME%") });
    QCOMPARE(who.exitCode, 0);
    m_user = who.out.trimmed();
    QVERIFY(!m_user.isEmpty());
    m_profile = m_prefix + QStringLiteral("/drive_c/users/") + m_user;
    QVERIFY2(QFileInfo(m_profile).isDir(), qPrintable(m_profile));
    // Each run starts from the same Windows side: no SDKs, no Go values of an earlier run.
    QDir(m_profile + QStringLiteral("/sdk")).removeRecursively();
    for (const char *name : { "GOPATH", "GOROOT", "WSLENV" })
        wine({ QStringLiteral("reg"), QStringLiteral("delete"), QStringLiteral("HKCU\\Environment"),
            QStringLiteral("/v"), QLatin1StringView(name), QStringLiteral("/f") });
}

void TestWindowsProgram::version_data()
{
    QTest::addColumn<QString>("exe");
    QTest::newRow("godual.com") << QStringLiteral("godual.com");
    QTest::newRow("godual.exe") << QStringLiteral("godual.exe");
}

void TestWindowsProgram::version()
{
    QFETCH(QString, exe);
    const auto r = wine({ m_build + u'/' + exe, QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("godual " GODUAL_EXPECTED_VERSION));
}

void TestWindowsProgram::diagnosesWineRegistry()
{
    // A Go setup as an SDK installer and a user leave it: the SDK's bin on the user Path through
    // %USERPROFILE% (REG_EXPAND_SZ), GOPATH set, WSLENV forwarding GOPATH.
    makeSdk(m_profile + QStringLiteral("/sdk/go1.22.6"), QStringLiteral("go1.22.6"));
    QVERIFY(regAdd(QStringLiteral("HKCU\\Environment"), QStringLiteral("Path"), QStringLiteral("REG_EXPAND_SZ"),
        QStringLiteral("%USERPROFILE%\\sdk\\go1.22.6\\bin;%USERPROFILE%\\go\\bin")));
    QVERIFY(regAdd(QStringLiteral("HKCU\\Environment"), QStringLiteral("GOPATH"), QStringLiteral("REG_SZ"),
        QStringLiteral("C:\\users\\%1\\go").arg(m_user)));
    QVERIFY(regAdd(QStringLiteral("HKCU\\Environment"), QStringLiteral("WSLENV"), QStringLiteral("REG_SZ"),
        QStringLiteral("GOPATH/p")));

    const auto r = wine({ program("godual.com"), QStringLiteral("diagnose"), QStringLiteral("--json"),
        QStringLiteral("--side"), QStringLiteral("windows") });
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + r.out));
    QJsonObject windows;
    for (const QJsonValue side : doc[u"sides"].toArray()) {
        if (side[u"id"].toString() == QLatin1StringView("windows"))
            windows = side.toObject();
    }
    QVERIFY2(!windows.isEmpty(), qPrintable(r.out));
    const QString sdk = QStringLiteral("C:\\users\\%1\\sdk\\go1.22.6").arg(m_user);
    bool found = false;
    for (const QJsonValue install : windows[u"installs"].toArray()) {
        if (install[u"version"].toString() == QLatin1StringView("go1.22.6")) {
            found = true;
            QCOMPARE(install[u"goroot"].toString().toLower(), sdk.toLower());
        }
    }
    QVERIFY2(found, qPrintable(r.out));
    QCOMPARE(windows[u"active"][u"path"].toString().toLower(), (sdk + QStringLiteral("\\bin\\go.exe")).toLower());
    QCOMPARE(windows[u"active"][u"version"].toString(), QStringLiteral("go1.22.6"));
    const QJsonObject env = windows[u"env"].toObject();
    QCOMPARE(env[u"GOPATH"][u"value"].toString(), QStringLiteral("C:\\users\\%1\\go").arg(m_user));
    QCOMPARE(env[u"GOPATH"][u"origin"].toString(), QStringLiteral("HKEY_CURRENT_USER\\Environment\\GOPATH"));
    const QJsonArray path = env[u"PATH"].toArray();
    QVERIFY(!path.isEmpty());
    bool sdkOnPath = false;
    for (const QJsonValue entry : path) {
        if (entry[u"value"].toString().compare(sdk + QStringLiteral("\\bin"), Qt::CaseInsensitive) == 0) {
            sdkOnPath = true;
            QCOMPARE(entry[u"origin"].toString(), QStringLiteral("HKEY_CURRENT_USER\\Environment\\Path"));
        }
    }
    QVERIFY2(sdkOnPath, qPrintable(r.out));
    QStringList ids;
    for (const QJsonValue f : doc[u"findings"].toArray())
        ids.append(f[u"id"].toString());
    QVERIFY2(ids.contains(QStringLiteral("wslenv-forwards-go-vars")), qPrintable(ids.join(u' ')));
}

void TestWindowsProgram::usesAndUndoesInWineRegistry()
{
    // The user Path diagnosesWineRegistry left: go1.22.6's bin (through %USERPROFILE%) first.
    // `use` puts go1.21.13's bin first in the same REG_EXPAND_SZ value, drops the other SDK's,
    // and a new scan finds the chosen go.exe; undo returns the value as it was.
    makeSdk(m_profile + QStringLiteral("/sdk/go1.21.13"), QStringLiteral("go1.21.13"));
    const QString key = QStringLiteral("HKCU\\Environment");
    const QString before = regQuery(key, QStringLiteral("Path"));
    QCOMPARE(before, QStringLiteral("Path REG_EXPAND_SZ %USERPROFILE%\\sdk\\go1.22.6\\bin;%USERPROFILE%\\go\\bin"));

    const auto used = wine({ program("godual.com"), QStringLiteral("use"), QStringLiteral("1.21.13"),
        QStringLiteral("--side"), QStringLiteral("windows"), QStringLiteral("--yes"), QStringLiteral("--json") });
    QVERIFY2(used.exitCode == 0, qPrintable(used.err + used.out));
    const QJsonDocument doc = QJsonDocument::fromJson(used.out.toUtf8());
    QVERIFY2(doc[u"applied"].toBool(), qPrintable(used.out));
    const QString sdk = QStringLiteral("C:\\users\\%1\\sdk\\go1.21.13").arg(m_user);
    QCOMPARE(doc[u"verified"][u"goroot"].toString().toLower(), sdk.toLower());
    QCOMPARE(regQuery(key, QStringLiteral("Path")),
        QStringLiteral("Path REG_EXPAND_SZ %USERPROFILE%\\sdk\\go1.21.13\\bin;%USERPROFILE%\\go\\bin"));

    const auto list = wine(
        { program("godual.com"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--side=windows") });
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QJsonArray sides = QJsonDocument::fromJson(list.out.toUtf8())[u"sides"].toArray();
    QVERIFY2(!sides.isEmpty(), qPrintable(list.out));
    QCOMPARE(sides.first()[u"active"][u"version"].toString(), QStringLiteral("go1.21.13"));

    const auto undo = wine({ program("godual.com"), QStringLiteral("undo"), QStringLiteral("--yes") });
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.err + undo.out));
    QCOMPARE(regQuery(key, QStringLiteral("Path")), before);
}

void TestWindowsProgram::missingWslIsAClearError()
{
    // Wine has no wsl.exe: the scan says so and still shows the Windows side.
    const auto r = wine({ program("godual.com"), QStringLiteral("diagnose"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    QVERIFY2(doc.isObject(), qPrintable(r.out));
    // On stderr, naming where wsl.exe was looked for.
    QVERIFY2(r.err.contains(QLatin1StringView("System32\\wsl.exe"), Qt::CaseInsensitive), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1StringView("WSL is not installed")), qPrintable(r.err));
    bool windows = false;
    for (const QJsonValue side : doc[u"sides"].toArray())
        windows = windows || side[u"id"].toString() == QLatin1StringView("windows");
    QVERIFY(windows);
}

void TestWindowsProgram::installsWindowsZip()
{
    // A small windows-amd64 release, served with its index the way go.dev/dl serves them.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString zipPath = dir.filePath(QStringLiteral("go1.23.1.windows-amd64.zip"));
    {
        KZip zip(zipPath);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QVERIFY(zip.writeFile(QStringLiteral("go/VERSION"), QByteArray("go1.23.1\ntime 2024-09-05T00:00:00Z\n")));
        const QByteArray pe = QByteArray("MZ\x90\0", 4) + QByteArray(60, '\0');
        QVERIFY(zip.writeFile(QStringLiteral("go/bin/go.exe"), pe));
        QVERIFY(zip.writeFile(QStringLiteral("go/pkg/tool/windows_amd64/compile.exe"), QByteArray("MZ", 2)));
        QVERIFY(zip.writeFile(QStringLiteral("go/src/fmt/print.go"), QByteArray("package fmt\n")));
        QVERIFY(zip.close());
    }
    QFile zipFile(zipPath);
    QVERIFY(zipFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = zipFile.readAll();
    const QJsonArray index { QJsonObject { { QStringLiteral("version"), QStringLiteral("go1.23.1") },
        { QStringLiteral("stable"), true },
        { QStringLiteral("files"),
            QJsonArray { QJsonObject { { QStringLiteral("filename"), QStringLiteral("go1.23.1.windows-amd64.zip") },
                { QStringLiteral("os"), QStringLiteral("windows") },
                { QStringLiteral("arch"), QStringLiteral("amd64") },
                { QStringLiteral("version"), QStringLiteral("go1.23.1") },
                { QStringLiteral("sha256"),
                    QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) },
                { QStringLiteral("size"), double(bytes.size()) },
                { QStringLiteral("kind"), QStringLiteral("archive") } } } } } };
    Test::LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.serve("/dl/", QJsonDocument(index).toJson());
    server.serve("/dl/go1.23.1.windows-amd64.zip", bytes);

    QProcessEnvironment env;
    env.insert(QStringLiteral("GODUAL_RELEASES_URL"), server.url(QStringLiteral("/dl/")).toString());
    const auto r = wine({ program("godual.com"), QStringLiteral("install"), QStringLiteral("go1.23.1"),
                            QStringLiteral("--side"), QStringLiteral("windows") },
        env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QString sdk = m_profile + QStringLiteral("/sdk/go1.23.1");
    QVERIFY2(QFile::exists(sdk + QStringLiteral("/bin/go.exe")), qPrintable(r.out + r.err));
    QFile version(sdk + QStringLiteral("/VERSION"));
    QVERIFY(version.open(QIODevice::ReadOnly));
    QCOMPARE(version.readLine().trimmed(), QByteArray("go1.23.1"));
    QVERIFY(QFile::exists(sdk + QStringLiteral("/src/fmt/print.go")));
    // The next scan lists it.
    const auto list = wine({ program("godual.com"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(list.out.contains(QLatin1StringView("go1.23.1")), qPrintable(list.out));
}

void TestWindowsProgram::installerInstallsAndUninstalls()
{
    const QString package = requiredEnv("GODUAL_WINDOWS_PACKAGE");
    const QStringList setups = QDir(package).entryList({ QStringLiteral("godual-*-windows-x64-setup.exe") });
    QCOMPARE(setups.size(), 1);
    const QString installDir = m_profile + QStringLiteral("/AppData/Local/Programs/GoDual");
    QDir(installDir).removeRecursively();
    // What GoDual keeps for the user (its journal and backups) must survive an uninstall.
    const QString kept = m_profile + QStringLiteral("/AppData/Local/godual/journal/keep-me");
    QVERIFY(QDir().mkpath(QFileInfo(kept).path()));
    QFile keptFile(kept);
    QVERIFY(keptFile.open(QIODevice::WriteOnly));
    keptFile.close();

    const auto installed = wine({ QDir(package).filePath(setups.first()), QStringLiteral("/S") });
    QCOMPARE(installed.exitCode, 0);
    QVERIFY2(QFile::exists(installDir + QStringLiteral("/godual.exe")), qPrintable(installDir));
    QVERIFY(QFile::exists(installDir + QStringLiteral("/plugins/platforms/qwindows.dll")));
    const auto runs = wine({ installDir + QStringLiteral("/godual.com"), QStringLiteral("--version") });
    QCOMPARE(runs.exitCode, 0);
    QCOMPARE(runs.out.trimmed(), QStringLiteral("godual " GODUAL_EXPECTED_VERSION));
    QVERIFY(
        QFile::exists(m_profile + QStringLiteral("/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/GoDual.lnk")));

    // `_?=` runs the uninstaller in place, so it is done when the process ends.
    const auto removed = wine({ installDir + QStringLiteral("/uninstall.exe"), QStringLiteral("/S"),
        QStringLiteral("_?=C:\\users\\%1\\AppData\\Local\\Programs\\GoDual").arg(m_user) });
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(!QFile::exists(installDir + QStringLiteral("/godual.exe")));
    QVERIFY(!QFile::exists(installDir + QStringLiteral("/Qt6Core.dll")));
    QVERIFY(!QFile::exists(
        m_profile + QStringLiteral("/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/GoDual.lnk")));
    QVERIFY(QFile::exists(kept));
}

void TestWindowsProgram::portableZipRuns()
{
    const QString package = requiredEnv("GODUAL_WINDOWS_PACKAGE");
    const QStringList zips = QDir(package).entryList({ QStringLiteral("godual-*-windows-x64.zip") });
    QCOMPARE(zips.size(), 1);
    // Unpacked anywhere (here: a folder Wine sees as Z:\...), the folder runs as it is.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
        { QStringLiteral("-q"), QDir(package).filePath(zips.first()), QStringLiteral("-d"), dir.path() });
    QVERIFY(unzip.waitForFinished(120'000));
    QCOMPARE(unzip.exitCode(), 0);
    const auto r = wine({ dir.filePath(QStringLiteral("GoDual/godual.com")), QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("godual " GODUAL_EXPECTED_VERSION));
    const auto diagnose
        = wine({ dir.filePath(QStringLiteral("GoDual/godual.com")), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(diagnose.exitCode == 0, qPrintable(diagnose.err));
    QVERIFY(QJsonDocument::fromJson(diagnose.out.toUtf8()).isObject());
}

void TestWindowsProgram::printsUtf8()
{
    // A Chinese Windows user's console gets the translated help as UTF-8; the expected text is the
    // translation file's, not the program's.
    QFile ts(QStringLiteral(GODUAL_SOURCE_TREE "/resources/translations/godual_zh_CN.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray text = ts.readAll();
    const QByteArray source = "<source>usage: godual [COMMAND [OPTIONS]]</source>";
    const qsizetype at = text.indexOf(source);
    QVERIFY(at >= 0);
    const qsizetype open = text.indexOf("<translation>", at) + qsizetype(strlen("<translation>"));
    const QString expected = QString::fromUtf8(text.mid(open, text.indexOf("</translation>", open) - open));
    QVERIFY(!expected.isEmpty());
    QProcessEnvironment env;
    env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    const auto r = wine({ program("godual.com"), QStringLiteral("--help") }, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(expected), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestWindowsProgram)
#include "tst_windowsprogram.moc"
