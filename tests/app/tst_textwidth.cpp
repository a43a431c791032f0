#include "cli/textwidth.h"

#include <QTest>

using namespace GoDual;

class TestTextWidth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void columns_data();
    void columns();
    void padsToColumns();
};

void TestTextWidth::columns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("columns");
    QTest::newRow("ASCII") << "installs" << 8;
    QTest::newRow("Chinese") << QStringLiteral("已安装") << 6;
    QTest::newRow("mixed") << QStringLiteral("Go 安装") << 7;
    QTest::newRow("full-width colon") << QStringLiteral("：") << 2;
    QTest::newRow("combining accent") << QStringLiteral("e\u0301") << 1;
    QTest::newRow("astral CJK") << QStringLiteral("\U00020000") << 2;
    QTest::newRow("empty") << "" << 0;
}

void TestTextWidth::columns()
{
    QFETCH(QString, text);
    QFETCH(int, columns);
    QCOMPARE(TextWidth::columns(text), qsizetype(columns));
}

void TestTextWidth::padsToColumns()
{
    QCOMPARE(TextWidth::padded(QStringLiteral("已安装"), 10), QStringLiteral("已安装    "));
    QCOMPARE(TextWidth::padded(QStringLiteral("GOROOT"), 10), QStringLiteral("GOROOT    "));
    QCOMPARE(TextWidth::padded(QStringLiteral("a long label"), 4), QStringLiteral("a long label"));
}

QTEST_GUILESS_MAIN(TestTextWidth)
#include "tst_textwidth.moc"
