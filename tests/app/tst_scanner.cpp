#include "processrun.h"
#include "requirement.h"
#include "scan/scanner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

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
    void registeredDistrosShownWhenWslCannotList();
    void wakeProbesStartBeforeTheListAnswers();
    void knownDistroIsProbedWithoutListing();
    void registryFlagsOverrideWslConf();
    void localizedStatesAskWhichRun();
    void usageErrorIsNotNoDistros();
    void onlyWholeInstallsAreListed();

private:
    // The registry of the fake machine with these distros registered under Lxss: name, Flags.
    void registerDistros(const QList<std::pair<QByteArray, int>> &distros, const QByteArray &defaultName);
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
    // Nothing of the developer's shell (GODUAL_* seams, GO* variables) reaches the scan.
    GoDual::ProcessRun::clearInheritedEnvironment();
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
    GODUAL_REQUIRE_ROOT();
    makeDistro(QStringLiteral("Ubuntu"));
    makeDistro(QStringLiteral("Stuck"));
    write(m_dir->filePath(QStringLiteral("wsl/distros.list")), "Ubuntu Running 2 default\nStuck Running 2 hang\n");
    Scanner scanner(seams(QStringLiteral(GODUAL_FAKE_WSL)));
    scanner.setTimeouts(10'000, 3'000);
    // The 3 s cut-off, not the hang, ends Stuck's probe: its error says so, and Ubuntu is read.
    const Snapshot s = scan(scanner);
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
    GODUAL_REQUIRE_ROOT();
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

    const Snapshot woken = scan(scanner, ScanOptions { {}, true, {} });
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

void TestScanner::registerDistros(const QList<std::pair<QByteArray, int>> &distros, const QByteArray &defaultName)
{
    QByteArray reg = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Volatile Environment]\r\n"
                     "\"USERPROFILE\"=\"C:\\\\Users\\\\dev\"\r\n\r\n";
    const QByteArray lxss = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Lxss";
    QByteArray keys;
    QByteArray defaultGuid;
    int n = 0;
    for (const auto &[name, flags] : distros) {
        const QByteArray guid = "{00000000-0000-4000-8000-00000000000" + QByteArray::number(++n) + '}';
        if (name == defaultName)
            defaultGuid = guid;
        keys += "[" + lxss + "\\" + guid + "]\r\n\"DistributionName\"=\"" + name + "\"\r\n\"State\"=dword:00000001\r\n"
            + "\"Flags\"=dword:" + QByteArray::number(flags, 16).rightJustified(8, '0') + "\r\n\r\n";
    }
    reg += "[" + lxss + "]\r\n\"DefaultDistribution\"=\"" + defaultGuid + "\"\r\n\r\n" + keys;
    write(m_dir->filePath(QStringLiteral("machine.reg")), reg);
}

void TestScanner::registeredDistrosShownWhenWslCannotList()
{
    registerDistros({ { "Ubuntu", 0xf }, { "Legacy1", 0x7 } }, "Ubuntu");
    Scanner scanner(seams(m_dir->filePath(QStringLiteral("no/such/wsl.exe"))));
    const Snapshot s = scan(scanner);
    QCOMPARE(s.errors.size(), 1);
    const Side *ubuntu = s.side(SideId::wsl(QStringLiteral("Ubuntu")));
    const Side *legacy = s.side(SideId::wsl(QStringLiteral("Legacy1")));
    QVERIFY(ubuntu && legacy);
    QCOMPARE(s.sides.size(), 3);
    QCOMPARE(s.sides.at(1).id, SideId::wsl(QStringLiteral("Ubuntu"))); // the default first
    QVERIFY(!ubuntu->scanned);
    QCOMPARE(ubuntu->state, Side::State::Unknown);
    QVERIFY(ubuntu->isDefault);
    QCOMPARE(ubuntu->wslVersion, 2);
    QCOMPARE(legacy->wslVersion, 1);
    QVERIFY(!legacy->isDefault);
    QVERIFY2(ubuntu->scanError.contains(QStringLiteral("Lxss\\{")), qPrintable(ubuntu->scanError));
}

