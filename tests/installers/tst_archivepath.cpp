#include "archivepath.h"

#include <QTest>

using namespace GoDual;

class TestArchivePath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void entryPath_data();
    void entryPath();
    void link_data();
    void link();
};

void TestArchivePath::entryPath_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("file") << "go/bin/go" << "go/bin/go";
    QTest::newRow("folder with slash") << "go/pkg/" << "go/pkg";
    QTest::newRow("non-ASCII") << QStringLiteral("go/test/fixedbugs/issue27836.dir/\u00DEfoo.go")
                               << QStringLiteral("go/test/fixedbugs/issue27836.dir/\u00DEfoo.go");
    QTest::newRow("dot-dot escape") << "go/../../evil.txt" << "";
    QTest::newRow("dot-dot alone") << ".." << "";
    QTest::newRow("dot component") << "go/./bin" << "";
    QTest::newRow("absolute") << "/etc/passwd" << "";
    QTest::newRow("drive letter") << "C:/Windows/evil.dll" << "";
    QTest::newRow("drive relative") << "c:evil" << "";
    QTest::newRow("backslash") << "go\\..\\evil" << "";
    QTest::newRow("double slash") << "go//bin" << "";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("slash only") << "/" << "";
    QTest::newRow("NUL") << QStringLiteral("go/a\u0000b") << "";
}

void TestArchivePath::entryPath()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const auto r = ArchivePath::checkedEntryPath(name);
    if (expected.isEmpty()) {
        QVERIFY2(!r, qPrintable(name));
        QVERIFY(!r.error().isEmpty());
    } else {
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(*r, expected);
    }
}

void TestArchivePath::link_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("otherLinks");
    QTest::addColumn<bool>("inside");

    QTest::newRow("sibling") << "go/bin/gofmt2" << "gofmt" << QStringList() << true;
    QTest::newRow("up one, still inside") << "go/misc/link" << "../src/x.go" << QStringList() << true;
    QTest::newRow("to the root") << "go/root" << ".." << QStringList() << true;
    QTest::newRow("above the root") << "go/up" << "../../outside" << QStringList() << false;
    QTest::newRow("out and back in") << "go/x" << "../../go/src" << QStringList() << false;
    QTest::newRow("absolute") << "go/abs" << "/etc/shadow" << QStringList() << false;
    QTest::newRow("drive letter") << "go/win" << "C:/Windows" << QStringList() << false;
    QTest::newRow("backslashes") << "go/win" << "..\\..\\x" << QStringList() << false;
    QTest::newRow("empty target") << "go/empty" << "" << QStringList() << false;
    QTest::newRow("through another link") << "go/b" << "a/.." << QStringList { QStringLiteral("go/a") } << false;
    QTest::newRow("to another link") << "go/b" << "a" << QStringList { QStringLiteral("go/a") } << true;
}

void TestArchivePath::link()
{
    QFETCH(QString, link);
    QFETCH(QString, target);
    QFETCH(QStringList, otherLinks);
    QFETCH(bool, inside);
    const QSet<QString> others(otherLinks.cbegin(), otherLinks.cend());
    QCOMPARE(ArchivePath::linkStaysInside(link, target, others), inside);
}

QTEST_GUILESS_MAIN(TestArchivePath)
#include "tst_archivepath.moc"
