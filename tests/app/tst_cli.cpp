#include <QProcess>
#include <QTest>

// Runs the built `godual` as a script would and checks what it prints and returns.
class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void run_data();
    void run();
};

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
}

void TestCli::run()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrHas);

    QProcess godual;
    godual.start(QStringLiteral(GODUAL_EXECUTABLE), args);
    QVERIFY2(godual.waitForFinished(30000), "godual did not finish within 30 s");
    const QString out = QString::fromUtf8(godual.readAllStandardOutput());
    const QString err = QString::fromUtf8(godual.readAllStandardError());
    QCOMPARE(godual.exitStatus(), QProcess::NormalExit);
    QCOMPARE(godual.exitCode(), exitCode);
    if (!stdoutHas.isEmpty())
        QVERIFY2(out.contains(stdoutHas), qPrintable(out));
    if (!stderrHas.isEmpty())
        QVERIFY2(err.contains(stderrHas), qPrintable(err));
    if (exitCode == 0)
        QVERIFY2(err.isEmpty(), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