// Records when each wsl.exe call starts and ends; the processes are real.
class RecordingRunner : public ProcessRunner {
public:
    void run(const ProcessRequest &request, QObject *context, std::function<void(ProcessResult)> done) override
    {
        const QString call = request.arguments.join(u' ');
        events.append(QStringLiteral("start ") + call);
        ProcessRunner::system().run(request, context, [this, call, done](ProcessResult result) {
            events.append(QStringLiteral("end ") + call);
            done(std::move(result));
        });
    }
    QStringList events;
};

void TestScanner::wakeProbesStartBeforeTheListAnswers()
{
    GODUAL_REQUIRE_ROOT();
    makeDistro(QStringLiteral("Debian"));
    makeDistro(QStringLiteral("Alpine"));
    write(m_dir->filePath(QStringLiteral("wsl/distros.list")), "Debian Stopped 2 default\nAlpine Stopped 2\n");
    registerDistros({ { "Debian", 0xf }, { "Alpine", 0xf } }, "Debian");
    // Every call takes a second, so the registry (read in milliseconds) answers long before
    // the list; the probes must not wait for it.
    qputenv("GODUAL_FAKE_WSL_DELAY_MS", "1000");
    RecordingRunner runner;
    Scanner scanner(seams(QStringLiteral(GODUAL_FAKE_WSL)), runner);
    const Snapshot s = scan(scanner, ScanOptions { {}, true, {} });
    qunsetenv("GODUAL_FAKE_WSL_DELAY_MS");
    const qsizetype listEnd = runner.events.indexOf(QStringLiteral("end -l -v"));
    QVERIFY2(listEnd >= 0, qPrintable(runner.events.join(u'\n')));
    for (const char *name : { "Debian", "Alpine" }) {
        const QString probe = QStringLiteral("start -d %1 --exec").arg(QLatin1StringView(name));
        const auto started = std::find_if(
            runner.events.cbegin(), runner.events.cend(), [&](const QString &e) { return e.startsWith(probe); });
        QVERIFY2(started != runner.events.cend() && started - runner.events.cbegin() < listEnd,
            qPrintable(runner.events.join(u'\n')));
        // One probe per distro, though both lists name it.
        QCOMPARE(runner.events.filter(probe).size(), 1);
        const Side *side = s.side(SideId::wsl(QString::fromLatin1(name)));
        QVERIFY2(side && side->scanned, side ? qPrintable(side->scanError) : name);
        QCOMPARE(side->state, Side::State::Running);
    }
    QVERIFY(s.side(SideId::wsl(QStringLiteral("Debian")))->isDefault);
}

void TestScanner::knownDistroIsProbedWithoutListing()
{
    GODUAL_REQUIRE_ROOT();
    makeDistro(QStringLiteral("Debian"));
    makeDistro(QStringLiteral("Alpine"));
    write(m_dir->filePath(QStringLiteral("wsl/distros.list")), "Debian Running 2 default\nAlpine Running 2\n");
    registerDistros({ { "Debian", 0xf }, { "Alpine", 0xf } }, "Debian");
    const SideId debian = SideId::wsl(QStringLiteral("Debian"));
    Scanner first(seams(QStringLiteral(GODUAL_FAKE_WSL)));
    const Snapshot before = scan(first, ScanOptions { { debian }, true, {} });
    const Side *listed = before.side(debian);
    QVERIFY2(listed && listed->scanned, listed ? qPrintable(listed->scanError) : "Debian was not listed");

    RecordingRunner runner;
    Scanner scanner(seams(QStringLiteral(GODUAL_FAKE_WSL)), runner);
    ScanOptions again { { debian }, true, {} };
    again.known = { *listed };
    const Snapshot s = scan(scanner, again);
    const QString events = runner.events.join(u'\n');
    QVERIFY2(runner.events.filter(QRegularExpression(QStringLiteral("^start (-l|--list)\\b"))).isEmpty(),
        qPrintable(events));
    QCOMPARE(runner.events.filter(QStringLiteral("start -d Debian --exec")).size(), 1);
    QVERIFY2(runner.events.filter(QStringLiteral("-d Alpine")).isEmpty(), qPrintable(events));
    const Side *side = s.side(debian);
    QVERIFY2(side && side->scanned, side ? qPrintable(side->scanError) : "Debian was not probed");
    QCOMPARE(side->state, Side::State::Running);
    QVERIFY(side->isDefault);
    QCOMPARE(side->wslVersion, listed->wslVersion);
}

