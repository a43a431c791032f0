#include "processrun.h"
#include "requirement.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// Tests of the fake wsl.exe itself, so that GoDual's tests can trust it: its own text byte for
// byte against the platform facts file, and, as root, commands run inside fake distros made with
// make-distro (chroot, mounts, the user, the environment WSL builds).
class TestFakeWsl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void bytesMatchTheFactsFile_data();
    void bytesMatchTheFactsFile();
    void ownText_data();
    void ownText();

    void runs_data();
    void runs();
    void stdinReachesTheCommand();
    void windowsPath_data();
    void windowsPath();
    void wslenv_data();
    void wslenv();
    void stoppedDistroIsStartedAndLogged();
    void hangingDistroIsKilledWithoutLeftovers();

private:
    struct Result {
        QByteArray out;
        QByteArray err;
        int exitCode = -1;
    };
    Result wsl(const QStringList &args, const QStringList &env = {}, const QByteArray &input = {});
    QProcessEnvironment environment(const QStringList &extra) const;
    static void write(const QString &path, const QByteArray &content);
    static QByteArray utf16(const QByteArray &utf8);
    QStringList processesHoldingMounts() const;

    QTemporaryDir m_machine;
    QString m_home;
    QString m_state;
    QString m_windows;
};

// The standard machine: the facts file's two distros, plus one that never answers.
static const QByteArray kDistros = "Debian Stopped 2\n"
                                   "Ubuntu-22.04 Running 2 default\n"
                                   "Hang Stopped 2 hang\n";
static const QByteArray kUbuntuConf = "[user]\ndefault=dev\n";
static const QByteArray kNoDistro = "Windows Subsystem for Linux has no installed distributions.\r\n"
                                    "You can resolve this by installing a distribution with the "
                                    "instructions below:\r\n"
                                    "\r\n"
                                    "Use 'wsl.exe --list --online' to list available distributions\r\n"
                                    "and 'wsl.exe --install <Distro>' to install.\r\n";
static const QByteArray kNotFound = "There is no distribution with the supplied name.\r\n"
                                    "Error code: Wsl/Service/WSL_E_DISTRO_NOT_FOUND\r\n";
static const QByteArray kBasePath
    = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/usr/local/games";

void TestFakeWsl::write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(content);
}

