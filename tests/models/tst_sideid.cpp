#include "sideid.h"

#include <QTest>

using GoDual::SideId;

class TestSideId : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void distroNamesCompareCaseInsensitively();
};

void TestSideId::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("distro");

    QTest::newRow("windows") << "windows" << true << "windows" << "";
    QTest::newRow("local") << "local" << true << "local" << "";
    QTest::newRow("wsl prefix") << "wsl:Ubuntu-22.04" << true << "wsl:Ubuntu-22.04" << "Ubuntu-22.04";
    QTest::newRow("bare distro") << "Debian" << true << "wsl:Debian" << "Debian";
    QTest::newRow("dots and underscores") << "my_distro.v2" << true << "wsl:my_distro.v2" << "my_distro.v2";
    QTest::newRow("space") << "Ubuntu 22.04" << false << "" << "";
    QTest::newRow("empty") << "" << false << "" << "";
    QTest::newRow("prefix only") << "wsl:" << false << "" << "";
    QTest::newRow("shell metacharacter") << "wsl:a;rm" << false << "" << "";
    QTest::newRow("non-ASCII") << QStringLiteral("wsl:\u4e4c\u73ed\u56fe") << false << "" << "";
    QTest::newRow("too long") << QString(257, u'a') << false << "" << "";
}

void TestSideId::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto id = SideId::parse(text);
    QCOMPARE(id.ok(), valid);
    if (!valid) {
        QVERIFY2(id.error().contains(text), qPrintable(id.error()));
        return;
    }
    QFETCH(QString, canonical);
    QFETCH(QString, distro);
    QCOMPARE(id->toString(), canonical);
    QCOMPARE(id->distro(), distro);
}

void TestSideId::distroNamesCompareCaseInsensitively()
{
    QCOMPARE(SideId::wsl(QStringLiteral("Ubuntu")), SideId::wsl(QStringLiteral("ubuntu")));
    QVERIFY(SideId::wsl(QStringLiteral("Ubuntu")) != SideId::wsl(QStringLiteral("Debian")));
    QVERIFY(SideId::windows() != SideId::local());
}

QTEST_GUILESS_MAIN(TestSideId)
#include "tst_sideid.moc"
