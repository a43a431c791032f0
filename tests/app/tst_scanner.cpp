#include "scanner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace GoDual;

// The scanner against machines that go wrong: wsl.exe missing, no distro, a distro that hangs,
// a broken registry file, and a scan superseded by a newer one. The rest of the scan must
// always complete, and every failure must say what failed.
class TestScanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void wslMissing();
    void noDistroInstalled();
    void hangingDistroIsCutOffAndOthersComplete();
    void stoppedDistroIsNotWoken();
    void brokenRegistryFileIsReported();
    void newerScanSupersedes();

private:
    void write(const QString &path, const QByteArray &content);
    void makeDistro(const QString &name);
    Snapshot scan(Scanner &scanner, const ScanOptions &options = {});
    MachineSeams seams(const QString &wsl) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestScanner::write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

void TestScanner::makeDistro(const QString &name)
{
    if (::geteuid() != 0)
        QSKIP("the fake wsl.exe enters its distros with chroot and needs root (tools/dev test runs as root)");
    QProcess p;
    p.start(QStringLiteral(GODUAL_MAKE_DISTRO),
        { m_dir->filePath(QStringLiteral("wsl/distros/")) + name, QStringLiteral("--user"), QStringLiteral("dev") });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    write(m_dir->filePath(QStringLiteral("wsl/distros/")) + name + QStringLiteral("/etc/wsl.conf"),
        "[user]\ndefault=dev\n");
}

void TestScanner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("state"))));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("windows/c/Users/dev"))));
    write(m_dir->filePath(QStringLiteral("machine.reg")),
        "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Volatile Environment]\r\n"
        "\"USERPROFILE\"=\"C:\\\\Users\\\\dev\"\r\n\r\n");
    write(m_dir->filePath(QStringLiteral("wsl/distros.list")), "");
    qputenv("GODUAL_FAKE_WSL_HOME", m_dir->filePath(QStringLiteral("wsl")).toUtf8());
    qputenv("GODUAL_FAKE_WSL_STATE", m_dir->filePath(QStringLiteral("state")).toUtf8());
}

MachineSeams TestScanner::seams(const QString &wsl) const
{
    return { wsl, m_dir->filePath(QStringLiteral("machine.reg")), m_dir->filePath(QStringLiteral("windows")) };
}

Snapshot TestScanner::scan(Scanner &scanner, const ScanOptions &options)
{
    QSignalSpy finished(&scanner, &Scanner::finished);
    scanner.start(options);
    if (!finished.wait(60000))
        qWarning("the scan did not finish");
    return scanner.snapshot();
}

void TestScanner::wslMissing()
{
    Scanner scanner(seams(m_dir->filePath(QStringLiteral("no/such/wsl.exe"))));
    const Snapshot s = scan(scanner);
    QCOMPARE(s.errors.size(), 1);
    QVERIFY2(s.errors.first().contains(QStringLiteral("no/such/wsl.exe")), qPrintable(s.errors.first()));
    QCOMPARE(s.sides.size(), 1);
    QCOMPARE(s.sides.first().id, SideId::windows());
    QVERIFY(s.sides.first().scanned);
}

void TestScanner::noDistroInstalled()
{
    Scanner scanner(seams(QStringLiteral(GODUAL_FAKE_WSL)));
    const Snapshot s = scan(scanner);
    QCOMPARE(s.errors, QStringList());
    QCOMPARE(s.sides.size(), 1);
    QCOMPARE(s.sides.first().id, SideId::windows());
}

void TestScanner::hangingDistroIsCutOffAndOthersComplete()
{
    makeDistro(QStringLiteral("Ubuntu"));
    makeDistro(QStringLiteral("Stuck"));
    write(m_dir->filePath(QStringLiteral("wsl/distros.list")), "Ubuntu Running 2 default\nStuck Running 2 hang\n");
    Scanner scanner(seams(QStringLiteral(GODUAL_FAKE_WSL)));
    scanner.setTimeouts(10'000, 3'000);
    QElapsedTimer timer;
    timer.start();
    const Snapshot s = scan(scanner);
    QVERIFY2(timer.elapsed() < 15'000, "the scan waited for the hanging distro");
    const Side *stuck = s.side(SideId::wsl(QStringLiteral("Stuck")));
    const Side *ubuntu = s.side(SideId::wsl(QStringLiteral("Ubuntu")));
    QVERIFY(stuck && ubuntu && s.side(SideId::windows()));
    QVERIFY(!stuck->scanned);
    QVERIFY2(stuck->scanError.contains(QStringLiteral("did not finish")), qPrintable(stuck->scanError));
    QVERIFY2(ubuntu->scanned, qPrintable(ubuntu->scanError));
    QVERIFY(ubuntu->active);
}

void TestScanner::stoppedDistroIsNotWoken()
{
    makeDistro(QStringLiteral("Debian"));
    write(m_dir->filePath(QStringLiteral("wsl/distros.list")), "Debian Stopped 1 default\n");
    Scanner scanner(seams(QStringLiteral(GODUAL_FAKE_WSL)));
    const Snapshot s = scan(scanner);
    const Side *debian = s.side(SideId::wsl(QStringLiteral("Debian")));
    QVERIFY(debian);
    QVERIFY(!debian->scanned);
    QCOMPARE(debian->state, Side::State::Stopped);
    QCOMPARE(debian->wslVersion, 1);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("state/started-Debian"))));

    const Snapshot woken = scan(scanner, ScanOptions { {}, true });
    QVERIFY(woken.side(SideId::wsl(QStringLiteral("Debian")))->scanned);
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("state/started-Debian"))));
}

void TestScanner::brokenRegistryFileIsReported()
{
    write(m_dir->filePath(QStringLiteral("machine.reg")), "this is not a registry export\n");
    Scanner scanner(seams(QStringLiteral(GODUAL_FAKE_WSL)));
    const Snapshot s = scan(scanner);
    const Side *windows = s.side(SideId::windows());
    QVERIFY(windows);
    QVERIFY(!windows->scanned);
    QVERIFY2(windows->scanError.contains(QStringLiteral("machine.reg")), qPrintable(windows->scanError));
}

void TestScanner::newerScanSupersedes()
{
    Scanner scanner(seams(QStringLiteral(GODUAL_FAKE_WSL)));
    QSignalSpy finished(&scanner, &Scanner::finished);
    scanner.start();
    scanner.start();
    QVERIFY(finished.wait(30000));
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(scanner.snapshot().generation, quint64(2));
    QVERIFY(!scanner.isRunning());
}

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