QByteArray TestFakeWsl::utf16(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray out;
    for (const QChar c : text) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

QProcessEnvironment TestFakeWsl::environment(const QStringList &extra) const
{
    QProcessEnvironment env = GoDual::ProcessRun::hermeticEnvironment();
    env.insert(QStringLiteral("GODUAL_FAKE_WSL_HOME"), m_home);
    env.insert(QStringLiteral("GODUAL_FAKE_WSL_STATE"), m_state);
    env.insert(QStringLiteral("GODUAL_WINDOWS_ROOT"), m_windows);
    for (const QString &assignment : extra) {
        const qsizetype eq = assignment.indexOf(u'=');
        env.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    return env;
}

TestFakeWsl::Result TestFakeWsl::wsl(const QStringList &args, const QStringList &env, const QByteArray &input)
{
    QProcess p;
    p.setProcessEnvironment(environment(env));
    p.start(QStringLiteral(GODUAL_FAKE_WSL), args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        qWarning("the fake wsl.exe did not finish");
        return {};
    }
    Result r;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

// Processes (in any mount namespace) that still see a mount inside the fake machine.
QStringList TestFakeWsl::processesHoldingMounts() const
{
    QStringList holders;
    const QByteArray needle = QFile::encodeName(m_home + QStringLiteral("/distros/"));
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        bool numeric = false;
        pid.toInt(&numeric);
        if (!numeric)
            continue;
        QFile mounts(QStringLiteral("/proc/") + pid + QStringLiteral("/mountinfo"));
        if (mounts.open(QIODevice::ReadOnly) && mounts.readAll().contains(needle))
            holders << pid;
    }
    return holders;
}

void TestFakeWsl::initTestCase()
{
    QVERIFY(m_machine.isValid());
    m_home = m_machine.filePath(QStringLiteral("home"));
    m_state = m_machine.filePath(QStringLiteral("state"));
    m_windows = m_machine.filePath(QStringLiteral("windows"));
    write(m_windows + QStringLiteral("/c/marker.txt"), "drive C\n");
    QVERIFY(QDir().mkpath(m_windows + QStringLiteral("/c/Users/dev/go")));
    QVERIFY(QDir().mkpath(m_windows + QStringLiteral("/d")));

    const QList<QStringList> distros = {
        { QStringLiteral("Ubuntu-22.04"), QStringLiteral("--user"), QStringLiteral("dev") },
        { QStringLiteral("Debian") },
        { QStringLiteral("Hang") },
    };
    for (const QStringList &d : distros) {
        QProcess make;
        make.start(QStringLiteral(GODUAL_MAKE_DISTRO),
            QStringList { m_home + QStringLiteral("/distros/") + d.first() } + d.mid(1));
        QVERIFY(make.waitForFinished(30000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
    }
}

void TestFakeWsl::init()
{
    write(m_home + QStringLiteral("/distros.list"), kDistros);
    write(m_home + QStringLiteral("/distros/Ubuntu-22.04/etc/wsl.conf"), kUbuntuConf);
    QDir(m_state).removeRecursively();
    QVERIFY(QDir().mkpath(m_state));
}

void TestFakeWsl::cleanupTestCase() { QCOMPARE(processesHoldingMounts(), QStringList()); }

// The computed hexdumps of facts 1.4 and 1.5, copied verbatim.
void TestFakeWsl::bytesMatchTheFactsFile_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("hexdump");
    QTest::newRow("-l -v") << QStringList { QStringLiteral("-l"), QStringLiteral("-v") }
                           << QByteArray("20 00 20 00 4e 00 41 00  4d 00 45 00 20 00 20 00"
                                         "20 00 20 00 20 00 20 00  20 00 20 00 20 00 20 00"
                                         "20 00 20 00 53 00 54 00  41 00 54 00 45 00 20 00"
                                         "20 00 20 00 20 00 20 00  20 00 20 00 20 00 20 00"
                                         "20 00 20 00 56 00 45 00  52 00 53 00 49 00 4f 00"
                                         "4e 00 0d 00 0a 00 2a 00  20 00 55 00 62 00 75 00"
                                         "6e 00 74 00 75 00 2d 00  32 00 32 00 2e 00 30 00"
                                         "34 00 20 00 20 00 20 00  20 00 52 00 75 00 6e 00"
                                         "6e 00 69 00 6e 00 67 00  20 00 20 00 20 00 20 00"
                                         "20 00 20 00 20 00 20 00  20 00 32 00 0d 00 0a 00"
                                         "20 00 20 00 44 00 65 00  62 00 69 00 61 00 6e 00"
                                         "20 00 20 00 20 00 20 00  20 00 20 00 20 00 20 00"
                                         "20 00 20 00 53 00 74 00  6f 00 70 00 70 00 65 00"
                                         "64 00 20 00 20 00 20 00  20 00 20 00 20 00 20 00"
                                         "20 00 20 00 32 00 0d 00  0a 00");
    QTest::newRow("-l -q") << QStringList { QStringLiteral("-l"), QStringLiteral("-q") }
                           << QByteArray("55 00 62 00 75 00 6e 00  74 00 75 00 2d 00 32 00"
                                         "32 00 2e 00 30 00 34 00  0d 00 0a 00 44 00 65 00"
                                         "62 00 69 00 61 00 6e 00  0d 00 0a 00");
}

void TestFakeWsl::bytesMatchTheFactsFile()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, hexdump);
    // Listed in the other order on purpose: wsl.exe puts the default distro first.
    write(m_home + QStringLiteral("/distros.list"), "Debian Stopped 2\nUbuntu-22.04 Running 2 default\n");
    const Result r = wsl(args);
    QCOMPARE(r.out.toHex(' '), QByteArray::fromHex(hexdump).toHex(' '));
    QCOMPARE(r.exitCode, 0);
}

// Everything wsl.exe says itself: lists, messages, errors; UTF-16LE unless WSL_UTF8 is "1".
void TestFakeWsl::ownText_data()
{
    QTest::addColumn<QByteArray>("distros");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("wslUtf8"); // null: unset
    QTest::addColumn<QByteArray>("expected"); // UTF-8; encoded as the fake should
    QTest::addColumn<int>("exitCode");

    const auto args = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *a : list)
            out << QString::fromUtf8(a);
        return out;
    };
    const QByteArray two = "Ubuntu-22.04 Running 2 default\nDebian Stopped 2\n";
    const QByteArray verbose = "  NAME            STATE           VERSION\r\n"
                               "* Ubuntu-22.04    Running         2\r\n"
                               "  Debian          Stopped         2\r\n";
    const QString unset;
    const QString one = QStringLiteral("1");

    QTest::newRow("-l -v") << two << args({ "-l", "-v" }) << unset << verbose << 0;
    QTest::newRow("--list --verbose") << two << args({ "--list", "--verbose" }) << unset << verbose << 0;
    QTest::newRow("WSL_UTF8=1") << two << args({ "-l", "-v" }) << one << verbose << 0;
    QTest::newRow("WSL_UTF8=true is UTF-16") << two << args({ "-l", "-v" }) << QStringLiteral("true") << verbose << 0;
    QTest::newRow("Rancher Desktop's captured sample")
        << QByteArray("Ubuntu Stopped 2 default\nOtherDistro Running 1\nrancher-desktop-data Stopped 2\n"
                      "rancher-desktop Stopped 2\n")
        << args({ "-l", "-v" }) << one
        << QByteArray("  NAME                    STATE           VERSION\r\n"
                      "* Ubuntu                  Stopped         2\r\n"
                      "  OtherDistro             Running         1\r\n"
                      "  rancher-desktop-data    Stopped         2\r\n"
                      "  rancher-desktop         Stopped         2\r\n")
        << 0;
    QTest::newRow("short names: width 4 + 4") << QByteArray("A Stopped 1\n") << args({ "-l", "-v" }) << one
                                              << QByteArray("  NAME    STATE           VERSION\r\n"
                                                            "  A       Stopped         1\r\n")
                                              << 0;
    QTest::newRow("-l -q") << two << args({ "-l", "-q" }) << one << QByteArray("Ubuntu-22.04\r\nDebian\r\n") << 0;
    QTest::newRow("--list --quiet") << two << args({ "--list", "--quiet" }) << unset
                                    << QByteArray("Ubuntu-22.04\r\nDebian\r\n") << 0;
    QTest::newRow("-v shows installing distros")
        << QByteArray("Ubuntu-22.04 Running 2 default\nNew Installing 2\n") << args({ "-l", "-v" }) << one
        << QByteArray("  NAME            STATE           VERSION\r\n"
                      "* Ubuntu-22.04    Running         2\r\n"
                      "  New             Installing      2\r\n")
        << 0;
    QTest::newRow("-q hides them") << QByteArray("Ubuntu-22.04 Running 2 default\nNew Installing 2\n")
                                   << args({ "-l", "-q" }) << one << QByteArray("Ubuntu-22.04\r\n") << 0;
    QTest::newRow("-l --running -q") << two << args({ "-l", "--running", "-q" }) << one
                                     << QByteArray("Ubuntu-22.04\r\n") << 0;
    QTest::newRow("-l --running") << two << args({ "-l", "--running" }) << one
                                  << QByteArray("Windows Subsystem for Linux Distributions:\r\n"
                                                "Ubuntu-22.04 (Default)\r\n")
                                  << 0;
    QTest::newRow("nothing running") << QByteArray("Debian Stopped 2 default\n") << args({ "-l", "--running" }) << unset
                                     << QByteArray("There are no running distributions.\r\n") << 255;
    QTest::newRow("nothing running, quiet")
        << QByteArray("Debian Stopped 2 default\n") << args({ "-l", "--running", "-q" }) << unset << QByteArray() << 0;
    QTest::newRow("no distro: -l -v") << QByteArray() << args({ "-l", "-v" }) << unset << kNoDistro << 255;
    QTest::newRow("no distro, UTF-8") << QByteArray("# nothing\n") << args({ "-l", "-v" }) << one << kNoDistro << 255;
    QTest::newRow("no distro: -l -q") << QByteArray() << args({ "-l", "-q" }) << unset << QByteArray() << 0;
    QTest::newRow("no distro: a command") << QByteArray() << args({ "--", "true" }) << unset << kNoDistro << 255;
    QTest::newRow("unknown distro") << two << args({ "-d", "DoesNotExist", "echo", "foo" }) << unset << kNotFound
                                    << 255;
    QTest::newRow("unknown distro, UTF-8")
        << two << args({ "-d", "Nope", "--exec", "true" }) << one << kNotFound << 255;
    QTest::newRow("unknown option") << two << args({ "--frobnicate" }) << one
                                    << QByteArray("Invalid command line argument: --frobnicate\r\n"
                                                  "Please use 'wsl.exe --help' to get a list of supported "
                                                  "arguments.\r\n")
                                    << 255;
    QTest::newRow("-d without a name") << two << args({ "-d" }) << one
                                       << QByteArray("Argument --distribution is missing a required parameter.\r\n")
                                       << 255;
    QTest::newRow("-d twice") << two << args({ "-d", "Debian", "-d", "Debian", "true" }) << one
                              << QByteArray("The distribution name has already been set.\r\n") << 255;
    QTest::newRow("--terminate") << two << args({ "--terminate", "Debian" }) << one
                                 << QByteArray("The operation completed successfully. \r\n") << 0;
}

