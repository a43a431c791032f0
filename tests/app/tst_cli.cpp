#include "processrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Runs the built `godual` as a script would and checks what it prints and returns.
class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void run_data();
    void run();
    void diagnoseJson_data();
    void diagnoseJson();

private:
    // Runs godual with HOME set to a fresh folder whose ~/.profile holds `profile`, in the
    // hermetic environment (no GODUAL_* seams, no GO* variables of the caller's shell).
    static GoDual::ProcessRun::Outcome godual(const QStringList &args, const QByteArray &profile, QTemporaryDir &home);
};

GoDual::ProcessRun::Outcome TestCli::godual(const QStringList &args, const QByteArray &profile, QTemporaryDir &home)
{
    QFile f(home.filePath(QStringLiteral(".profile")));
    if (f.open(QIODevice::WriteOnly))
        f.write(profile);
    f.close();
    QProcessEnvironment env = GoDual::ProcessRun::hermeticEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    return GoDual::ProcessRun::run(QStringLiteral(GODUAL_EXECUTABLE), args, env, 30000);
}

void TestCli::run_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stderrHas");

    const QString version = QStringLiteral("godual " GODUAL_EXPECTED_VERSION "\n");
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") } << 0 << version << "";
    QTest::newRow("-v") << QStringList { QStringLiteral("-v") } << 0 << version << "";
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") } << 0 << "usage: godual" << "";
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << 2 << ""
                                     << "unknown command 'frobnicate'";
    QTest::newRow("diagnose, unknown option")
        << QStringList { QStringLiteral("diagnose"), QStringLiteral("--frob") } << 2 << ""
        << "godual diagnose: Unknown option 'frob'";
    // Every command's options go through QCommandLineParser: its own --help, --side=ID.
    QTest::newRow("diagnose --help") << QStringList { QStringLiteral("diagnose"), QStringLiteral("--help") } << 0
                                     << "--strict" << "";
    QTest::newRow("diagnose --help names the command")
        << QStringList { QStringLiteral("diagnose"), QStringLiteral("--help") } << 0
        << "Usage: godual diagnose [options]"
        << "";
    QTest::newRow("list --side=local") << QStringList { QStringLiteral("list"), QStringLiteral("--side=local"),
        QStringLiteral("--json") } << 0 << "\"id\": \"local\""
                                       << "";
    QTest::newRow("list takes no --strict")
        << QStringList { QStringLiteral("list"), QStringLiteral("--strict") } << 2 << "" << "Unknown option 'strict'";
    QTest::newRow("list, an argument") << QStringList { QStringLiteral("list"), QStringLiteral("extra") } << 2 << ""
                                       << "unexpected argument 'extra'";
    QTest::newRow("install --help") << QStringList { QStringLiteral("install"), QStringLiteral("--help") } << 0
                                    << "--side <ID>" << "";
    QTest::newRow("remove --help") << QStringList { QStringLiteral("remove"), QStringLiteral("--help") } << 0
                                   << "--force" << "";
    QTest::newRow("install without --side")
        << QStringList { QStringLiteral("install"), QStringLiteral("go1.22.6") } << 2 << ""
        << "godual install: give one VERSION and --side ID";
    QTest::newRow("install, not a version")
        << QStringList { QStringLiteral("install"), QStringLiteral("latest"), QStringLiteral("--side=local") } << 2
        << "" << "'latest' is not a Go version";
    QTest::newRow("available --help") << QStringList { QStringLiteral("available"), QStringLiteral("--help") } << 0
                                      << "--all" << "";
    QTest::newRow("diagnose, bad side") << QStringList { QStringLiteral("diagnose"), QStringLiteral("--side"),
        QStringLiteral("no such") } << 2 << ""
                                        << "'no such' is not a side";
    QTest::newRow("diagnose, side not on this machine")
        << QStringList { QStringLiteral("diagnose"), QStringLiteral("--side"), QStringLiteral("windows") } << 2 << ""
        << "no such side";
    QTest::newRow("diagnose, human output") << QStringList { QStringLiteral("diagnose") } << 0 << "local\n" << "";
    QTest::newRow("diagnose, GOROOT broken") << QStringList { QStringLiteral("diagnose") } << 1 << "goroot-invalid"
                                             << "";
    QTest::newRow("diagnose --strict, warnings only")
        << QStringList { QStringLiteral("diagnose"), QStringLiteral("--strict") } << 1 << "gopath-bin-not-on-path"
        << "";
    QTest::newRow("list") << QStringList { QStringLiteral("list") } << 0 << "local\n" << "";
}

void TestCli::run()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrHas);

    QTemporaryDir home;
    const QByteArray profile = QByteArray(QTest::currentDataTag()).contains("GOROOT broken")
        ? QByteArrayLiteral("export GOROOT=/nonexistent/go\n")
        : QByteArray();
    const GoDual::ProcessRun::Outcome r = godual(args, profile, home);
    const QString &out = r.out;
    const QString &err = r.err;
    QVERIFY2(r.exitCode != -1, "godual crashed or did not finish within 30 s");
    QCOMPARE(r.exitCode, exitCode);
    if (!stdoutHas.isEmpty())
        QVERIFY2(out.contains(stdoutHas), qPrintable(out));
    if (!stderrHas.isEmpty())
        QVERIFY2(err.contains(stderrHas), qPrintable(err));
    if (exitCode == 0)
        QVERIFY2(err.isEmpty(), qPrintable(err));
}

void TestCli::diagnoseJson_data()
{
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("findingId");

    QTest::newRow("clean") << QByteArray() << 0 << "gopath-bin-not-on-path";
    QTest::newRow("GOROOT missing") << QByteArrayLiteral("export GOROOT=/nonexistent/go\n") << 1 << "goroot-invalid";
}

void TestCli::diagnoseJson()
{
    QFETCH(QByteArray, profile);
    QFETCH(int, exitCode);
    QFETCH(QString, findingId);
    QTemporaryDir home;
    const GoDual::ProcessRun::Outcome r
        = godual({ QStringLiteral("diagnose"), QStringLiteral("--json") }, profile, home);
    QCOMPARE(r.exitCode, exitCode);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("schema")).toInt(), 1);
    const QJsonArray sides = root.value(QStringLiteral("sides")).toArray();
    QCOMPARE(sides.size(), 1);
    const QJsonObject local = sides.first().toObject();
    QCOMPARE(local.value(QStringLiteral("id")).toString(), QStringLiteral("local"));
    QCOMPARE(local.value(QStringLiteral("kind")).toString(), QStringLiteral("local"));
    QVERIFY(local.value(QStringLiteral("installs")).isArray());
    QVERIFY(local.contains(QStringLiteral("active")));
    const QJsonObject env = local.value(QStringLiteral("env")).toObject();
    QCOMPARE(env.value(QStringLiteral("GOPATH")).toObject().value(QStringLiteral("value")).toString(),
        home.path() + QStringLiteral("/go"));
    QCOMPARE(env.value(QStringLiteral("GOPATH")).toObject().value(QStringLiteral("origin")).toString(),
        QStringLiteral("default"));
    QVERIFY(!env.value(QStringLiteral("PATH")).toArray().isEmpty());

    bool found = false;
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        for (const char *key : { "id", "severity", "side", "message", "evidence", "fix" })
            QVERIFY2(f.contains(QLatin1StringView(key)), key);
        if (f.value(QStringLiteral("id")).toString() == findingId) {
            found = true;
            QCOMPARE(f.value(QStringLiteral("side")).toString(), QStringLiteral("local"));
        }
    }
    QVERIFY2(found, qPrintable(findingId));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
