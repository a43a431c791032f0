#include "goversion.h"

#include <QTest>

using GoDual::GoVersion;

class TestGoVersion : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void order_data();
    void order();
    void sortsLikeTheReleaseIndex();
};

void TestGoVersion::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<int>("patch");
    QTest::addColumn<bool>("prerelease");
    QTest::addColumn<QString>("language");

    QTest::newRow("release") << "go1.22.6" << true << 1 << 22 << 6 << false << "go1.22";
    QTest::newRow("first release of 1.21") << "go1.21.0" << true << 1 << 21 << 0 << false << "go1.21";
    QTest::newRow("old release without patch") << "go1.20" << true << 1 << 20 << -1 << false << "go1.20";
    QTest::newRow("release candidate") << "go1.23rc1" << true << 1 << 23 << -1 << true << "go1.23";
    QTest::newRow("beta") << "go1.21beta2" << true << 1 << 21 << -1 << true << "go1.21";
    QTest::newRow("major only") << "go1" << true << 1 << -1 << -1 << false << "go1.0";
    QTest::newRow("no go prefix") << "1.22.6" << false << 0 << 0 << 0 << false << "";
    QTest::newRow("devel build") << "devel go1.23-abcdef" << false << 0 << 0 << 0 << false << "";
    QTest::newRow("prerelease after patch") << "go1.21.0rc1" << false << 0 << 0 << 0 << false << "";
    QTest::newRow("trailing newline") << "go1.22.6\n" << false << 0 << 0 << 0 << false << "";
    QTest::newRow("empty") << "" << false << 0 << 0 << 0 << false << "";
    QTest::newRow("zero major") << "go0.1" << false << 0 << 0 << 0 << false << "";
    QTest::newRow("unknown tag") << "go1.22gamma1" << false << 0 << 0 << 0 << false << "";
    QTest::newRow("huge number") << "go1.99999999999" << false << 0 << 0 << 0 << false << "";
}

void TestGoVersion::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto v = GoVersion::parse(text);
    QCOMPARE(v.has_value(), valid);
    if (!valid)
        return;
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(int, patch);
    QFETCH(bool, prerelease);
    QFETCH(QString, language);
    QCOMPARE(v->major(), major);
    QCOMPARE(v->minor(), minor);
    QCOMPARE(v->patch(), patch);
    QCOMPARE(v->isPrerelease(), prerelease);
    QCOMPARE(v->languageVersion(), language);
    QCOMPARE(v->toString(), text);
}

void TestGoVersion::order_data()
{
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("higher");

    QTest::newRow("patch") << "go1.22.5" << "go1.22.6";
    QTest::newRow("numeric, not text") << "go1.9.7" << "go1.10";
    QTest::newRow("minor beats patch") << "go1.21.13" << "go1.22.0";
    QTest::newRow("rc before release") << "go1.23rc2" << "go1.23.0";
    QTest::newRow("beta before rc") << "go1.21beta2" << "go1.21rc1";
    QTest::newRow("rc numbers") << "go1.23rc1" << "go1.23rc2";
    QTest::newRow("language before rc") << "go1.21" << "go1.21rc1";
    QTest::newRow("x.0 before x.1") << "go1.21.0" << "go1.21.1";
}

void TestGoVersion::order()
{
    QFETCH(QString, lower);
    QFETCH(QString, higher);
    const auto a = GoVersion::parse(lower);
    const auto b = GoVersion::parse(higher);
    QVERIFY(a && b);
    QVERIFY(*a < *b);
    QVERIFY(*b > *a);
    QVERIFY(*a != *b);
    QVERIFY(*a == *GoVersion::parse(lower));
}

void TestGoVersion::sortsLikeTheReleaseIndex()
{
    // The index lists newest first, sorted with Go's own comparison.
    const QStringList newestFirst { QStringLiteral("go1.24rc1"), QStringLiteral("go1.23.4"), QStringLiteral("go1.23.0"),
        QStringLiteral("go1.23rc2"), QStringLiteral("go1.22.12"), QStringLiteral("go1.20"), QStringLiteral("go1.9.7") };
    QList<GoVersion> versions;
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        versions.append(*GoVersion::parse(*it));
    std::sort(versions.begin(), versions.end(), std::greater<>());
    QStringList sorted;
    for (const GoVersion &v : std::as_const(versions))
        sorted.append(v.toString());
    QCOMPARE(sorted, newestFirst);
}

QTEST_GUILESS_MAIN(TestGoVersion)
#include "tst_goversion.moc"