void TestFakeWsl::ownText()
{
    QFETCH(QByteArray, distros);
    QFETCH(QStringList, args);
    QFETCH(QString, wslUtf8);
    QFETCH(QByteArray, expected);
    QFETCH(int, exitCode);
    write(m_home + QStringLiteral("/distros.list"), distros);
    const Result r
        = wsl(args, wslUtf8.isNull() ? QStringList() : QStringList { QStringLiteral("WSL_UTF8=") + wslUtf8 });
    QCOMPARE(r.out, wslUtf8 == QStringLiteral("1") ? expected : utf16(expected));
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, exitCode);
}

// Commands inside the distros: who runs them, how, where, with which environment.
void TestFakeWsl::runs_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("exitCode");
    const auto args = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *a : list)
            out << QString::fromUtf8(a);
        return out;
    };

    QTest::newRow("--exec as wsl.conf's default user")
        << args({ "-d", "Ubuntu-22.04", "--exec", "/bin/sh", "-c", "echo $HOME; id -un" })
        << QByteArray("/home/dev\ndev\n") << 0;
    QTest::newRow("names are case-insensitive")
        << args({ "-d", "UBUNTU-22.04", "--exec", "id", "-un" }) << QByteArray("dev\n") << 0;
    QTest::newRow("no -d: the default distro") << args({ "--exec", "id", "-un" }) << QByteArray("dev\n") << 0;
    QTest::newRow("-u root") << args({ "-u", "root", "--exec", "/bin/sh", "-c", "id -un; echo $HOME" })
                             << QByteArray("root\n/root\n") << 0;
    QTest::newRow("no [user] default: root")
        << args({ "-d", "Debian", "--exec", "id", "-un" }) << QByteArray("root\n") << 0;
    QTest::newRow("inside the chroot") << args({ "--exec", "cat", "/etc/hostname" }) << QByteArray("fake-wsl\n") << 0;
    QTest::newRow("-- runs the passwd shell, non-login")
        << args({ "--", "echo", "$0", "$-" }) << QByteArray("/bin/bash hBc\n") << 0;
    QTest::newRow("-- expands variables") << args({ "--", "echo", "-n", "$USER" }) << QByteArray("dev") << 0;
    QTest::newRow("--exec does not") << args({ "--exec", "echo", "-n", "$USER" }) << QByteArray("$USER") << 0;
    QTest::newRow("a bare command is like --") << args({ "echo", "-n", "$USER" }) << QByteArray("dev") << 0;
    QTest::newRow("arguments quoted as QProcess on Windows does")
        << args({ "--", "printf", "[%s]", "a  b", "" }) << QByteArray("[a  b][]") << 0;
    QTest::newRow("exit code of --exec") << args({ "--exec", "/bin/sh", "-c", "exit 7" }) << QByteArray() << 7;
    QTest::newRow("exit code through the shell") << args({ "--", "exit", "3" }) << QByteArray() << 3;
    QTest::newRow("--cd ~") << args({ "-u", "root", "--cd", "~", "--exec", "pwd" }) << QByteArray("/root\n") << 0;
    QTest::newRow("--cd a Linux path") << args({ "--cd", "/tmp", "--exec", "pwd" }) << QByteArray("/tmp\n") << 0;
    QTest::newRow("--cd a Windows path") << args({ "--cd", "C:\\Users\\dev", "--exec", "pwd" })
                                         << QByteArray("/mnt/c/Users/dev\n") << 0;
    QTest::newRow("default folder: home") << args({ "--exec", "pwd" }) << QByteArray("/home/dev\n") << 0;
    QTest::newRow("base environment") << args(
        { "--exec", "/bin/sh", "-c", "echo $HOSTTYPE $LANG $TERM $USER $LOGNAME $SHELL $WSL_DISTRO_NAME" })
                                      << QByteArray(
                                             "x86_64 en_US.UTF-8 xterm-256color dev dev /bin/bash Ubuntu-22.04\n")
                                      << 0;
    QTest::newRow("nothing else from the caller")
        << args({ "--exec", "/bin/sh", "-c", "echo ${WSL_UTF8-unset} ${GODUAL_FAKE_WSL_HOME-unset}" })
        << QByteArray("unset unset\n") << 0;
    QTest::newRow("drives under /mnt") << args({ "--exec", "cat", "/mnt/c/marker.txt" }) << QByteArray("drive C\n")
                                       << 0;
    QTest::newRow("every drive letter") << args({ "--exec", "ls", "/mnt" }) << QByteArray("c\nd\n") << 0;
    QTest::newRow("/usr is read-only, even for root")
        << args({ "-u", "root", "--exec", "/bin/sh", "-c", "touch /usr/godual-x 2>/dev/null || echo read-only" })
        << QByteArray("read-only\n") << 0;
    // The test's own process is outside the distro's PID namespace.
    QTest::newRow("a private PID namespace")
        << QStringList { QStringLiteral("--exec"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
               QStringLiteral("test -e /proc/%1 || echo private").arg(QCoreApplication::applicationPid()) }
        << QByteArray("private\n") << 0;
    QTest::newRow("a login shell finds Debian's Go through .profile") << args(
        { "--exec", "/bin/bash", "-lc", "case :$PATH: in *:/usr/lib/go-*/bin:*) go version | cut -c1-13;; esac" })
                                                                      << QByteArray("go version go\n") << 0;
}

