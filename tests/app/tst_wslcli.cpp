#include "platform/regfileparser.h"
#include "platform/regfileregistry.h"
#include "platform/windowsenvironment.h"
#include "platform/wslcli.h"
#include "requirement.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

using Build = std::function<ProcessRequest(const WslCli &)>;
Q_DECLARE_METATYPE(Build)

// WslCli, the one adapter for wsl.exe: the requests it builds (arguments exact, WSL_UTF8, time
// limits, environment), the answers it reads (captured bytes in tests/data/wsl), the environment
// rebuilt from a registry, and what the fake wsl.exe was really called with.
class TestWslCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requests_data();
    void requests();
    void results_data();
    void results();
    void environmentFromRegistry_data();
    void environmentFromRegistry();
    void refreshedEnvironmentReachesRequests();
    void fakeWslIsCalledWithTheArgumentsBuilt();
    void fakeWslAnswersAreRead();
};

namespace {

QString describe(const WslDistro &d)
{
    return u"%1 %2 %3%4"_s.arg(d.name, d.stateText.isEmpty() ? u"-"_s : d.stateText)
        .arg(d.wslVersion)
        .arg(d.isDefault ? u" default"_s : QString());
}

// What a reader made of a result: "ok: ..." or "error: <message>".
QString read(const WslCli &wsl, const QString &reader, const ProcessResult &result)
{
    if (reader == u"distros") {
        const auto r = wsl.distros(result);
        if (!r)
            return u"error: "_s + r.error();
        QStringList rows;
        for (const WslDistro &d : *r)
            rows.append(describe(d));
        return u"ok: "_s + rows.join(u", "_s);
    }
    if (reader == u"names" || reader == u"running") {
        const auto r = reader == u"names" ? wsl.names(result) : wsl.running(result);
        return r ? QString(u"ok: "_s + r->join(u", "_s)) : QString(u"error: "_s + r.error());
    }
    if (reader == u"terminated") {
        const auto r = wsl.terminated(result, u"Ubuntu"_s);
        return r ? u"ok: "_s : QString(u"error: "_s + r.error());
    }
    return u"failure: "_s + WslCli::failure(result);
}

ProcessResult answer(const QString &fixture, int exitCode)
{
    ProcessResult r;
    r.started = true;
    r.exitCode = exitCode;
    r.out = fixture.isEmpty() ? QByteArray() : TestData::fixture(u"wsl/"_s + fixture);
    return r;
}

Registry *registryFrom(const QByteArray &text, std::unique_ptr<Registry> &holder)
{
    const auto contents = parseRegFile(text, u"machine.reg"_s);
    if (!contents)
        return nullptr;
    holder = std::make_unique<RegFileRegistry>(*contents);
    return holder.get();
}

QByteArray reg(const QByteArray &systemEnv, const QByteArray &userEnv)
{
    return "Windows Registry Editor Version 5.00\r\n\r\n"
           "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]\r\n"
           "\"SystemRoot\"=\"C:\\\\Windows\"\r\n\r\n"
           "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment]\r\n"
        + systemEnv
        + "\r\n"
          "[HKEY_CURRENT_USER\\Volatile Environment]\r\n"
          "\"USERPROFILE\"=\"C:\\\\Users\\\\dev\"\r\n\r\n"
          "[HKEY_CURRENT_USER\\Environment]\r\n"
        + userEnv + "\r\n";
}

QStringList dump(const QProcessEnvironment &env)
{
    QStringList out;
    const QStringList keys = env.keys();
    for (const QString &key : keys)
        out.append(key + u'=' + env.value(key));
    out.sort();
    return out;
}

} // namespace

