#include "goarchive.h"
#include "loopbackhttpserver.h"
#include "processrun.h"
#include "requirement.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using GoDual::Test::GoArchive;
using GoDual::Test::LoopbackHttpServer;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Every path below `root` with its size (files) or link target, without following links.
QStringList snapshot(const QString &root)
{
    QStringList paths;
    QDirIterator it(
        root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        paths.append(QDir(root).relativeFilePath(info.filePath()) + u' '
            + (info.isSymLink() ? info.symLinkTarget() : QString::number(info.isFile() ? info.size() : -1)));
    }
    paths.sort();
    return paths;
}

// A tar member for the hand-made hostile archives: ustar headers written byte by byte.
struct Member {
    QByteArray name;
    char type = '0';
    QByteArray data;
    QByteArray link;
};

void putOctal(char *field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    memcpy(field, digits.constData(), size_t(width - 1));
}

QByteArray tarOf(const QList<Member> &members)
{
    QByteArray tar;
    for (const Member &m : members) {
        char h[512] = {};
        memcpy(h, m.name.constData(), size_t(qMin<qsizetype>(m.name.size(), 100)));
        putOctal(h + 100, 8, m.type == '5' ? 0755 : 0644);
        putOctal(h + 108, 8, 0);
        putOctal(h + 116, 8, 0);
        putOctal(h + 124, 12, m.data.size());
        putOctal(h + 136, 12, 1700000000);
        h[156] = m.type;
        memcpy(h + 157, m.link.constData(), size_t(qMin<qsizetype>(m.link.size(), 100)));
        memcpy(h + 257,
            "ustar\0"
            "00",
            8);
        memset(h + 148, ' ', 8);
        unsigned sum = 0;
        for (unsigned char c : h)
            sum += c;
        putOctal(h + 148, 7, sum);
        tar.append(h, 512);
        tar.append(m.data);
        tar.append(QByteArray((512 - m.data.size() % 512) % 512, '\0'));
    }
    tar.append(QByteArray(1024, '\0'));
    return tar;
}

QByteArray gzip(const QByteArray &bytes)
{
    QProcess p;
    p.start(QStringLiteral("gzip"), { QStringLiteral("-c") });
    p.write(bytes);
    p.closeWriteChannel();
    p.waitForFinished();
    return p.readAllStandardOutput();
}

} // namespace

// `godual install` and `godual remove` on the other sides, as a user runs them: --side wsl:NAME
// against the fake wsl.exe, whose distros are real chroot roots (tests/fakes/README.md), and
// --side windows against a .reg registry and a folder standing for C:\, with archives of the real
// GOROOT served from a loopback server; and Ctrl-C during an install.
class TestInstallSides : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void installThenRemove();
    void hostileArchiveLeavesDistroUntouched_data();
    void hostileArchiveLeavesDistroUntouched();
    void interruptDuringExtraction();
    void interruptDuringDownloadLocal();
    void stoppedDistroIsNotWoken();
    void removeRefusesActiveUnlessForced();
    void installOnWindows();
    void notEnoughSpace();

private:
    using Run = GoDual::ProcessRun::Outcome;
    QProcessEnvironment environment() const;
    Run run(const QStringList &args);
    QString home() const { return m_machine->filePath(QStringLiteral("distros/Ubuntu/home/dev")); }
    void makeMachine(const QString &state);
    // The calls the fake wsl.exe saw, one argv a line.
    QStringList calls() const;
    void verifyNoLeftovers();

    QTemporaryDir m_fixtures;
    GoArchive m_archive;
    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_machine;
};

void TestInstallSides::initTestCase()
{
    auto archive = GoDual::Test::makeGoArchive(m_fixtures.path());
    GODUAL_REQUIRE_OR_SKIP(bool(archive), archive.error());
    m_archive = *archive;
}

void TestInstallSides::init()
{
    // Only the Windows side works without entering distros.
    if (QTest::currentTestFunction() != QByteArrayView("installOnWindows"))
        GODUAL_REQUIRE_ROOT();
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_server->serve("/dl/", m_archive.index());
    m_server->serve("/dl/" + m_archive.filename.toUtf8(), m_archive.bytes);
    m_machine = std::make_unique<QTemporaryDir>();
    QVERIFY(m_machine->isValid());
    makeMachine(QStringLiteral("Running"));
}

void TestInstallSides::cleanup()
{
    m_server.reset();
    m_machine.reset();
}

