// ManagedBlock on every file of the start-up, wsl.conf and go env corpora and on the edge cases of
// tests/data/edit/startup (CRLF, BOM, no final newline, empty, blocks at start, middle and end,
// malformed blocks): removing what apply() added gives the file back byte for byte, a block is
// never duplicated, and nothing outside the block changes. Goldens show the edited bytes of a few
// representative files.

#include "edit/managedblock.h"
#include "edit/textlines.h"
#include "modeldump.h"
#include "testdata.h"

#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

namespace {

const QStringList kBody { u"export GOPATH='/home/dev/go'"_s, u"export PATH='/home/dev/sdk/go1.23.4/bin':\"$PATH\""_s };
const QStringList kOtherBody { u"export GOTOOLCHAIN='local'"_s };

QStringList corpus()
{
    QStringList files;
    for (const QString &dir : { u"startup"_s, u"wslconf"_s, u"goenv"_s, u"edit/startup"_s }) {
        for (const QString &file : TestData::fixtureFiles(dir)) {
            if (!file.contains(u"/malformed-"_s) && !file.endsWith(u"README.md"_s))
                files.append(file);
        }
    }
    return files;
}

// The lines outside the block, with their endings (the BOM as a line of its own).
QList<TextLine> outside(const QByteArray &bytes)
{
    const TextLines lines = TextLines::split(bytes);
    const auto at = ManagedBlock::find(bytes);
    QList<TextLine> out;
    if (lines.bom)
        out.append(TextLine { "<BOM>", {} });
    for (qsizetype i = 0; i < lines.lines.size(); ++i) {
        const int line = int(i + 1);
        if (at.ok() && *at && line >= (*at)->beginLine && line <= (*at)->endLine)
            continue;
        out.append(lines.lines.at(i));
    }
    return out;
}

int lineCount(const QByteArray &bytes) { return int(TextLines::split(bytes).lines.size()); }

} // namespace

class TestManagedBlock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void existingBlock_data();
    void existingBlock();
    void malformed_data();
    void malformed();
    void placement_data();
    void placement();
    void refusals();
    void goldens_data();
    void goldens();
};

void TestManagedBlock::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("afterLine");
    for (const QString &file : corpus()) {
        const QByteArray bytes = TestData::fixture(file);
        if (ManagedBlock::find(bytes).value())
            continue; // files with a block: existingBlock()
        const int lines = lineCount(bytes);
        QList<int> afters { -1, 0 };
        if (lines > 0)
            afters << lines;
        if (lines > 2)
            afters << lines / 2;
        for (const int after : std::as_const(afters))
            QTest::addRow("%s after %d", qPrintable(file), after) << file << after;
    }
}

void TestManagedBlock::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(int, afterLine);
    const QByteArray original = TestData::fixture(file);

    const auto applied = ManagedBlock::apply(original, kBody, afterLine);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    const auto at = ManagedBlock::find(*applied);
    QVERIFY(at.ok() && *at);
    QCOMPARE(ManagedBlock::body(*applied).value(), kBody);
    QCOMPARE(TextLines::split(*applied).bom, TextLines::split(original).bom);
    // Where it was asked to go: right after that line.
    const int expectedBegin = afterLine == -1 ? lineCount(original) + 1 : afterLine + 1;
    QCOMPARE((*at)->beginLine, expectedBegin);
    // The block's lines end in LF in every file (a shell reads a CR as part of the line).
    const TextLines appliedLines = TextLines::split(*applied);
    QCOMPARE(appliedLines.lines.at((*at)->beginLine).ending, QByteArray("\n"));

    // The round trip: removing the block gives the file back, byte for byte.
    const auto removed = ManagedBlock::remove(*applied);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(*removed, original);
    // Nothing outside the block changed, except the newline a block ending the file owns.
    QList<TextLine> before = outside(original);
    QList<TextLine> after = outside(*applied);
    if (TextLines::split(original).lacksFinalNewline() && (*at)->endLine == lineCount(*applied))
        after.last().ending.clear();
    QCOMPARE(after, before);

    // Applying again rewrites in place: one block, the same bytes; another body changes only it.
    const auto again = ManagedBlock::apply(*applied, kBody, afterLine);
    QVERIFY(again.ok());
    QCOMPARE(*again, *applied);
    const auto other = ManagedBlock::apply(*applied, kOtherBody, afterLine);
    QVERIFY(other.ok());
    QCOMPARE(ManagedBlock::body(*other).value(), kOtherBody);
    QCOMPARE(ManagedBlock::remove(*other).value(), original);
    QCOMPARE(outside(*other), outside(*applied));
}

void TestManagedBlock::existingBlock_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("beginLine");
    QTest::addColumn<QByteArray>("withoutBlock");
    QTest::newRow("start") << u"edit/startup/block-start.sh"_s << 1 << QByteArray("export A=1\n");
    QTest::newRow("middle") << u"edit/startup/block-middle.sh"_s << 2 << QByteArray("export A=1\nexport B=2\n");
    QTest::newRow("end crlf") << u"edit/startup/block-end-crlf.sh"_s << 2 << QByteArray("export A=1\r\n");
    // The block that ends the file without a newline owns the newline before it.
    QTest::newRow("end without newline") << u"edit/startup/block-end-no-eol.sh"_s << 2 << QByteArray("export A=1");
}

