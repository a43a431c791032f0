#include "diagnosis/diagnosis.h"
#include "processrun.h"
#include "requirement.h"
#include "scan/sideprobe.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;

// Probes this machine for real, with a home folder whose bash start-up files and go env file the
// test writes, and compares what GoDual reads with what the real Go toolchain (Debian's
// golang-go in the build root) reports in the same login environment.
class TestLocalProbe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesWhatGoReports();
    void originsPointAtTheLines();
    void hangingStartupFileIsCutOff();
    void goEnvFileAsTheLoginEnvironmentNamesIt();

private:
    static void write(const QString &path, const QByteArray &content);
    Side probe();
    QJsonObject goEnv();

    QTemporaryDir m_home;
    QString m_goroot;
    Side m_side;
    QJsonObject m_goEnv;
};

void TestLocalProbe::write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

Side TestLocalProbe::probe()
{
    SideProbe p(SideId::local(), ProcessRunner::system());
    QSignalSpy done(&p, &SideProbe::finished);
    p.start();
    if (!done.wait(30000))
        qWarning("the probe did not finish");
    return p.side();
}

QJsonObject TestLocalProbe::goEnv()
{
    QProcess bash;
    bash.setStandardInputFile(QProcess::nullDevice());
    bash.start(QStringLiteral("/bin/bash"),
        { QStringLiteral("-l"), QStringLiteral("-i"), QStringLiteral("-c"),
            QStringLiteral("echo GODUAL-JSON; go env -json") });
    if (!bash.waitForFinished(30000))
        return {};
    const QByteArray out = bash.readAllStandardOutput();
    return QJsonDocument::fromJson(out.mid(out.indexOf("GODUAL-JSON\n") + 12)).object();
}

void TestLocalProbe::initTestCase()
{
    // Nothing of the developer's shell (GODUAL_* seams, GO* variables) reaches the scan.
    GoDual::ProcessRun::clearInheritedEnvironment();
    const QString go = QStandardPaths::findExecutable(QStringLiteral("go"));
    GODUAL_REQUIRE_OR_SKIP(!go.isEmpty(), "no Go toolchain on PATH (the build root installs Debian's golang-go)");
    GODUAL_REQUIRE_OR_SKIP(!QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty(), "bash is missing");
    QProcess goroot;
    goroot.start(go, { QStringLiteral("env"), QStringLiteral("GOROOT") });
    QVERIFY(goroot.waitForFinished(30000));
    m_goroot = QString::fromUtf8(goroot.readAllStandardOutput()).trimmed();
    QVERIFY(QFileInfo::exists(m_goroot + QStringLiteral("/VERSION")));

    QVERIFY(m_home.isValid());
    const QString home = m_home.path();
    write(home + QStringLiteral("/.profile"),
        "# written by tst_localprobe\n"
        "export GOPATH=\"$HOME/work/go\"\n"
        "export PATH=\""
            + m_goroot.toUtf8()
            + "/bin:$PATH\"\n"
              "[ -f \"$HOME/.bashrc\" ] && . \"$HOME/.bashrc\"\n");
    write(home + QStringLiteral("/.bashrc"),
        "echo 'start-up files may print anything'\n"
        "export GOFLAGS=-mod=mod\n"
        "export GOPRIVATE='corp.example.com'\t# tab, backslash \\ and CR\r\n");
    write(home + QStringLiteral("/.config/go/env"), "GOPROXY=https://goproxy.cn,direct\nGOTOOLCHAIN=local\n");
    qputenv("HOME", home.toUtf8());
    // Hermetic: no Go setting or GODUAL_* seam of the caller's reaches the probe.
    for (const QString &name : QProcessEnvironment::systemEnvironment().keys()) {
        if (name.startsWith(QLatin1StringView("GO")))
            qunsetenv(name.toLocal8Bit().constData());
    }
    qunsetenv("XDG_CONFIG_HOME");

    m_side = probe();
    m_goEnv = goEnv();
    QVERIFY2(!m_goEnv.isEmpty(), "go env -json gave nothing");
}

void TestLocalProbe::matchesWhatGoReports()
{
    QVERIFY2(m_side.scanned, qPrintable(m_side.scanError));
    QVERIFY(m_side.active);
    QCOMPARE(m_side.active->version, m_goEnv.value(QStringLiteral("GOVERSION")).toString());
    QCOMPARE(m_side.active->goroot, m_goEnv.value(QStringLiteral("GOROOT")).toString());
    for (const char *name : { "GOROOT", "GOPATH", "GOFLAGS", "GOPROXY", "GOTOOLCHAIN", "GOSUMDB" }) {
        QVERIFY2(m_side.env.contains(QLatin1StringView(name)), name);
        QCOMPARE(m_side.env.value(QLatin1StringView(name)).value, m_goEnv.value(QLatin1StringView(name)).toString());
    }
    bool listed = false;
    for (const GoInstall &i : std::as_const(m_side.installs)) {
        if (i.goroot == m_goroot) {
            listed = true;
            QCOMPARE(i.version, m_goEnv.value(QStringLiteral("GOVERSION")).toString());
            QCOMPARE(i.binaryKind, QStringLiteral("elf"));
        }
    }
    QVERIFY(listed);
}