void TestInstallSides::makeMachine(const QString &state)
{
    const QString root = m_machine->filePath(QStringLiteral("distros/Ubuntu"));
    if (!QFileInfo::exists(root)) {
        QProcess make;
        make.start(QStringLiteral(GODUAL_MAKE_DISTRO), { root, QStringLiteral("--user"), QStringLiteral("dev") });
        QVERIFY(make.waitForFinished(60000));
        QCOMPARE(make.exitCode(), 0);
        QVERIFY(writeFile(root + QStringLiteral("/etc/wsl.conf"), "[user]\ndefault=dev\n"));
        QVERIFY(QDir().mkpath(m_machine->filePath(QStringLiteral("state"))));
        QVERIFY(QDir().mkpath(m_machine->filePath(QStringLiteral("godual-state"))));
    }
    QVERIFY(
        writeFile(m_machine->filePath(QStringLiteral("distros.list")), "Ubuntu " + state.toUtf8() + " 2 default\n"));
}

QProcessEnvironment TestInstallSides::environment() const
{
    QProcessEnvironment env = GoDual::ProcessRun::hermeticEnvironment();
    env.insert(QStringLiteral("GODUAL_WSL"), QStringLiteral(GODUAL_FAKE_WSL));
    env.insert(QStringLiteral("GODUAL_FAKE_WSL_HOME"), m_machine->path());
    env.insert(QStringLiteral("GODUAL_FAKE_WSL_STATE"), m_machine->filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("GODUAL_RELEASES_URL"), m_server->url(QStringLiteral("/dl/")).toString());
    env.insert(QStringLiteral("GODUAL_STATE_DIR"), m_machine->filePath(QStringLiteral("godual-state")));
    env.insert(QStringLiteral("HOME"), m_machine->filePath(QStringLiteral("host-home")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("godual.*=false"));
    return env;
}

TestInstallSides::Run TestInstallSides::run(const QStringList &args)
{
    return GoDual::ProcessRun::run(QStringLiteral(GODUAL_EXECUTABLE), args, environment(), 300000);
}

QStringList TestInstallSides::calls() const
{
    QFile log(m_machine->filePath(QStringLiteral("state/calls.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

// No staging folder in the distro, nothing in the state dir's downloads but a resumable .part.
void TestInstallSides::verifyNoLeftovers()
{
    const QStringList sdk
        = QDir(home() + QStringLiteral("/sdk")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &name : sdk)
        QVERIFY2(!name.startsWith(u'.'), qPrintable(name));
    const QStringList downloads
        = QDir(m_machine->filePath(QStringLiteral("godual-state/downloads"))).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : downloads)
        QVERIFY2(name == m_archive.filename + QStringLiteral(".part"), qPrintable(name));
}

void TestInstallSides::installThenRemove()
{
    const QString target = QStringLiteral("/home/dev/sdk/") + m_archive.version;
    const Run installed
        = run({ QStringLiteral("install"), m_archive.version, QStringLiteral("--side"), QStringLiteral("wsl:Ubuntu") });
    QVERIFY2(installed.exitCode == 0, qPrintable(installed.err));
    QVERIFY2(installed.err.isEmpty(), qPrintable(installed.err));
    QCOMPARE(installed.out, target + u'\n');

    // On the distro's disk, owned by its user, exactly the archive's tree, and it runs in there.
    const QString onHost = home() + QStringLiteral("/sdk/") + m_archive.version;
    QFileInfo go(onHost + QStringLiteral("/bin/go"));
    QVERIFY(go.isExecutable());
    QCOMPARE(go.ownerId(), 1000u);
    QSet<QString> tree;
    QDirIterator it(
        onHost, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        tree.insert(QStringLiteral("go/") + QDir(onHost).relativeFilePath(it.next()));
    tree.insert(QStringLiteral("go"));
    const QStringList listed = GoDual::Test::tarListing(m_archive.path);
    QCOMPARE(tree, QSet<QString>(listed.cbegin(), listed.cend()));
    QProcess version;
    version.setProcessEnvironment(environment());
    version.start(QStringLiteral(GODUAL_FAKE_WSL),
        { QStringLiteral("-d"), QStringLiteral("Ubuntu"), QStringLiteral("--exec"), target + QStringLiteral("/bin/go"),
            QStringLiteral("version") });
    QVERIFY(version.waitForFinished(60000));
    QVERIFY2(version.readAllStandardOutput().contains(m_archive.version.toUtf8()), "bin/go version");
    verifyNoLeftovers();
    QVERIFY(QDir(m_machine->filePath(QStringLiteral("godual-state/downloads"))).isEmpty());

    const Run again
        = run({ QStringLiteral("install"), m_archive.version, QStringLiteral("--side"), QStringLiteral("wsl:Ubuntu") });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(target), qPrintable(again.err));
    // Refused before the download: the archive was fetched once.
    QCOMPARE(m_server->requestsFor("/dl/" + m_archive.filename.toUtf8()).size(), 1);

    const Run removed
        = run({ QStringLiteral("remove"), m_archive.version, QStringLiteral("--side"), QStringLiteral("wsl:Ubuntu") });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QCOMPARE(removed.out, QStringLiteral("removed %1\n").arg(target));
    QVERIFY(!QFileInfo::exists(onHost));
    QVERIFY(QDir(home() + QStringLiteral("/sdk")).isEmpty());

    const Run gone
        = run({ QStringLiteral("remove"), m_archive.version, QStringLiteral("--side"), QStringLiteral("wsl:Ubuntu") });
    QCOMPARE(gone.exitCode, 1);
    QVERIFY2(gone.err.contains(QStringLiteral("there is no")), qPrintable(gone.err));
}

void TestInstallSides::hostileArchiveLeavesDistroUntouched_data()
{
    QTest::addColumn<QList<Member>>("members");
    QTest::addColumn<QString>("expected");
    const Member version { "go/VERSION", '0', "go1.99.1\n", {} };
    QTest::newRow("parent traversal") << QList<Member> { version, { "go/../../evil", '0', "x", {} } }
                                      << QStringLiteral("..");
    QTest::newRow("absolute path") << QList<Member> { version, { "/home/dev/evil", '0', "x", {} } }
                                   << QStringLiteral("/home/dev/evil");
    QTest::newRow("symlink escape, then a file through it")
        << QList<Member> { version, { "go/esc", '2', {}, "/home/dev" }, { "go/esc/evil", '0', "x", {} } }
        << QStringLiteral("go/esc");
    QTest::newRow("hard link to outside")
        << QList<Member> { version, { "go/hl", '1', {}, "/etc/passwd" } } << QStringLiteral("go/hl");
    QTest::newRow("entry beside go/") << QList<Member> { version, { "evil", '0', "x", {} } }
                                      << QStringLiteral("outside the archive's go/ folder");
    QTest::newRow("PAX global name") << QList<Member> { { "pax_global_header", 'g', "27 path=../../home/dev/x\n", {} },
        version } << QStringLiteral("PAX");
}

// Every entry is checked on the host before the distro receives a byte: nothing in the distro
// changes, and no call but the read-only preparation reached it.
void TestInstallSides::hostileArchiveLeavesDistroUntouched()
{
    QFETCH(QList<Member>, members);
    QFETCH(QString, expected);
    const QString version = QStringLiteral("go1.99.1");
    const QString filename = version + QStringLiteral(".linux-amd64.tar.gz");
    GoArchive hostile = m_archive;
    hostile.version = version;
    hostile.filename = filename;
    hostile.bytes = gzip(tarOf(members));
    QVERIFY(!hostile.bytes.isEmpty());
    m_server->serve("/dl/", hostile.index());
    m_server->serve("/dl/" + filename.toUtf8(), hostile.bytes);

    const QString distro = m_machine->filePath(QStringLiteral("distros/Ubuntu"));
    const QStringList before = snapshot(distro);
    const Run r = run({ QStringLiteral("install"), version, QStringLiteral("--side"), QStringLiteral("wsl:Ubuntu") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QCOMPARE(snapshot(distro), before);
    for (const QString &call : calls())
        QVERIFY2(!call.contains(QStringLiteral("tar -xf")), qPrintable(call));
    QVERIFY(QDir(m_machine->filePath(QStringLiteral("godual-state/downloads"))).isEmpty());
}

// SIGINT while the archive streams into the distro: the job is cancelled, the staging folder
// removed, the target never appears, and godual says so and exits 130.
void TestInstallSides::interruptDuringExtraction()
{
    QProcess godual;
    QSignalSpy finished(&godual, &QProcess::finished);
    GoDual::ProcessRun::start(godual, QStringLiteral(GODUAL_EXECUTABLE),
        { QStringLiteral("install"), m_archive.version, QStringLiteral("--side"), QStringLiteral("wsl:Ubuntu") },
        environment());
    QVERIFY(godual.waitForStarted());
    const QDir sdk(home() + QStringLiteral("/sdk"));
    // The staging folder appears once tar runs inside the distro; wait for files in it.
    auto extracting = [&] {
        const QStringList staging = sdk.entryList({ QStringLiteral(".godual-staging-*") }, QDir::Dirs | QDir::Hidden);
        return !staging.isEmpty() && QFileInfo::exists(sdk.filePath(staging.first() + QStringLiteral("/go")));
    };
    QTRY_VERIFY_WITH_TIMEOUT(extracting() || !finished.isEmpty(), 120000);
    QVERIFY2(finished.isEmpty(), "the install ended before the test could interrupt it");
    ::kill(pid_t(godual.processId()), SIGINT);
    QVERIFY(finished.wait(120000) || !finished.isEmpty());
    QCOMPARE(godual.exitStatus(), QProcess::NormalExit);
    QCOMPARE(godual.exitCode(), 130);
    const QString err = QString::fromUtf8(godual.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("interrupted")), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY(!QFileInfo::exists(sdk.filePath(m_archive.version)));
    verifyNoLeftovers();
}

// SIGINT during the download on the local side: the .part stays for the next attempt, the SDK
// folder holds nothing.
void TestInstallSides::interruptDuringDownloadLocal()
{
    LoopbackHttpServer::Route slow;
    slow.body = m_archive.bytes;
    slow.bytesPerSecond = 2 * 1024 * 1024;
    m_server->setRoute("/dl/" + m_archive.filename.toUtf8(), slow);
    QProcess godual;
    QSignalSpy finished(&godual, &QProcess::finished);
    GoDual::ProcessRun::start(godual, QStringLiteral(GODUAL_EXECUTABLE),
        { QStringLiteral("install"), m_archive.version, QStringLiteral("--side"), QStringLiteral("local") },
        environment());
    QVERIFY(godual.waitForStarted());
    const QString part
        = m_machine->filePath(QStringLiteral("godual-state/downloads/")) + m_archive.filename + QStringLiteral(".part");
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() > 1024 * 1024 || !finished.isEmpty(), 60000);
    QVERIFY(finished.isEmpty());
    ::kill(pid_t(godual.processId()), SIGINT);
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    QCOMPARE(godual.exitStatus(), QProcess::NormalExit);
    QCOMPARE(godual.exitCode(), 130);
    QVERIFY(QString::fromUtf8(godual.readAllStandardError()).contains(QStringLiteral("interrupted")));
    QVERIFY(QFileInfo::exists(part));
    const QString sdk = m_machine->filePath(QStringLiteral("host-home/sdk"));
    QVERIFY(QDir(sdk).isEmpty());
}

void TestInstallSides::stoppedDistroIsNotWoken()
{
    makeMachine(QStringLiteral("Stopped"));
    for (const QString &command : { QStringLiteral("install"), QStringLiteral("remove") }) {
        const Run r = run({ command, m_archive.version, QStringLiteral("--side"), QStringLiteral("wsl:Ubuntu") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("stopped")) && r.err.contains(QStringLiteral("--wake")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_machine->filePath(QStringLiteral("state/started-Ubuntu"))));
    }
    QVERIFY(m_server->requestsFor("/dl/" + m_archive.filename.toUtf8()).isEmpty());
    const Run woken = run({ QStringLiteral("remove"), m_archive.version, QStringLiteral("--side"),
        QStringLiteral("wsl:Ubuntu"), QStringLiteral("--wake") });
    QCOMPARE(woken.exitCode, 1);
    QVERIFY2(woken.err.contains(QStringLiteral("there is no")), qPrintable(woken.err));
    QVERIFY(QFileInfo::exists(m_machine->filePath(QStringLiteral("state/started-Ubuntu"))));
}

// The `go` a login shell in the distro finds first is not removed without --force; a folder that
// is not an SDK never is.
void TestInstallSides::removeRefusesActiveUnlessForced()
{
    const QString sdk = home() + QStringLiteral("/sdk/go1.30.1");
    QVERIFY(QDir().mkpath(sdk + QStringLiteral("/bin")));
    QVERIFY(writeFile(sdk + QStringLiteral("/VERSION"), "go1.30.1\ntime x\n"));
    QVERIFY(writeFile(sdk + QStringLiteral("/bin/go"), "#!/bin/sh\necho fake\n"));
    QVERIFY(QFile::setPermissions(sdk + QStringLiteral("/bin/go"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::ExeOther));
    QVERIFY(writeFile(home() + QStringLiteral("/sdk/notes"), "mine\n"));
    // Made by this (root) test: handed to the distro's user, as if that user had made them.
    QProcess chown;
    chown.start(QStringLiteral("chown"),
        { QStringLiteral("-R"), QStringLiteral("1000:1000"), home() + QStringLiteral("/sdk") });
    QVERIFY(chown.waitForFinished());
    QCOMPARE(chown.exitCode(), 0);
    QFile profile(home() + QStringLiteral("/.profile"));
    QVERIFY(profile.open(QIODevice::Append));
    profile.write("export PATH=\"$HOME/sdk/go1.30.1/bin:$PATH\"\n");
    profile.close();

    const QStringList args { QStringLiteral("remove"), QStringLiteral("go1.30.1"), QStringLiteral("--side"),
        QStringLiteral("wsl:Ubuntu") };
    const Run refused = run(args);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
    QVERIFY(QFileInfo::exists(sdk + QStringLiteral("/bin/go")));

    const Run notSdk = run({ QStringLiteral("remove"), QStringLiteral("go1.30.2"), QStringLiteral("--side"),
        QStringLiteral("wsl:Ubuntu"), QStringLiteral("--force") });
    QCOMPARE(notSdk.exitCode, 1);

    const Run forced = run(args + QStringList { QStringLiteral("--force") });
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QVERIFY(!QFileInfo::exists(sdk));
    QVERIFY(QFileInfo::exists(home() + QStringLiteral("/sdk/notes")));
}

// --side windows: %USERPROFILE% from the registry's Volatile Environment, C:\ a folder; the
// windows-amd64 .zip (bin/go.exe) lands in %USERPROFILE%\sdk\<version> with the archive's tree.
void TestInstallSides::installOnWindows()
{
    const QString zipDir = m_fixtures.filePath(QStringLiteral("windows"));
    QVERIFY(QDir().mkpath(zipDir));
    auto zip = GoDual::Test::makeGoArchive(zipDir, QStringLiteral("windows"));
    GODUAL_REQUIRE_OR_SKIP(bool(zip), zip.error());
    m_server->serve("/dl/", zip->index());
    m_server->serve("/dl/" + zip->filename.toUtf8(), zip->bytes);
    const QString windows = m_machine->filePath(QStringLiteral("windows"));
    const QString profile = windows + QStringLiteral("/c/Users/dev");
    QVERIFY(QDir().mkpath(profile));
    QVERIFY(writeFile(m_machine->filePath(QStringLiteral("machine.reg")),
        "Windows Registry Editor Version 5.00\r\n\r\n"
        "[HKEY_CURRENT_USER\\Volatile Environment]\r\n"
        "\"USERPROFILE\"=\"C:\\\\Users\\\\dev\"\r\n\r\n"));
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("GODUAL_WSL"));
    env.insert(QStringLiteral("GODUAL_REGISTRY"), m_machine->filePath(QStringLiteral("machine.reg")));
    env.insert(QStringLiteral("GODUAL_WINDOWS_ROOT"), windows);
    const QStringList args { QStringLiteral("install"), zip->version, QStringLiteral("--side"),
        QStringLiteral("windows") };

    const Run installed = GoDual::ProcessRun::run(QStringLiteral(GODUAL_EXECUTABLE), args, env, 300000);
    QVERIFY2(installed.exitCode == 0, qPrintable(installed.err));
    QCOMPARE(installed.out, QStringLiteral("C:\\Users\\dev\\sdk\\%1\n").arg(zip->version));
    const QString sdk = profile + QStringLiteral("/sdk/") + zip->version;
    QVERIFY(QFileInfo(sdk + QStringLiteral("/bin/go.exe")).isFile());
    QVERIFY(!QFileInfo::exists(sdk + QStringLiteral("/bin/go")));
    QFile version(sdk + QStringLiteral("/VERSION"));
    QVERIFY(version.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(version.readLine()).trimmed(), zip->version);
    // The same files as the zip lists.
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), { QStringLiteral("-Z1"), zip->path });
    QVERIFY(unzip.waitForFinished(60000));
    QSet<QString> listed;
    for (QString name : QString::fromUtf8(unzip.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
        while (name.endsWith(u'/'))
            name.chop(1);
        listed.insert(name);
    }
    QVERIFY(listed.size() > 1000);
    QSet<QString> tree { QStringLiteral("go") };
    QDirIterator it(
        sdk, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        tree.insert(QStringLiteral("go/") + QDir(sdk).relativeFilePath(it.next()));
    QCOMPARE(tree, listed);
    QCOMPARE(QDir(profile + QStringLiteral("/sdk")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList { zip->version });

    const Run again = GoDual::ProcessRun::run(QStringLiteral(GODUAL_EXECUTABLE), args, env, 300000);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("already installed")), qPrintable(again.err));

    // Removing it: refused while its bin is first on the user's Path, unless forced.
    const QString sdkWindows = QStringLiteral("C:\\Users\\dev\\sdk\\") + zip->version;
    QVERIFY(writeFile(m_machine->filePath(QStringLiteral("machine.reg")),
        "Windows Registry Editor Version 5.00\r\n\r\n"
        "[HKEY_CURRENT_USER\\Volatile Environment]\r\n"
        "\"USERPROFILE\"=\"C:\\\\Users\\\\dev\"\r\n\r\n"
        "[HKEY_CURRENT_USER\\Environment]\r\n"
        "\"Path\"=\""
            + QString(sdkWindows).replace(u'\\', QStringLiteral("\\\\")).toUtf8() + "\\\\bin\"\r\n\r\n"));
    const QStringList remove { QStringLiteral("remove"), zip->version, QStringLiteral("--side"),
        QStringLiteral("windows") };
    const Run refused = GoDual::ProcessRun::run(QStringLiteral(GODUAL_EXECUTABLE), remove, env, 60000);
    QVERIFY2(refused.exitCode != 0 && refused.err.contains(QStringLiteral("active Go")), qPrintable(refused.err));
    QVERIFY(QFileInfo(sdk + QStringLiteral("/bin/go.exe")).isFile());
    const Run removed = GoDual::ProcessRun::run(
        QStringLiteral(GODUAL_EXECUTABLE), remove + QStringList { QStringLiteral("--force") }, env, 60000);
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QCOMPARE(removed.out, QStringLiteral("removed %1\n").arg(sdkWindows));
    QCOMPARE(QDir(profile + QStringLiteral("/sdk")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList {});

    // A folder that is not that SDK is never deleted.
    QVERIFY(QDir().mkpath(sdk + QStringLiteral("/bin")));
    QVERIFY(writeFile(sdk + QStringLiteral("/VERSION"), "go1.1.0\n"));
    QVERIFY(writeFile(sdk + QStringLiteral("/bin/go.exe"), "MZ"));
    const Run notSdk = GoDual::ProcessRun::run(
        QStringLiteral(GODUAL_EXECUTABLE), remove + QStringList { QStringLiteral("--force") }, env, 60000);
    QVERIFY2(notSdk.exitCode != 0 && notSdk.err.contains(QStringLiteral("not a Go SDK")), qPrintable(notSdk.err));
    QVERIFY(QFileInfo(sdk + QStringLiteral("/VERSION")).isFile());
}

// A disk too small for the SDK is refused before the download, naming the folder.
void TestInstallSides::notEnoughSpace()
{
    const QString sdk = m_machine->filePath(QStringLiteral("host-home/sdk"));
    QVERIFY(QDir().mkpath(sdk));
    QProcess mount;
    mount.start(QStringLiteral("mount"),
        { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=4m"),
            QStringLiteral("godual-test"), sdk });
    QVERIFY(mount.waitForFinished());
    GODUAL_REQUIRE_OR_SKIP(mount.exitCode() == 0, "cannot mount a small tmpfs here (needs root, as in tools/dev test)");
    const Run r
        = run({ QStringLiteral("install"), m_archive.version, QStringLiteral("--side"), QStringLiteral("local") });
    QProcess umount;
    umount.start(QStringLiteral("umount"), { sdk });
    QVERIFY(umount.waitForFinished());
    QCOMPARE(umount.exitCode(), 0);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not enough free space")) && r.err.contains(sdk), qPrintable(r.err));
    QVERIFY(m_server->requestsFor("/dl/" + m_archive.filename.toUtf8()).isEmpty());
    QVERIFY(QDir(sdk).isEmpty());
}

QTEST_GUILESS_MAIN(TestInstallSides)
#include "tst_installsides.moc"
