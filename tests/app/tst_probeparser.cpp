#include "scan/probeparser.h"

#include <QFile>
#include <QTest>

using namespace GoDual;

class TestProbeParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryRecord();
    void parsesTheStartupTrace();
    void rejects_data();
    void rejects();
    void unescape_data();
    void unescape();
    void hugeGarbageIsAnErrorNotAHang();
};

static QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(GODUAL_TEST_DATA "/probe/") + QLatin1StringView(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestProbeParser::parsesEveryRecord()
{
    const auto r = ProbeParser::parse(fixture("basic.out"), QStringLiteral("N1"));
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->userName, QStringLiteral("dev"));
    QCOMPARE(r->home, QStringLiteral("/home/dev"));
    QCOMPARE(r->shell, QStringLiteral("/bin/bash"));
    QCOMPARE(r->kernel, QStringLiteral("5.15.153.1-microsoft-standard-WSL2"));
    QCOMPARE(r->kernelModulesPresent, false);
    QCOMPARE(r->files.value(QStringLiteral("wslconf")).path, QStringLiteral("/etc/wsl.conf"));
    QCOMPARE(r->files.value(QStringLiteral("wslconf")).bytes, QByteArray("[interop]\nappendWindowsPath=false\n"));
    QCOMPARE(r->loginStatus, 0);
    QCOMPARE(r->rcLines.size(), 2);
    QCOMPARE(r->rcLines[0].line, 27);
    QCOMPARE(r->rcLines[0].text, QStringLiteral("export PATH=\"$PATH:/usr/local/go/bin\""));
    QCOMPARE(r->rcLines[1].text, QStringLiteral("export GOPATH=\t/home/dev/go\\x"));
    QCOMPARE(r->installs.size(), 1);
    QCOMPARE(r->installs[0].versionLine, QStringLiteral("go1.22.6"));
    QCOMPARE(r->pathDirs.size(), 2);
    QCOMPARE(r->pathDirs[1].exists, false);
    QCOMPARE(r->goHits.size(), 1);
    QCOMPARE(r->goHits[0].realPath, QStringLiteral("/usr/local/go/bin/go"));
}

// Captured from the real probe with bash on tests/data/startup/bash (tests/data/probe/make-captures).
void TestProbeParser::parsesTheStartupTrace()
{
    const auto r = ProbeParser::parse(fixture("wsl-bash.out"), QStringLiteral("N1"));
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->traceShell, QStringLiteral("bash"));
    QVERIFY(r->tracedCommands > 0);
    QCOMPARE(r->trace.size(), 7);
    const ProbeReport::TraceChange &gopath = r->trace[1];
    QCOMPARE(gopath.variable, QStringLiteral("GOPATH"));
    QCOMPARE(gopath.file, QStringLiteral("/home/dev/.bash_profile"));
    QCOMPARE(gopath.line, 2);
    QVERIFY(gopath.set);
    QCOMPARE(gopath.value, QStringLiteral("/home/dev/work"));
    QCOMPARE(r->trace.last().value.section(u':', 0, 0), QStringLiteral("/home/dev/sdk/go1.30.1/bin"));
    // The start-up files bash reads, in its order: never the shadowed .profile or the .zshrc.
    for (const ProbeReport::RcLine &line : r->rcLines) {
        QVERIFY2(!line.path.endsWith(QLatin1StringView("/.profile")), qPrintable(line.path));
        QVERIFY2(!line.path.endsWith(QLatin1StringView("/.zshrc")), qPrintable(line.path));
    }

    const QByteArray head = "probe\t1\tN1\n";
    const auto unset = ProbeParser::parse(head + "trace\tGOROOT\t/etc/profile\t3\t\nend\tN1\n", QStringLiteral("N1"));
    QVERIFY2(unset, qPrintable(unset.error()));
    QCOMPARE(unset->trace.size(), 1);
    QVERIFY(!unset->trace[0].set);
    QVERIFY(unset->traceShell.isEmpty());
}

void TestProbeParser::rejects_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("mentions");

    const QByteArray head = "probe\t1\tN1\n";
    QTest::newRow("empty") << QByteArray() << "printed nothing";
    QTest::newRow("other nonce") << QByteArray("probe\t1\tOTHER\nend\tOTHER\n") << "line 1";
    QTest::newRow("other version") << QByteArray("probe\t2\tN1\nend\tN1\n") << "version 1";
    QTest::newRow("cut short") << head + "user\tdev\t/home/dev\t/bin/sh\n" << "cut short";
    QTest::newRow("unknown record") << head + "bogus\tx\nend\tN1\n" << "unknown record 'bogus'";
    QTest::newRow("missing field") << head + "user\tdev\t/home/dev\nend\tN1\n" << "line 2";
    QTest::newRow("extra field") << head + "kernel\t6.1\tyes\textra\nend\tN1\n" << "expected 2";
    QTest::newRow("hex without file") << head + "hex\t00\nend\tN1\n" << "without a file";
    QTest::newRow("odd hex") << head + "file\tgoenv\t/x\nhex\t0\nend\tN1\n" << "malformed hex";
    QTest::newRow("not hex") << head + "file\tgoenv\t/x\nhex\tzz\nend\tN1\n" << "malformed hex";
    QTest::newRow("bad number") << head + "rc\t/x\tabc\ttext\nend\tN1\n" << "malformed number";
    QTest::newRow("trace state without =") << head + "trace\tGOPATH\t/x\t1\t/go\nend\tN1\n" << "trace state";
    QTest::newRow("trace bad line") << head + "trace\tGOPATH\t/x\tone\t=/go\nend\tN1\n" << "malformed number";
    QTest::newRow("tracing missing count") << head + "tracing\tbash\nend\tN1\n" << "expected 2";
    QTest::newRow("text after end") << head + "end\tN1\nuser\ta\tb\tc\n" << "after the end";
    QTest::newRow("foreign end") << head + "end\tN2\n" << "another probe";
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0\0",
        11) << "line 1";
}

void TestProbeParser::rejects()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, mentions);
    const auto r = ProbeParser::parse(output, QStringLiteral("N1"));
    QVERIFY(!r);
    QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
}

void TestProbeParser::unescape_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << "abc" << "abc";
    QTest::newRow("tab") << "a\\tb" << "a\tb";
    QTest::newRow("cr and newline") << "a\\r\\n" << "a\r\n";
    QTest::newRow("backslash") << "C:\\\\Users" << "C:\\Users";
    QTest::newRow("trailing backslash kept") << "a\\" << "a\\";
}

void TestProbeParser::unescape()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QCOMPARE(ProbeParser::unescape(field), text);
}

void TestProbeParser::hugeGarbageIsAnErrorNotAHang()
{
    QByteArray garbage(8 * 1024 * 1024, 'x');
    for (qsizetype i = 0; i < garbage.size(); i += 97)
        garbage[i] = '\t';
    const auto r = ProbeParser::parse(garbage, QStringLiteral("N1"));
    QVERIFY(!r);
}

QTEST_GUILESS_MAIN(TestProbeParser)
#include "tst_probeparser.moc"
