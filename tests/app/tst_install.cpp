#include "loopbackhttpserver.h"
#include "processrun.h"
#include "requirement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using GoDual::Test::LoopbackHttpServer;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions extra = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return !extra || f.setPermissions(f.permissions() | extra);
}

// A folder that looks like an SDK of `version` to `godual remove`: VERSION and an executable bin/go.
bool makeFakeSdk(const QString &folder, const QString &versionLine)
{
    return QDir().mkpath(folder + QStringLiteral("/bin"))
        && writeFile(folder + QStringLiteral("/VERSION"), versionLine.toUtf8() + "\ntime 2025-01-01T00:00:00Z\n")
        && writeFile(
            folder + QStringLiteral("/bin/go"), "#!/bin/sh\necho fake\n", QFileDevice::ExeOwner | QFileDevice::ExeUser);
}

} // namespace

// Runs the built `godual install` and `godual remove` as a user would, with HOME, the release
// index (GODUAL_RELEASES_URL) and the state dir (GODUAL_STATE_DIR) pointed at temporary places.
class TestInstall : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void installThenRemove();
    void removeRefusesNonSdk_data();
    void removeRefusesNonSdk();
    void removeRefusesActiveUnlessForced();
    void unreachableSides_data();
    void unreachableSides();

private:
    using Run = GoDual::ProcessRun::Outcome;
    Run run(const QStringList &args, const QString &pathPrefix = {});

    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_state;
};

void TestInstall::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_home = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid() && m_state->isValid());
}

void TestInstall::cleanup()
{
    m_server.reset();
    m_home.reset();
    m_state.reset();
}

TestInstall::Run TestInstall::run(const QStringList &args, const QString &pathPrefix)
{
    QProcessEnvironment env = GoDual::ProcessRun::hermeticEnvironment();
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("GODUAL_RELEASES_URL"), m_server->url(QStringLiteral("/dl/")).toString());
    env.insert(QStringLiteral("GODUAL_STATE_DIR"), m_state->path());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("godual.*=false"));
    env.remove(QStringLiteral("SystemRoot"));
    if (!pathPrefix.isEmpty())
        env.insert(QStringLiteral("PATH"), pathPrefix + u':' + env.value(QStringLiteral("PATH")));
    return GoDual::ProcessRun::run(QStringLiteral(GODUAL_EXECUTABLE), args, env, 300000);
}

