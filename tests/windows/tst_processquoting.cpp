#include "platform/processrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTest>

#include <optional>

using namespace GoDual;

// Every program GoDual starts on Windows (wsl.exe above all) gets its arguments through one
// command line that the child splits again. This runs arguments that need quoting through the
// same runner GoDual uses into a real Windows child and compares what arrived, argument by
// argument.
class TestProcessQuoting : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void argumentsArriveUnchanged_data();
    void argumentsArriveUnchanged();
};

void TestProcessQuoting::argumentsArriveUnchanged_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("plain") << QStringList { QStringLiteral("-d"), QStringLiteral("Ubuntu-22.04"),
        QStringLiteral("--exec") };
    QTest::newRow("spaces") << QStringList { QStringLiteral("C:\\Program Files\\Go\\bin"), QStringLiteral("a b  c") };
    QTest::newRow("empty") << QStringList { QString(), QStringLiteral("x"), QString() };
    QTest::newRow("quotes") << QStringList { QStringLiteral("say \"hi\""), QStringLiteral("\""),
        QStringLiteral("\"\"") };
    QTest::newRow("backslashes") << QStringList { QStringLiteral("C:\\dir\\"), QStringLiteral("\\\\server\\share\\"),
        QStringLiteral("a\\\\\"b"), QStringLiteral("\\") };
    QTest::newRow("trailing backslash with space") << QStringList { QStringLiteral("C:\\my dir\\") };
    QTest::newRow("shell characters") << QStringList { QStringLiteral("a&b|c<d>e^f"), QStringLiteral("%PATH%"),
        QStringLiteral("$(id)"), QStringLiteral("'q'") };
    QTest::newRow("cjk and emoji") << QStringList { QStringLiteral("C:\\Users\\开发者\\go"),
        QStringLiteral("测试 空格"), QString::fromUtf8("\xf0\x9f\x90\xb9") };
    QTest::newRow("a probe's arguments") << QStringList { QStringLiteral("-d"), QStringLiteral("My Distro"),
        QStringLiteral("--exec"), QStringLiteral("/bin/sh"), QStringLiteral("-s"), QStringLiteral("n0nce\"x\\") };
}

void TestProcessQuoting::argumentsArriveUnchanged()
{
    QFETCH(QStringList, arguments);
    ProcessRequest request;
    request.program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(GODUAL_ECHOARGS));
    request.arguments = arguments;
    std::optional<ProcessResult> result;
    QEventLoop loop;
    ProcessRunner::system().run(request, this, [&](ProcessResult r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    QVERIFY2(result->started, qPrintable(result->errorText));
    QCOMPARE(result->exitCode, int(arguments.size()));
    // One line per argument, an empty argument as an empty line.
    QList<QByteArray> lines = result->out.split('\n');
    QVERIFY(!lines.isEmpty() && lines.last().isEmpty());
    lines.removeLast();
    QStringList arrived;
    for (const QByteArray &line : std::as_const(lines))
        arrived.append(QString::fromUtf8(QByteArray::fromHex(line.trimmed())));
    QCOMPARE(arrived, arguments);
}

QTEST_GUILESS_MAIN(TestProcessQuoting)
#include "tst_processquoting.moc"