void TestManagedBlock::existingBlock()
{
    QFETCH(QString, file);
    QFETCH(int, beginLine);
    QFETCH(QByteArray, withoutBlock);
    const QByteArray original = TestData::fixture(file);
    QCOMPARE(ManagedBlock::body(original).value(), QStringList { u"export GOPATH=/old"_s });

    const auto applied = ManagedBlock::apply(original, kBody);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QCOMPARE(ManagedBlock::find(*applied).value()->beginLine, beginLine); // in place, not appended
    QCOMPARE(outside(*applied), outside(original));
    QCOMPARE(ManagedBlock::body(*applied).value(), kBody);
    QCOMPARE(ManagedBlock::remove(original).value(), withoutBlock);
    QCOMPARE(ManagedBlock::remove(*applied).value(), withoutBlock);
}

void TestManagedBlock::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("line"); // the line the error must name
    QTest::newRow("two blocks") << u"edit/startup/malformed-two-blocks.sh"_s << u"line 5"_s;
    QTest::newRow("unterminated") << u"edit/startup/malformed-unterminated.sh"_s << u"line 2"_s;
    QTest::newRow("end only") << u"edit/startup/malformed-end-only.sh"_s << u"line 2"_s;
    QTest::newRow("nested") << u"edit/startup/malformed-nested.sh"_s << u"line 2"_s;
}

void TestManagedBlock::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, line);
    const QByteArray bytes = TestData::fixture(file);
    const auto applied = ManagedBlock::apply(bytes, kBody);
    QVERIFY(!applied.ok());
    QVERIFY2(applied.error().startsWith(line + u':'), qPrintable(applied.error()));
    QVERIFY(!ManagedBlock::remove(bytes).ok());
    QVERIFY(!ManagedBlock::body(bytes).ok());
}

void TestManagedBlock::placement_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("afterLine");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray block = "# >>> godual >>>\nX\n# <<< godual <<<\n";
    QTest::newRow("empty file") << QByteArray() << -1 << block;
    QTest::newRow("before the first line") << QByteArray("a\nb\n") << 0 << QByteArray(block + "a\nb\n");
    QTest::newRow("after line 1") << QByteArray("a\nb\n") << 1 << QByteArray("a\n" + block + "b\n");
    QTest::newRow("end, no final newline")
        << QByteArray("a\nb") << -1 << QByteArray("a\nb\n# >>> godual >>>\nX\n# <<< godual <<<");
    // The user's CRLF lines stay; the block's own lines are LF, so the shell runs them.
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << -1
                          << QByteArray("a\r\nb\r\n# >>> godual >>>\nX\n# <<< godual <<<\n");
    QTest::newRow("crlf, no final newline")
        << QByteArray("a\r\nb") << -1 << QByteArray("a\r\nb\n# >>> godual >>>\nX\n# <<< godual <<<");
    // A block before the line it must follow would not take effect: it moves after that line.
    QTest::newRow("moved after line 6") << QByteArray("a\n" + block + "b\nc\n") << 6 << QByteArray("a\nb\nc\n" + block);
    QTest::newRow("moved after line 5") << QByteArray("a\n" + block + "b\nc\n") << 5
                                        << QByteArray("a\nb\n" + block + "c\n");
    QTest::newRow("already after") << QByteArray("a\n" + block + "b\n") << 1 << QByteArray("a\n" + block + "b\n");
}

void TestManagedBlock::placement()
{
    QFETCH(QByteArray, file);
    QFETCH(int, afterLine);
    QFETCH(QByteArray, expected);
    const auto applied = ManagedBlock::apply(file, { u"X"_s }, afterLine);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QCOMPARE(*applied, expected);
}

void TestManagedBlock::refusals()
{
    QVERIFY(!ManagedBlock::apply("a\n", { u"x\ny"_s }).ok());
    QVERIFY(!ManagedBlock::apply("a\n", { u"x\r"_s }).ok());
    QVERIFY(!ManagedBlock::apply("a\n", { u"# <<< godual <<<"_s }).ok());
    QVERIFY(!ManagedBlock::apply("a\n", { u"x"_s }, 2).ok());
    QVERIFY(!ManagedBlock::apply("a\n", { u"x"_s }, -2).ok());
    QCOMPARE(ManagedBlock::remove("a\nb").value(), QByteArray("a\nb"));
    QVERIFY(ManagedBlock::body("a\n").value().isEmpty());
}

void TestManagedBlock::goldens_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("afterLine");
    QTest::addColumn<QString>("golden");
    QTest::newRow("bashrc") << u"startup/bash/.bashrc"_s << -1 << u"edit/goldens/block-bashrc.txt"_s;
    QTest::newRow("bash_profile after 1")
        << u"startup/bash/.bash_profile"_s << 1 << u"edit/goldens/block-bash_profile-after-1.txt"_s;
    QTest::newRow("crlf") << u"edit/startup/crlf.sh"_s << -1 << u"edit/goldens/block-crlf.txt"_s;
    QTest::newRow("bom without newline") << u"edit/startup/bom-no-eol.sh"_s << -1
                                         << u"edit/goldens/block-bom-no-eol.txt"_s;
    QTest::newRow("rewritten in place") << u"edit/startup/block-middle.sh"_s << -1
                                        << u"edit/goldens/block-rewritten.txt"_s;
}

void TestManagedBlock::goldens()
{
    QFETCH(QString, file);
    QFETCH(int, afterLine);
    QFETCH(QString, golden);
    const auto applied = ManagedBlock::apply(TestData::fixture(file), kBody, afterLine);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    const QString difference = ModelDump::compareWithGolden(TestData::visibleBytes(*applied), golden);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

GODUAL_GOLDEN_TEST_MAIN(TestManagedBlock)
#include "tst_managedblock.moc"