void TestFakeWsl::runs()
{
    GODUAL_REQUIRE_ROOT();
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    QFETCH(int, exitCode);
    const Result r = wsl(args);
    QCOMPARE(r.out, expected);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, exitCode);
}

// GoDual feeds its probe script on stdin to `--exec /bin/sh -s NONCE`.
void TestFakeWsl::stdinReachesTheCommand()
{
    GODUAL_REQUIRE_ROOT();
    QByteArray script;
    for (int i = 0; i < 5000; ++i)
        script += ": filler line to make the script longer than a pipe buffer\n";
    script += "echo \"nonce=$1 user=$(id -un)\"\nexit 5\n";
    const Result r = wsl({ QStringLiteral("-d"), QStringLiteral("Ubuntu-22.04"), QStringLiteral("--exec"),
                             QStringLiteral("/bin/sh"), QStringLiteral("-s"), QStringLiteral("N0NCE") },
        {}, script);
    QCOMPARE(r.out, QByteArray("nonce=N0NCE user=dev\n"));
    QCOMPARE(r.exitCode, 5);
}

// PATH: the base, /usr/lib/wsl/lib on WSL 2, then the Windows Path translated, as wsl.conf says.
void TestFakeWsl::windowsPath_data()
{
    QTest::addColumn<QByteArray>("wslConf");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray gpu = kBasePath + ":/usr/lib/wsl/lib";
    const QByteArray appended = gpu + ":/mnt/c/Program Files/Go/bin:/mnt/c/Windows:/mnt/d/tools/";

    QTest::newRow("no wsl.conf: appended") << QByteArray() << appended;
    QTest::newRow("appendWindowsPath=false") << QByteArray("[interop]\nappendWindowsPath=false\n") << gpu;
    QTest::newRow("keys are case-insensitive") << QByteArray("[INTEROP]\nAppendWindowsPath = FALSE\n") << gpu;
    QTest::newRow("0 is false") << QByteArray("[interop]\nappendwindowspath=0\n") << gpu;
    QTest::newRow("true") << QByteArray("[interop]\nappendWindowsPath=true\n") << appended;
    QTest::newRow("interop disabled") << QByteArray("[interop]\nenabled=false\n") << gpu;
    QTest::newRow("a trailing comment") << QByteArray("[interop]\nappendWindowsPath = false # not now\n") << gpu;
    QTest::newRow("';' is no comment: not a boolean, default stays")
        << QByteArray("[interop]\nappendWindowsPath = false ; not now\n") << appended;
    QTest::newRow("an invalid header ends parsing") << QByteArray("[ interop ]\nappendWindowsPath=false\n") << appended;
    QTest::newRow("an invalid key ends parsing")
        << QByteArray("[network]\nstatic_ip=1\n[interop]\nappendWindowsPath=false\n") << appended;
    QTest::newRow("another automount root")
        << QByteArray("[automount]\nroot=/win\n") << gpu + ":/win/c/Program Files/Go/bin:/win/c/Windows:/win/d/tools/";
    QTest::newRow("no GPU library path") << QByteArray("[gpu]\nappendLibPath=false\n")
                                         << kBasePath + ":/mnt/c/Program Files/Go/bin:/mnt/c/Windows:/mnt/d/tools/";
}