void TestWslCli::requests_data()
{
    QTest::addColumn<Build>("build");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("timeoutMs");

    QTest::newRow("list verbose") << Build([](const WslCli &w) { return w.listVerbose(); })
                                  << QStringList { u"-l"_s, u"-v"_s } << QByteArray() << 15'000;
    QTest::newRow("list quiet") << Build([](const WslCli &w) { return w.listQuiet(); })
                                << QStringList { u"-l"_s, u"-q"_s } << QByteArray() << 15'000;
    QTest::newRow("list running") << Build([](const WslCli &w) { return w.listRunning(); })
                                  << QStringList { u"-l"_s, u"--running"_s, u"-q"_s } << QByteArray() << 15'000;
    QTest::newRow("probe") << Build([](const WslCli &w) {
        return w.probe(u"Ubuntu-22.04"_s, "echo probe\n", { u"N0NCE"_s, u"/usr/local/go"_s, u"~/sdk/go*"_s });
    })
                           << QStringList { u"-d"_s, u"Ubuntu-22.04"_s, u"--exec"_s, u"/bin/sh"_s, u"-s"_s, u"N0NCE"_s,
                                  u"/usr/local/go"_s, u"~/sdk/go*"_s }
                           << QByteArray("echo probe\n") << 25'000;
    QTest::newRow("exec as the default user") << Build([](const WslCli &w) {
        return w.exec(u"Debian"_s, {}, { u"/bin/sh"_s, u"-c"_s, u"echo \"$1\""_s, u"godual"_s, u"a b"_s });
    })
                                              << QStringList { u"-d"_s, u"Debian"_s, u"--exec"_s, u"/bin/sh"_s, u"-c"_s,
                                                     u"echo \"$1\""_s, u"godual"_s, u"a b"_s }
                                              << QByteArray() << 120'000;
    QTest::newRow("exec as root with stdin")
        << Build([](const WslCli &w) { return w.exec(u"Debian"_s, u"root"_s, { u"/bin/cat"_s }, "bytes"); })
        << QStringList { u"-d"_s, u"Debian"_s, u"-u"_s, u"root"_s, u"--exec"_s, u"/bin/cat"_s } << QByteArray("bytes")
        << 120'000;
    QTest::newRow("terminate") << Build([](const WslCli &w) { return w.terminate(u"Ubuntu"_s); })
                               << QStringList { u"--terminate"_s, u"Ubuntu"_s } << QByteArray() << 30'000;
}

void TestWslCli::requests()
{
    QFETCH(Build, build);
    QProcessEnvironment env;
    env.insert(u"GODUAL_TEST_MARKER"_s, u"kept"_s);
    env.insert(u"WSL_UTF8"_s, u"true"_s); // wsl.exe reads only "1" as UTF-8: it must be replaced
    const WslCli wsl(u"/opt/wsl.exe"_s, env);
    const ProcessRequest request = build(wsl);
    QCOMPARE(request.program, u"/opt/wsl.exe"_s);
    QTEST(request.arguments, "arguments");
    QTEST(request.input, "input");
    QTEST(request.timeoutMs, "timeoutMs");
    QCOMPARE(request.environment.value(u"WSL_UTF8"_s), u"1"_s);
    QCOMPARE(request.environment.value(u"GODUAL_TEST_MARKER"_s), u"kept"_s);

    // A changed time limit applies to that kind of call only.
    WslCli changed = wsl;
    changed.setTimeoutMs(WslCli::Call::List, 1234);
    const int expected = request.arguments.first() == u"-l" ? 1234 : request.timeoutMs;
    QCOMPARE(build(changed).timeoutMs, expected);
}

