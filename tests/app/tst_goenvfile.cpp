#include "goenvfile.h"

#include <QTest>

using namespace GoDual;

class TestGoEnvFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestGoEnvFile::parse_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected"); // "KEY=VALUE@line"

    QTest::newRow("as go env -w writes it")
        << QByteArray("GOPROXY=https://goproxy.cn,direct\nGOSUMDB=sum.golang.google.cn\nGOTOOLCHAIN=local\n")
        << QStringList { QStringLiteral("GOPROXY=https://goproxy.cn,direct@1"),
               QStringLiteral("GOSUMDB=sum.golang.google.cn@2"), QStringLiteral("GOTOOLCHAIN=local@3") };
    QTest::newRow("comments and junk ignored")
        << QByteArray("# comment\n\ngoproxy=lower\n=novalue\nNOEQUALS\nGOFLAGS=-mod=mod\n")
        << QStringList { QStringLiteral("GOFLAGS=-mod=mod@6") };
    QTest::newRow("first assignment wins")
        << QByteArray("GOPATH=/a\nGOPATH=/b\n") << QStringList { QStringLiteral("GOPATH=/a@1") };
    QTest::newRow("CRLF from a Windows editor")
        << QByteArray("GOPATH=C:\\go\r\n") << QStringList { QStringLiteral("GOPATH=C:\\go@1") };
    QTest::newRow("empty value kept") << QByteArray("GOFLAGS=\n") << QStringList { QStringLiteral("GOFLAGS=@1") };
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe=\x01\n", 6) << QStringList();
}

void TestGoEnvFile::parse()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);
    const auto values = GoEnvFile::parse(content, QStringLiteral("/home/dev/.config/go/env"));
    QStringList actual;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QCOMPARE(it->origin.kind(), Origin::Kind::GoEnvFile);
        QCOMPARE(it->origin.path(), QStringLiteral("/home/dev/.config/go/env"));
        actual.append(it.key() + u'=' + it->value + u'@' + QString::number(it->origin.line()));
    }
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestGoEnvFile)
#include "tst_goenvfile.moc"