void TestFakeWsl::windowsPath()
{
    GODUAL_REQUIRE_ROOT();
    QFETCH(QByteArray, wslConf);
    QFETCH(QByteArray, expected);
    const QString conf = m_home + QStringLiteral("/distros/Ubuntu-22.04/etc/wsl.conf");
    QFile::remove(conf);
    if (!wslConf.isEmpty())
        write(conf, wslConf);
    // Relative and empty entries do not translate and are dropped.
    const Result r = wsl({ QStringLiteral("--exec"), QStringLiteral("/usr/bin/printenv"), QStringLiteral("PATH") },
        { QStringLiteral(
            "GODUAL_FAKE_WINDOWS_PATH=C:\\Program Files\\Go\\bin;C:\\Windows;relative\\bin;;D:\\tools\\") });
    QCOMPARE(r.out, expected + '\n');
    QCOMPARE(r.exitCode, 0);
}

// WSLENV, Windows to WSL (facts 4 and WSL's own WslEnv test).
void TestFakeWsl::wslenv_data()
{
    QTest::addColumn<QString>("wslenv");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QStringList>("expected"); // every variable of the result except WSLENV's base set

    const QString users = QStringLiteral("C:\\Users;C:\\Windows");
    const QString translated = QStringLiteral("/mnt/c/Users:/mnt/c/Windows");
    QTest::newRow("GOPATH/p") << QStringLiteral("GOPATH/p")
                              << QStringList { QStringLiteral("GOPATH=C:\\Users\\dev\\go") }
                              << QStringList { QStringLiteral("GOPATH=/mnt/c/Users/dev/go") };
    QTest::newRow("/l, /p, /pl, /lp translate lists")
        << QStringLiteral("a/l:b/p:c/pl:d/lp")
        << QStringList { QStringLiteral("a=") + users, QStringLiteral("b=") + users, QStringLiteral("c=") + users,
               QStringLiteral("d=") + users }
        << QStringList { QStringLiteral("a=") + translated, QStringLiteral("b=") + translated,
               QStringLiteral("c=") + translated, QStringLiteral("d=") + translated };
    QTest::newRow("no flag, /u: verbatim")
        << QStringLiteral("a/u:c") << QStringList { QStringLiteral("a=") + users, QStringLiteral("c=x;y") }
        << QStringList { QStringLiteral("a=") + users, QStringLiteral("c=x;y") };
    QTest::newRow("/w is not forwarded into WSL")
        << QStringLiteral("GOPATH/w:GOROOT/wp")
        << QStringList { QStringLiteral("GOPATH=C:\\go"), QStringLiteral("GOROOT=C:\\Go") } << QStringList();
    QTest::newRow("an unknown flag skips the entry")
        << QStringLiteral("GOPATH/x:GOROOT/px:GOBIN")
        << QStringList { QStringLiteral("GOPATH=C:\\go"), QStringLiteral("GOROOT=C:\\Go"),
               QStringLiteral("GOBIN=C:\\bin") }
        << QStringList { QStringLiteral("GOBIN=C:\\bin") };
    QTest::newRow("empty and undefined are defined empty")
        << QStringLiteral("Empty/u:Undefined:UndefinedPath/p") << QStringList { QStringLiteral("Empty=") }
        << QStringList { QStringLiteral("Empty="), QStringLiteral("Undefined=") };
    QTest::newRow("unlisted variables stay behind")
        << QStringLiteral("OTHER") << QStringList { QStringLiteral("GOPATH=C:\\go"), QStringLiteral("OTHER=1") }
        << QStringList { QStringLiteral("OTHER=1") };
}