// Answers wsl.exe calls with captured bytes; every call is recorded, an unknown one fails to start.
class CannedRunner : public ProcessRunner {
public:
    void run(const ProcessRequest &request, QObject *context, std::function<void(ProcessResult)> done) override
    {
        const QString call = request.arguments.join(u' ');
        calls.append(call);
        ProcessResult result;
        result.errorText = QStringLiteral("not canned");
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            if (call == it.key())
                result = *it;
        }
        QTimer::singleShot(0, context, [done, result] { done(result); });
    }
    static ProcessResult answer(const QByteArray &out, int exitCode)
    {
        ProcessResult r;
        r.started = true;
        r.exitCode = exitCode;
        r.out = out;
        return r;
    }
    QMap<QString, ProcessResult> answers;
    QStringList calls;
};

static QByteArray wslFixture(const char *name)
{
    QFile f(QStringLiteral(GODUAL_TEST_DATA "/wsl/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

void TestScanner::localizedStatesAskWhichRun()
{
    // Chinese state words (正在运行, 已停止): `-l --running -q` names the running one, which is
    // probed; the stopped one is not woken, and says why it was not scanned.
    CannedRunner runner;
    runner.answers.insert(QStringLiteral("-l -v"), CannedRunner::answer(wslFixture("list-verbose-zh-utf16.out"), 0));
    runner.answers.insert(QStringLiteral("-l --running -q"), CannedRunner::answer("Ubuntu-22.04\n", 0));
    Scanner scanner(seams(QStringLiteral("wsl.exe")), runner);
    const Snapshot s = scan(scanner);
    QVERIFY2(runner.calls.contains(QStringLiteral("-l --running -q")), qPrintable(runner.calls.join(u'|')));
    QCOMPARE(runner.calls.filter(QStringLiteral("-d Ubuntu-22.04 ")).size(), 1);
    QCOMPARE(runner.calls.filter(QStringLiteral("-d Debian ")).size(), 0);
    const Side *debian = s.side(SideId::wsl(QStringLiteral("Debian")));
    QVERIFY(debian);
    QVERIFY(!debian->scanned);
    QCOMPARE(debian->state, Side::State::Stopped);
}

void TestScanner::usageErrorIsNotNoDistros()
{
    // An older wsl.exe refuses `-l -v` (exit -1, seen as 255 through interop): an error, and the
    // Lxss registry stands in for the list.
    registerDistros({ { "Ubuntu", 0xf } }, "Ubuntu");
    CannedRunner runner;
    runner.answers.insert(
        QStringLiteral("-l -v"), CannedRunner::answer(wslFixture("usage-invalid-argument-utf16.out"), 255));
    Scanner scanner(seams(QStringLiteral("wsl.exe")), runner);
    const Snapshot s = scan(scanner);
    QCOMPARE(s.errors.size(), 1);
    QVERIFY2(s.errors.first().contains(QStringLiteral("Invalid command line argument")), qPrintable(s.errors.first()));
    const Side *ubuntu = s.side(SideId::wsl(QStringLiteral("Ubuntu")));
    QVERIFY(ubuntu);
    QVERIFY(!ubuntu->scanned);
    QCOMPARE(ubuntu->state, Side::State::Unknown);
    QVERIFY(!ubuntu->scanError.isEmpty());
}

void TestScanner::registryFlagsOverrideWslConf()
{
    GODUAL_REQUIRE_ROOT();
    makeDistro(QStringLiteral("Ubuntu"));
    makeDistro(QStringLiteral("Debian"));
    write(m_dir->filePath(QStringLiteral("wsl/distros.list")), "Ubuntu Running 2 default\nDebian Running 2\n");
    // Ubuntu's registration lacks APPEND_NT_PATH (0x2): WSL appends no Windows Path whatever
    // wsl.conf says; Debian's has the default flags.
    registerDistros({ { "Ubuntu", 0xd }, { "Debian", 0xf } }, "Ubuntu");
    Scanner scanner(seams(QStringLiteral(GODUAL_FAKE_WSL)));
    const Snapshot s = scan(scanner);
    const Side *ubuntu = s.side(SideId::wsl(QStringLiteral("Ubuntu")));
    const Side *debian = s.side(SideId::wsl(QStringLiteral("Debian")));
    QVERIFY(ubuntu && ubuntu->interop && debian && debian->interop);
    QVERIFY(!ubuntu->interop->appendWindowsPath);
    QVERIFY2(ubuntu->interop->appendWindowsPathOrigin.toString().endsWith(QStringLiteral("\\Flags = 0xd")),
        qPrintable(ubuntu->interop->appendWindowsPathOrigin.toString()));
    QCOMPARE(ubuntu->interop->appendWindowsPathOrigin.kind(), Origin::Kind::Registry);
    QVERIFY(ubuntu->interop->enabled);
    QVERIFY(debian->interop->appendWindowsPath);
    QCOMPARE(debian->interop->appendWindowsPathOrigin.kind(), Origin::Kind::Default);
}

// An installation is VERSION, bin/go (go.exe) and pkg/tool, on both sides: a folder with VERSION
// alone, or without pkg/tool, is not listed. A distro in a state such as Installing keeps it.
void TestScanner::onlyWholeInstallsAreListed()
{
    GODUAL_REQUIRE_ROOT();
    makeDistro(QStringLiteral("Ubuntu"));
    write(m_dir->filePath(QStringLiteral("wsl/distros.list")), "Ubuntu Running 2 default\nNew Installing 2\n");
    const QString sdk = m_dir->filePath(QStringLiteral("wsl/distros/Ubuntu/home/dev/sdk/"));
    const QString win = m_dir->filePath(QStringLiteral("windows/c/Users/dev/sdk/"));
    for (const QString &root : { sdk, win }) {
        const QString go = root.startsWith(sdk) ? QStringLiteral("/bin/go") : QStringLiteral("/bin/go.exe");
        write(root + QStringLiteral("go1.20.0/VERSION"), "go1.20.0\n");
        write(root + QStringLiteral("go1.21.0/VERSION"), "go1.21.0\n");
        write(root + QStringLiteral("go1.21.0") + go, "MZ");
        write(root + QStringLiteral("go1.22.0/VERSION"), "go1.22.0\ntime 2024-02-06T18:13:01Z\n");
        write(root + QStringLiteral("go1.22.0") + go, "MZ");
        QVERIFY(QDir().mkpath(root + QStringLiteral("go1.22.0/pkg/tool/linux_amd64")));
    }
    write(m_dir->filePath(QStringLiteral("wsl/distros/Ubuntu/opt/go/VERSION")), "go1.19.0\n");
    Scanner scanner(seams(QStringLiteral(GODUAL_FAKE_WSL)));
    const Snapshot s = scan(scanner);
    auto sdkInstalls = [](const Side *side) {
        QStringList found;
        for (const GoInstall &i : side->installs) {
            if (i.source != u"debian")
                found.append(i.version + u' ' + i.source);
        }
        return found;
    };
    const Side *ubuntu = s.side(SideId::wsl(QStringLiteral("Ubuntu")));
    QVERIFY(ubuntu);
    QVERIFY2(ubuntu->scanned, qPrintable(ubuntu->scanError));
    QCOMPARE(sdkInstalls(ubuntu), QStringList { QStringLiteral("go1.22.0 sdk") });
    // Debian's Go of the build root, a real installation, is still there.
    QVERIFY(std::any_of(
        ubuntu->installs.cbegin(), ubuntu->installs.cend(), [](const GoInstall &i) { return i.source == u"debian"; }));
    const Side *windows = s.side(SideId::windows());
    QVERIFY(windows);
    QCOMPARE(sdkInstalls(windows), QStringList { QStringLiteral("go1.22.0 sdk") });
    const Side *installing = s.side(SideId::wsl(QStringLiteral("New")));
    QVERIFY(installing);
    QCOMPARE(installing->state, Side::State::Installing);
    QVERIFY(!installing->scanned);
    QVERIFY2(installing->scanError.contains(QStringLiteral("Installing")), qPrintable(installing->scanError));
}

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