void TestWslCli::results_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // the whole answer, or its start when it ends with "..."

    QTest::newRow("-l -v UTF-16") << u"distros"_s << u"list-verbose-utf16.out"_s << 0
                                  << u"ok: Ubuntu-22.04 Running 2 default, Debian Stopped 2"_s;
    QTest::newRow("-l -v UTF-8") << u"distros"_s << u"list-verbose-utf8.out"_s << 0
                                 << u"ok: Ubuntu-22.04 Running 2 default, Debian Stopped 2"_s;
    QTest::newRow("-l -v every state") << u"distros"_s << u"list-verbose-states-utf16.out"_s << 0
                                       << u"ok: Alpine Installing 2 default, old.distro_1 Uninstalling 1, "
                                          "conv Converting 2, exp Exporting 2"_s;
    // The fake wsl.exe on Linux exits 255 where the real one exits -1.
    QTest::newRow("no distributions, 255") << u"distros"_s << u"no-distros-utf16.out"_s << 255 << u"ok: "_s;
    QTest::newRow("no distributions, -1, UTF-8") << u"distros"_s << u"no-distros-utf8.out"_s << -1 << u"ok: "_s;
    QTest::newRow("usage error of an old wsl.exe") << u"distros"_s << u"usage-invalid-argument-utf16.out"_s << 255
                                                   << u"error: could not list the WSL distros: wsl.exe -l -v was "
                                                      "refused as a usage error, so this wsl.exe is probably too "
                                                      "old for it: Invalid command line argument: -v..."_s;
    QTest::newRow("unknown distro in a list") << u"distros"_s << u"error-distro-not-found-utf16.out"_s << -1
                                              << u"error: could not list the WSL distros: wsl.exe -l -v failed: "
                                                 "There is no distribution with the supplied name. (error code "
                                                 "Wsl/Service/WSL_E_DISTRO_NOT_FOUND)"_s;
    QTest::newRow("-l -q") << u"names"_s << u"list-quiet-utf16.out"_s << 0 << u"ok: Ubuntu-22.04, Debian"_s;
    QTest::newRow("-l --running -q UTF-8")
        << u"running"_s << u"list-quiet-utf8.out"_s << 0 << u"ok: Ubuntu-22.04, Debian"_s;
    QTest::newRow("nothing running") << u"running"_s << QString() << 0 << u"ok: "_s;

    QTest::newRow("exec: unknown distro UTF-16")
        << u"failure"_s << u"error-distro-not-found-utf16.out"_s << 255
        << u"failure: There is no distribution with the supplied name. (error code "
           "Wsl/Service/WSL_E_DISTRO_NOT_FOUND)"_s;
    QTest::newRow("exec: unknown distro UTF-8")
        << u"failure"_s << u"error-distro-not-found-utf8.out"_s << -1
        << u"failure: There is no distribution with the supplied name. (error code "
           "Wsl/Service/WSL_E_DISTRO_NOT_FOUND)"_s;
    QTest::newRow("exec: too old for --exec")
        << u"failure"_s << u"usage-invalid-argument-utf8.out"_s << 255
        << u"failure: wsl.exe refused the command line as a usage error, so it is probably too old for it: "
           "Invalid command line argument: --exec Please use 'wsl.exe --help' to get a list of supported "
           "arguments."_s;
    QTest::newRow("exec: the command's own exit code is not wsl.exe's failure")
        << u"failure"_s << u"error-distro-not-found-utf16.out"_s << 3 << u"failure: "_s;

    QTest::newRow("terminate") << u"terminated"_s << u"terminate-ok-utf16.out"_s << 0 << u"ok: "_s;
    QTest::newRow("terminate an unknown distro")
        << u"terminated"_s << u"error-distro-not-found-utf16.out"_s << 255
        << u"error: could not stop Ubuntu (wsl.exe --terminate, exit code -1): There is no distribution with the "
           "supplied name. (error code Wsl/Service/WSL_E_DISTRO_NOT_FOUND)"_s;
}

void TestWslCli::results()
{
    QFETCH(QString, reader);
    QFETCH(QString, fixture);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const WslCli wsl(u"wsl.exe"_s);
    const QString got = read(wsl, reader, answer(fixture, exitCode));
    if (expected.endsWith(u"..."_s))
        QVERIFY2(got.startsWith(expected.chopped(3)), qPrintable(got));
    else
        QCOMPARE(got, expected);
}