void TestLocalProbe::originsPointAtTheLines()
{
    const QString home = m_home.path();
    QCOMPARE(m_side.env.value(QStringLiteral("GOPATH")).origin.toString(), home + QStringLiteral("/.profile:2"));
    QCOMPARE(m_side.env.value(QStringLiteral("GOFLAGS")).origin.toString(), home + QStringLiteral("/.bashrc:2"));
    QCOMPARE(m_side.env.value(QStringLiteral("GOPROXY")).origin.toString(), home + QStringLiteral("/.config/go/env:1"));
    // The probe's escaping carries tabs, backslashes and carriage returns through unchanged.
    bool escaped = false;
    for (const RcAssignment &a : std::as_const(m_side.rcAssignments)) {
        if (a.variable == QLatin1StringView("GOPRIVATE")) {
            QCOMPARE(a.text, QStringLiteral("export GOPRIVATE='corp.example.com'\t# tab, backslash \\ and CR"));
            QCOMPARE(a.line, 3);
            escaped = true;
        }
    }
    QVERIFY(escaped);
    QCOMPARE(m_side.env.value(QStringLiteral("GOROOT")).origin.kind(), Origin::Kind::Default);
    QVERIFY(!m_side.path.isEmpty());
    QCOMPARE(m_side.path.first().value, m_goroot + QStringLiteral("/bin"));
    QCOMPARE(m_side.path.first().origin.toString(), home + QStringLiteral("/.profile:3"));
    QCOMPARE(m_side.path.first().goName, QStringLiteral("go"));

    // GOPATH/bin is not on this PATH: the rule must say so, naming the folder.
    Snapshot snapshot;
    snapshot.sides = { m_side };
    const QList<Finding> findings = Diagnosis::run(snapshot);
    bool binRule = false;
    for (const Finding &f : findings)
        binRule = binRule
            || (f.id == QLatin1StringView("gopath-bin-not-on-path")
                && f.message.contains(home + QStringLiteral("/work/go/bin")));
    QVERIFY(binRule);
}

void TestLocalProbe::hangingStartupFileIsCutOff()
{
    QTemporaryDir home;
    write(home.path() + QStringLiteral("/.profile"), "export GOPATH=/srv/go\nsleep 60\n");
    const QByteArray saved = qgetenv("HOME");
    qputenv("HOME", home.path().toUtf8());
    // The probe's own cut-off ends it (it says "did not finish"); had it waited for `sleep 60`,
    // the error would not be there.
    const Side side = probe();
    qputenv("HOME", saved);
    QVERIFY(side.scanned);
    QVERIFY2(side.scanError.contains(QStringLiteral("did not finish")), qPrintable(side.scanError));
    QVERIFY(!side.path.isEmpty()); // the environment without start-up files is still shown
}

// A start-up file that sets XDG_CONFIG_HOME moves the go env file for every shell of the user; the
// probe's own environment (without it) would name ~/.config/go/env instead, which Go never reads.
void TestLocalProbe::goEnvFileAsTheLoginEnvironmentNamesIt()
{
    QTemporaryDir home;
    write(home.path() + QStringLiteral("/.profile"), "export XDG_CONFIG_HOME=\"$HOME/xdg\"\n");
    write(home.path() + QStringLiteral("/xdg/go/env"), "GOPROXY=https://goproxy.io,direct\n");
    write(home.path() + QStringLiteral("/.config/go/env"), "GOPROXY=https://decoy.example,direct\n");
    const QByteArray saved = qgetenv("HOME");
    qputenv("HOME", home.path().toUtf8());
    const Side side = probe();
    qputenv("HOME", saved);
    QVERIFY2(side.scanned, qPrintable(side.scanError));
    QCOMPARE(side.goEnvFile, home.path() + QStringLiteral("/xdg/go/env"));
    QCOMPARE(side.env.value(QStringLiteral("GOPROXY")).value, QStringLiteral("https://goproxy.io,direct"));
    QCOMPARE(
        side.env.value(QStringLiteral("GOPROXY")).origin.toString(), home.path() + QStringLiteral("/xdg/go/env:1"));
    QCOMPARE(side.env.value(QStringLiteral("GOPROXY")).origin.kind(), Origin::Kind::GoEnvFile);
    // What the home does not set comes from $GOROOT/go.env, Go's lowest layer (Debian's Go ships
    // upstream's, with GOSUMDB), or is Go's built-in default, as `go env` shows them.
    const EnvValue sumdb = side.env.value(QStringLiteral("GOSUMDB"));
    QCOMPARE(sumdb.value, QStringLiteral("sum.golang.org"));
    QCOMPARE(sumdb.origin.kind(), Origin::Kind::GoEnvFile);
    QVERIFY2(sumdb.origin.path().endsWith(QLatin1StringView("/go.env")), qPrintable(sumdb.origin.toString()));
    QVERIFY(side.env.contains(QStringLiteral("GOFLAGS")));
    QCOMPARE(side.env.value(QStringLiteral("GOFLAGS")).value, QString());
    QCOMPARE(side.env.value(QStringLiteral("GOFLAGS")).origin.kind(), Origin::Kind::Default);
}

QTEST_GUILESS_MAIN(TestLocalProbe)
#include "tst_localprobe.moc"