void TestFakeWsl::wslenv()
{
    GODUAL_REQUIRE_ROOT();
    QFETCH(QString, wslenv);
    QFETCH(QStringList, variables);
    QFETCH(QStringList, expected);
    const Result r = wsl({ QStringLiteral("--exec"), QStringLiteral("/usr/bin/env") },
        variables + QStringList { QStringLiteral("WSLENV=") + wslenv });
    QCOMPARE(r.exitCode, 0);
    QStringList got = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    const QStringList base = { QStringLiteral("HOSTTYPE"), QStringLiteral("LANG"), QStringLiteral("PATH"),
        QStringLiteral("TERM"), QStringLiteral("USER"), QStringLiteral("LOGNAME"), QStringLiteral("HOME"),
        QStringLiteral("SHELL"), QStringLiteral("WSL_DISTRO_NAME") };
    got.removeIf([&](const QString &line) { return base.contains(line.section(u'=', 0, 0)); });
    QVERIFY2(got.removeOne(QStringLiteral("WSLENV=") + wslenv), "WSLENV itself is always passed");
    got.sort();
    QStringList want = expected;
    want.sort();
    QCOMPARE(got, want);
}

// A stopped distro becomes Running when a command runs in it, and says so in started-<name>;
// listing never wakes anything; every call is one line of calls.log.
void TestFakeWsl::stoppedDistroIsStartedAndLogged()
{
    GODUAL_REQUIRE_ROOT();
    const QStringList list = { QStringLiteral("-l"), QStringLiteral("-v") };
    const QStringList utf8 = { QStringLiteral("WSL_UTF8=1") };
    QCOMPARE(wsl(list, utf8).out,
        QByteArray("  NAME            STATE           VERSION\r\n"
                   "* Ubuntu-22.04    Running         2\r\n"
                   "  Debian          Stopped         2\r\n"
                   "  Hang            Stopped         2\r\n"));
    QVERIFY(!QFile::exists(m_state + QStringLiteral("/started-Debian")));

    QCOMPARE(wsl({ QStringLiteral("-d"), QStringLiteral("debian"), QStringLiteral("--exec"), QStringLiteral("true") })
                 .exitCode,
        0);
    QVERIFY(QFile::exists(m_state + QStringLiteral("/started-Debian")));
    QVERIFY(!QFile::exists(m_state + QStringLiteral("/started-Ubuntu-22.04")));
    QVERIFY(wsl(list, utf8).out.contains("  Debian          Running         2\r\n"));

    QCOMPARE(wsl({ QStringLiteral("--terminate"), QStringLiteral("Debian") }).exitCode, 0);
    QVERIFY(wsl(list, utf8).out.contains("  Debian          Stopped         2\r\n"));

    QFile log(m_state + QStringLiteral("/calls.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QCOMPARE(log.readAll(),
        QByteArray("-l\t-v\n"
                   "-d\tdebian\t--exec\ttrue\n"
                   "-l\t-v\n"
                   "--terminate\tDebian\n"
                   "-l\t-v\n"));
}

// A distro that never answers is ended by the caller's own time limit (QProcess::kill), and
// nothing of it stays: no process, no mount in any namespace.
void TestFakeWsl::hangingDistroIsKilledWithoutLeftovers()
{
    GODUAL_REQUIRE_ROOT();
    QProcess p;
    p.setProcessEnvironment(environment({}));
    p.start(QStringLiteral(GODUAL_FAKE_WSL),
        { QStringLiteral("-d"), QStringLiteral("Hang"), QStringLiteral("--exec"), QStringLiteral("true") });
    QVERIFY(p.waitForStarted());
    QVERIFY(!p.waitForFinished(1500));
    QVERIFY2(!processesHoldingMounts().isEmpty(), "the hanging distro should be entered, with its mounts");
    p.kill();
    QVERIFY(p.waitForFinished(5000));
    QTRY_COMPARE_WITH_TIMEOUT(processesHoldingMounts(), QStringList(), 5000);

    QFile mounts(QStringLiteral("/proc/mounts"));
    QVERIFY(mounts.open(QIODevice::ReadOnly));
    QVERIFY(!mounts.readAll().contains("distros/"));
    QVERIFY(QFile::exists(m_state + QStringLiteral("/started-Hang")));
}

QTEST_GUILESS_MAIN(TestFakeWsl)
#include "tst_fakewsl.moc"