void TestWslCli::environmentFromRegistry_data()
{
    QTest::addColumn<QStringList>("process"); // NAME=VALUE
    QTest::addColumn<QByteArray>("registry");
    QTest::addColumn<QStringList>("expected");

    const QStringList process { u"COMPUTERNAME=DEVBOX"_s, u"GODUAL_WSL=C:\\wsl.exe"_s, u"GOPATH=C:\\old\\go"_s,
        u"PATH=C:\\Windows;C:\\old\\bin"_s, u"SystemRoot=C:\\Windows"_s, u"TEMP=C:\\Users\\dev\\AppData\\Local\\Temp"_s,
        u"USERNAME=dev"_s, u"WSLENV=GOPATH/p"_s };
    QTest::newRow("the registry's new values win, process-only ones stay")
        << process
        << reg("\"Path\"=\"C:\\\\Windows\"\r\n",
               "\"Path\"=\"C:\\\\new\\\\bin\"\r\n\"GOPATH\"=\"C:\\\\new\\\\go\"\r\n\"WSLENV\"=\"GOPATH/p:GOBIN/p\"\r\n")
        << QStringList { u"COMPUTERNAME=DEVBOX"_s, u"GODUAL_WSL=C:\\wsl.exe"_s, u"GOPATH=C:\\new\\go"_s,
               u"PATH=C:\\Windows;C:\\new\\bin"_s, u"SystemDrive=C:"_s, u"SystemRoot=C:\\Windows"_s,
               u"TEMP=C:\\Users\\dev\\AppData\\Local\\Temp"_s, u"USERNAME=dev"_s, u"USERPROFILE=C:\\Users\\dev"_s,
               u"WSLENV=GOPATH/p:GOBIN/p"_s };
    QTest::newRow("deleted from HKCU and defined nowhere: gone")
        << process << reg("\"Path\"=\"C:\\\\Windows\"\r\n", "")
        << QStringList { u"COMPUTERNAME=DEVBOX"_s, u"GODUAL_WSL=C:\\wsl.exe"_s, u"PATH=C:\\Windows"_s,
               u"SystemDrive=C:"_s, u"SystemRoot=C:\\Windows"_s, u"TEMP=C:\\Users\\dev\\AppData\\Local\\Temp"_s,
               u"USERNAME=dev"_s, u"USERPROFILE=C:\\Users\\dev"_s };
    QTest::newRow("deleted from HKCU but still a system variable: the system value")
        << process << reg("\"Path\"=\"C:\\\\Windows\"\r\n\"GOPATH\"=\"D:\\\\shared\\\\go\"\r\n", "")
        << QStringList { u"COMPUTERNAME=DEVBOX"_s, u"GODUAL_WSL=C:\\wsl.exe"_s, u"GOPATH=D:\\shared\\go"_s,
               u"PATH=C:\\Windows"_s, u"SystemDrive=C:"_s, u"SystemRoot=C:\\Windows"_s,
               u"TEMP=C:\\Users\\dev\\AppData\\Local\\Temp"_s, u"USERNAME=dev"_s, u"USERPROFILE=C:\\Users\\dev"_s };
    QTest::newRow("expandable values are expanded, names matched case-insensitively")
        << QStringList { u"Path=C:\\old"_s, u"gopath=C:\\old\\go"_s }
        << reg("\"Path\"=hex(2):43,00,3a,00,5c,00,57,00,69,00,6e,00,64,00,6f,00,77,00,73,00,00,00\r\n",
               "\"Path\"=hex(2):25,00,55,00,53,00,45,00,52,00,50,00,52,00,4f,00,46,00,49,00,4c,00,45,00,25,00,5c,"
               "00,67,00,6f,00,5c,00,62,00,69,00,6e,00,00,00\r\n\"GOPATH\"=\"C:\\\\go\"\r\n")
        << QStringList { u"Path=C:\\Windows;C:\\Users\\dev\\go\\bin"_s, u"SystemDrive=C:"_s,
               u"SystemRoot=C:\\Windows"_s, u"USERPROFILE=C:\\Users\\dev"_s, u"gopath=C:\\go"_s };
}

void TestWslCli::environmentFromRegistry()
{
    QFETCH(QStringList, process);
    QFETCH(QByteArray, registry);
    QProcessEnvironment env;
    for (const QString &entry : std::as_const(process))
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    std::unique_ptr<Registry> holder;
    const Registry *r = registryFrom(registry, holder);
    QVERIFY(r);
    QStringList decided { u"Path"_s, u"WSLENV"_s, u"GOPATH"_s, u"GOROOT"_s, u"GOBIN"_s };
    QTEST(dump(WindowsEnvironment::fromRegistry(*r).appliedTo(env, decided)), "expected");
}

void TestWslCli::refreshedEnvironmentReachesRequests()
{
    QProcessEnvironment env;
    env.insert(u"GOFLAGS"_s, u"-mod=vendor"_s); // a Go variable the registry no longer defines
    env.insert(u"USERNAME"_s, u"dev"_s);
    env.insert(u"WSLENV"_s, u"GOFLAGS"_s);
    WslCli wsl(u"wsl.exe"_s, env);
    std::unique_ptr<Registry> holder;
    const Registry *r = registryFrom(reg("\"Path\"=\"C:\\\\Windows\"\r\n", "\"WSLENV\"=\"GOPATH/p\"\r\n"), holder);
    QVERIFY(r);
    wsl.refreshEnvironment(*r);
    for (const ProcessRequest &request : { wsl.listVerbose(), wsl.exec(u"Ubuntu"_s, {}, { u"true"_s }),
             wsl.probe(u"Ubuntu"_s, {}, { u"N"_s }), wsl.terminate(u"Ubuntu"_s) }) {
        QCOMPARE(request.environment.value(u"WSLENV"_s), u"GOPATH/p"_s);
        QVERIFY(!request.environment.contains(u"GOFLAGS"_s));
        QCOMPARE(request.environment.value(u"USERNAME"_s), u"dev"_s);
        QCOMPARE(request.environment.value(u"SystemRoot"_s), u"C:\\Windows"_s);
        QCOMPARE(request.environment.value(u"WSL_UTF8"_s), u"1"_s);
    }
}

namespace {

// A fake machine for the fake wsl.exe: distros.list only (listing and --terminate need no root).
struct FakeMachine {
    QTemporaryDir dir;
    QProcessEnvironment env;