// A real install from a tar.gz of the Debian GOROOT, then its removal.
void TestInstall::installThenRemove()
{
    const QString go = QStandardPaths::findExecutable(QStringLiteral("go"));
    GODUAL_REQUIRE_OR_SKIP(!go.isEmpty() && !QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty(),
        "needs a Go toolchain and GNU tar (the build root installs golang-go and tar)");
    GODUAL_REQUIRE_OR_SKIP(QSysInfo::kernelType() == u"linux" && QSysInfo::currentCpuArchitecture() == u"x86_64",
        "the archive is named for linux-amd64");
    QProcess env;
    env.start(go, { QStringLiteral("env"), QStringLiteral("GOROOT") });
    QVERIFY(env.waitForFinished());
    const QString goroot = QString::fromUtf8(env.readAllStandardOutput()).trimmed();
    QFile versionFile(goroot + QStringLiteral("/VERSION"));
    QVERIFY(versionFile.open(QIODevice::ReadOnly));
    const QString version = QString::fromUtf8(versionFile.readLine()).trimmed();
    const QString filename = version + QStringLiteral(".linux-amd64.tar.gz");
    QTemporaryDir fixtures;
    const QString archivePath = fixtures.filePath(filename);
    QProcess tar;
    tar.start(QStringLiteral("tar"),
        { QStringLiteral("--format=pax"), QStringLiteral("-czhf"), archivePath, QStringLiteral("--transform"),
            QStringLiteral("s,^\\.,go,"), QStringLiteral("-C"), goroot, QStringLiteral(".") });
    QVERIFY(tar.waitForFinished(300000));
    QCOMPARE(tar.exitCode(), 0);
    QFile archiveFile(archivePath);
    QVERIFY(archiveFile.open(QIODevice::ReadOnly));
    const QByteArray archive = archiveFile.readAll();
    const QJsonObject file { { QStringLiteral("filename"), filename },
        { QStringLiteral("os"), QStringLiteral("linux") }, { QStringLiteral("arch"), QStringLiteral("amd64") },
        { QStringLiteral("version"), version },
        { QStringLiteral("sha256"),
            QString::fromLatin1(QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex()) },
        { QStringLiteral("size"), archive.size() }, { QStringLiteral("kind"), QStringLiteral("archive") } };
    const QJsonObject release { { QStringLiteral("version"), version }, { QStringLiteral("stable"), true },
        { QStringLiteral("files"), QJsonArray { file } } };
    m_server->serve("/dl/", QJsonDocument(QJsonArray { release }).toJson());
    m_server->serve("/dl/" + filename.toUtf8(), archive);

    const QString target = m_home->filePath(QStringLiteral("sdk/") + version);
    const Run installed
        = run({ QStringLiteral("install"), version, QStringLiteral("--side"), QStringLiteral("local") });
    QCOMPARE(installed.exitCode, 0);
    // Not a terminal: no progress line, only the GOROOT on stdout.
    QVERIFY2(installed.err.isEmpty(), qPrintable(installed.err));
    QCOMPARE(installed.out, target + u'\n');
    QVERIFY(QFileInfo(target + QStringLiteral("/bin/go")).isExecutable());

    const Run again = run({ QStringLiteral("install"), version, QStringLiteral("--side"), QStringLiteral("local") });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(target), qPrintable(again.err));

    const Run removed = run({ QStringLiteral("remove"), version, QStringLiteral("--side"), QStringLiteral("local") });
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(removed.out.contains(target));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(
        QDir(m_home->filePath(QStringLiteral("sdk"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList());
}

void TestInstall::removeRefusesNonSdk_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("there is no");
    QTest::newRow("no VERSION") << QStringLiteral("plain") << QStringLiteral("not a Go SDK");
    QTest::newRow("other version") << QStringLiteral("other") << QStringLiteral("not a Go SDK");
    QTest::newRow("no bin/go") << QStringLiteral("nobin") << QStringLiteral("bin/go");
    QTest::newRow("link to an SDK elsewhere") << QStringLiteral("link") << QStringLiteral("link");
}

void TestInstall::removeRefusesNonSdk()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString folder = m_home->filePath(QStringLiteral("sdk/go1.30.1"));
    const QString elsewhere = m_home->filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(m_home->filePath(QStringLiteral("sdk"))));
    if (kind == u"plain") {
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + QStringLiteral("/notes.txt"), "mine\n"));
    } else if (kind == u"other") {
        QVERIFY(makeFakeSdk(folder, QStringLiteral("go1.30.2")));
    } else if (kind == u"nobin") {
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + QStringLiteral("/VERSION"), "go1.30.1\n"));
    } else if (kind == u"link") {
        QVERIFY(makeFakeSdk(elsewhere, QStringLiteral("go1.30.1")));
        QVERIFY(QFile::link(elsewhere, folder));
    }
    const Run r = run({ QStringLiteral("remove"), QStringLiteral("go1.30.1"), QStringLiteral("--side"),
        QStringLiteral("local"), QStringLiteral("--force") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    if (kind != u"missing")
        QVERIFY(QFileInfo(folder).exists() || QFileInfo(folder).isSymLink());
    if (kind == u"link")
        QVERIFY(QFileInfo::exists(elsewhere + QStringLiteral("/bin/go")));
}

// The active Go is the one a new terminal finds (the login shell's PATH, as `list` shows it),
// not the first go on godual's own PATH.
void TestInstall::removeRefusesActiveUnlessForced()
{
    const QString folder = m_home->filePath(QStringLiteral("sdk/go1.30.1"));
    QVERIFY(makeFakeSdk(folder, QStringLiteral("go1.30.1")));
    QVERIFY(writeFile(m_home->filePath(QStringLiteral(".profile")), "export PATH=\"$HOME/sdk/go1.30.1/bin:$PATH\"\n"));
    const QStringList args { QStringLiteral("remove"), QStringLiteral("go1.30.1"), QStringLiteral("--side"),
        QStringLiteral("local") };
    const Run refused = run(args);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/bin/go")));

    const Run forced = run(args + QStringList { QStringLiteral("--force") });
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(!QFileInfo::exists(folder));

    // Only on godual's own PATH, where no new terminal looks: not the active Go, so removed.
    const QString other = m_home->filePath(QStringLiteral("sdk/go1.30.2"));
    QVERIFY(makeFakeSdk(other, QStringLiteral("go1.30.2")));
    QVERIFY(writeFile(m_home->filePath(QStringLiteral(".profile")), "# no Go here\n"));
    const Run removed = run(
        { QStringLiteral("remove"), QStringLiteral("go1.30.2"), QStringLiteral("--side"), QStringLiteral("local") },
        other + QStringLiteral("/bin"));
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY(!QFileInfo::exists(other));
}

void TestInstall::unreachableSides_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    // This machine has no registry file and no wsl.exe (the test removes the seams).
    QTest::newRow("install windows") << QStringList { QStringLiteral("install"), QStringLiteral("go1.22.6"),
        QStringLiteral("--side"), QStringLiteral("windows") }
                                     << QStringLiteral("GODUAL_REGISTRY");
    QTest::newRow("install wsl") << QStringList { QStringLiteral("install"), QStringLiteral("go1.22.6"),
        QStringLiteral("--side"), QStringLiteral("wsl:Ubuntu") }
                                 << QStringLiteral("no wsl.exe");
    QTest::newRow("remove wsl") << QStringList { QStringLiteral("remove"), QStringLiteral("go1.22.6"),
        QStringLiteral("--side"), QStringLiteral("wsl:Ubuntu") }
                                << QStringLiteral("no wsl.exe");
    QTest::newRow("remove windows") << QStringList { QStringLiteral("remove"), QStringLiteral("go1.22.6"),
        QStringLiteral("--side"), QStringLiteral("windows") }
                                    << QStringLiteral("GODUAL_REGISTRY");
    QTest::newRow("bad version") << QStringList { QStringLiteral("install"), QStringLiteral("1.22"),
        QStringLiteral("--side"), QStringLiteral("local") }
                                 << QStringLiteral("not a Go version");
    QTest::newRow("no side") << QStringList { QStringLiteral("install"), QStringLiteral("go1.22.6") }
                             << QStringLiteral("give one VERSION and --side ID");
}

void TestInstall::unreachableSides()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
