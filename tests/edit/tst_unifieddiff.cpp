// unifiedDiff on hand-written cases whose hunks follow diff -u's rules (tst_unifieddiffgnu
// compares with the real GNU diff): ranges, context, merged hunks, new and deleted files, the
// missing final newline, CR shown as U+240D so only the changed line of a CRLF file shows.

#include "edit/unifieddiff.h"

#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

class TestUnifiedDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void diff_data();
    void diff();
};

void TestUnifiedDiff::diff_data()
{
    QTest::addColumn<std::optional<QByteArray>>("before");
    QTest::addColumn<std::optional<QByteArray>>("after");
    QTest::addColumn<int>("context");
    QTest::addColumn<QString>("expected");
    using Bytes = std::optional<QByteArray>;
    QTest::newRow("same") << Bytes("a\n") << Bytes("a\n") << 3 << QString();
    QTest::newRow("one changed line in the middle")
        << Bytes("1\n2\n3\n4\n5\n6\n7\n8\n9\n") << Bytes("1\n2\n3\n4\nV\n6\n7\n8\n9\n") << 3
        << u"--- f\n+++ f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+V\n 6\n 7\n 8\n"_s;
    QTest::newRow("crlf: only that line")
        << Bytes("a\r\nb\r\nc\r\n") << Bytes("a\r\nB\r\nc\r\n") << 1
        << u"--- f\n+++ f\n@@ -1,3 +1,3 @@\n a\u240D\n-b\u240D\n+B\u240D\n c\u240D\n"_s;
    QTest::newRow("ending changed shows")
        << Bytes("a\r\n") << Bytes("a\n") << 3 << u"--- f\n+++ f\n@@ -1 +1 @@\n-a\u240D\n+a\n"_s;
    QTest::newRow("new file") << Bytes() << Bytes("x\ny\n") << 3
                              << u"--- /dev/null\n+++ f\n@@ -0,0 +1,2 @@\n+x\n+y\n"_s;
    QTest::newRow("deleted file") << Bytes("x\n") << Bytes() << 3 << u"--- f\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n"_s;
    QTest::newRow("new empty file") << Bytes() << Bytes(QByteArray()) << 3 << u"--- /dev/null\n+++ f\n"_s;
    QTest::newRow("missing newline") << Bytes("a\nb") << Bytes("a\nb\n") << 3
                                     << u"--- f\n+++ f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"_s;
    QTest::newRow("appended to a file without newline")
        << Bytes("a") << Bytes("a\n# >>> godual >>>\n# <<< godual <<<") << 3
        << u"--- f\n+++ f\n@@ -1 +1,3 @@\n-a\n\\ No newline at end of file\n+a\n+# >>> godual >>>\n+# <<< godual <<<\n\\ No newline at end of file\n"_s;
    QTest::newRow("insert at start") << Bytes("a\nb\n") << Bytes("x\na\nb\n") << 1
                                     << u"--- f\n+++ f\n@@ -1 +1,2 @@\n+x\n a\n"_s;
    QTest::newRow("two hunks")
        << Bytes("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n") << Bytes("X\n2\n3\n4\n5\n6\n7\n8\n9\nY\n") << 2
        << u"--- f\n+++ f\n@@ -1,3 +1,3 @@\n-1\n+X\n 2\n 3\n@@ -8,3 +8,3 @@\n 8\n 9\n-10\n+Y\n"_s;
    QTest::newRow("merged when close") << Bytes("1\n2\n3\n4\n5\n") << Bytes("X\n2\n3\n4\nY\n") << 2
                                       << u"--- f\n+++ f\n@@ -1,5 +1,5 @@\n-1\n+X\n 2\n 3\n 4\n-5\n+Y\n"_s;
    QTest::newRow("context 0") << Bytes("1\n2\n3\n") << Bytes("1\n3\n") << 0 << u"--- f\n+++ f\n@@ -2 +1,0 @@\n-2\n"_s;
    QTest::newRow("cjk") << Bytes("路径\n") << Bytes("路徑\n") << 3 << u"--- f\n+++ f\n@@ -1 +1 @@\n-路径\n+路徑\n"_s;
}

void TestUnifiedDiff::diff()
{
    QFETCH(std::optional<QByteArray>, before);
    QFETCH(std::optional<QByteArray>, after);
    QFETCH(int, context);
    QFETCH(QString, expected);
    QCOMPARE(unifiedDiff(before, after, u"f"_s, context), expected);
}

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