    explicit FakeMachine(const QByteArray &distros)
    {
        QDir(dir.path()).mkpath(u"state"_s);
        QFile list(dir.filePath(u"distros.list"_s));
        if (list.open(QIODevice::WriteOnly))
            list.write(distros);
        env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        env.insert(u"GODUAL_FAKE_WSL_HOME"_s, dir.path());
        env.insert(u"GODUAL_FAKE_WSL_STATE"_s, dir.filePath(u"state"_s));
    }
    QStringList calls() const
    {
        QFile log(dir.filePath(u"state/calls.log"_s));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
};

} // namespace

void TestWslCli::fakeWslIsCalledWithTheArgumentsBuilt()
{
    FakeMachine machine("Ubuntu Running 2 default\nDebian Stopped 2\n");
    QVERIFY(machine.dir.isValid());
    const WslCli wsl(QStringLiteral(GODUAL_FAKE_WSL), machine.env);
    for (const ProcessRequest &request :
        { wsl.listVerbose(), wsl.listQuiet(), wsl.listRunning(), wsl.terminate(u"Ubuntu"_s) }) {
        const BlockingProcessResult r = runProcessBlocking(request);
        QVERIFY2(r.started && WslCli::exitCode(r) == 0, r.out.constData());
    }
    QCOMPARE(
        machine.calls(), QStringList({ u"-l\t-v"_s, u"-l\t-q"_s, u"-l\t--running\t-q"_s, u"--terminate\tUbuntu"_s }));

    // A distro command enters a chroot distro: root only. The probe's arguments arrive as sent.
    GODUAL_REQUIRE_ROOT();
    QProcess make;
    make.start(QStringLiteral(GODUAL_MAKE_DISTRO), { machine.dir.filePath(u"distros/Debian"_s) });
    QVERIFY(make.waitForFinished(60'000) && make.exitCode() == 0);
    const BlockingProcessResult probed
        = runProcessBlocking(wsl.probe(u"Debian"_s, "printf '%s|' \"$@\"", { u"N0NCE"_s, u"~/sdk/go*"_s, u"a b"_s }));
    QCOMPARE(probed.out, QByteArray("N0NCE|~/sdk/go*|a b|"));
    const BlockingProcessResult asRoot
        = runProcessBlocking(wsl.exec(u"Debian"_s, u"root"_s, { u"/usr/bin/id"_s, u"-u"_s }));
    QCOMPARE(asRoot.out, QByteArray("0\n"));
    QCOMPARE(machine.calls().mid(4),
        QStringList({ u"-d\tDebian\t--exec\t/bin/sh\t-s\tN0NCE\t~/sdk/go*\ta b"_s,
            u"-d\tDebian\t-u\troot\t--exec\t/usr/bin/id\t-u"_s }));
}

void TestWslCli::fakeWslAnswersAreRead()
{
    FakeMachine machine("Ubuntu Running 2 default\nDebian Stopped 2\nNew Installing 2\n");
    QVERIFY(machine.dir.isValid());
    const WslCli wsl(QStringLiteral(GODUAL_FAKE_WSL), machine.env);
    const auto listed = wsl.distros(runProcessBlocking(wsl.listVerbose()));
    QVERIFY2(listed, qPrintable(listed ? QString() : listed.error()));
    QCOMPARE(listed->size(), 3);
    QCOMPARE(listed->at(2).state, WslDistro::State::Installing);
    const auto running = wsl.running(runProcessBlocking(wsl.listRunning()));
    QVERIFY(running);
    QCOMPARE(*running, QStringList { u"Ubuntu"_s });
    QVERIFY(wsl.terminated(runProcessBlocking(wsl.terminate(u"ubuntu"_s)), u"ubuntu"_s));
    const auto after = wsl.running(runProcessBlocking(wsl.listRunning()));
    QVERIFY(after && after->isEmpty());
    const auto unknown = wsl.terminated(runProcessBlocking(wsl.terminate(u"Nope"_s)), u"Nope"_s);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(u"WSL_E_DISTRO_NOT_FOUND"_s), qPrintable(unknown.error()));

    FakeMachine empty("");
    const WslCli none(QStringLiteral(GODUAL_FAKE_WSL), empty.env);
    const auto nothing = none.distros(runProcessBlocking(none.listVerbose()));
    QVERIFY2(nothing && nothing->isEmpty(), qPrintable(nothing ? QString() : nothing.error()));
}

QTEST_GUILESS_MAIN(TestWslCli)
#include "tst_wslcli.moc"
