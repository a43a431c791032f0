// TextLines (the exact bytes back from lines with their own endings), LineEdit (one line replaced
// or deleted, nothing else) and WslEnvEdit (entries removed from a WSLENV value), on inline cases
// and on every file of the start-up, wsl.conf and go env corpora.

#include "edit/lineedit.h"
#include "edit/textlines.h"
#include "testdata.h"

#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

namespace {

QStringList corpus()
{
    QStringList files;
    for (const QString &dir : { u"startup"_s, u"wslconf"_s, u"goenv"_s, u"edit/startup"_s, u"edit/vscode"_s })
        files += TestData::fixtureFiles(dir);
    return files;
}

} // namespace

class TestTextEdits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void corpusRoundTrip_data();
    void corpusRoundTrip();
    void dominantEnding_data();
    void dominantEnding();
    void replaceLine_data();
    void replaceLine();
    void removeLine_data();
    void removeLine();
    void lineOutsideFile();
    void wslenvWithoutEntries_data();
    void wslenvWithoutEntries();
};

void TestTextEdits::split_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("bom");
    // text|ending per line, ending spelled LF, CRLF or -
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("empty") << QByteArray() << false << QStringList {};
    QTest::newRow("one LF") << QByteArray("a\n") << false << QStringList { u"a|LF"_s };
    QTest::newRow("no final newline") << QByteArray("a\nb") << false << QStringList { u"a|LF"_s, u"b|-"_s };
    QTest::newRow("crlf and lf") << QByteArray("a\r\nb\n") << false << QStringList { u"a|CRLF"_s, u"b|LF"_s };
    QTest::newRow("lone CR is text") << QByteArray("a\rb\n") << false << QStringList { u"a\rb|LF"_s };
    QTest::newRow("CR at the end is text") << QByteArray("a\r") << false << QStringList { u"a\r|-"_s };
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf"
                                       "a\n")
                         << true << QStringList { u"a|LF"_s };
    QTest::newRow("bom only") << QByteArray("\xef\xbb\xbf") << true << QStringList {};
    QTest::newRow("blank lines") << QByteArray("\n\r\n") << false << QStringList { u"|LF"_s, u"|CRLF"_s };
}

void TestTextEdits::split()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, bom);
    QFETCH(QStringList, lines);
    const TextLines split = TextLines::split(bytes);
    QCOMPARE(split.bom, bom);
    QStringList got;
    for (const TextLine &line : split.lines) {
        const QString ending = line.ending == "\n" ? u"LF"_s : line.ending == "\r\n" ? u"CRLF"_s : u"-"_s;
        got.append(QString::fromUtf8(line.text) + u'|' + ending);
    }
    QCOMPARE(got, lines);
    QCOMPARE(split.join(), bytes);
}

void TestTextEdits::corpusRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : corpus())
        QTest::newRow(qPrintable(file)) << file;
}

void TestTextEdits::corpusRoundTrip()
{
    QFETCH(QString, file);
    const QByteArray bytes = TestData::fixture(file);
    const TextLines lines = TextLines::split(bytes);
    QCOMPARE(lines.join(), bytes);
    // Replacing each line by itself and deleting then re-reading change nothing else.
    for (qsizetype i = 0; i < lines.lines.size(); ++i) {
        const int line = int(i + 1);
        const QString text = QString::fromUtf8(lines.lines.at(i).text);
        if (text.toUtf8() != lines.lines.at(i).text)
            continue; // not UTF-8: a QString cannot carry it unchanged
        QCOMPARE(LineEdit::replaceLine(bytes, line, text).value(), bytes);
        const QByteArray removed = LineEdit::removeLine(bytes, line).value();
        QCOMPARE(TextLines::split(removed).lines.size(), lines.lines.size() - 1);
        QCOMPARE(TextLines::split(removed).bom, lines.bom);
    }
}

void TestTextEdits::dominantEnding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("ending");
    QTest::newRow("empty") << QByteArray() << QByteArray("\n");
    QTest::newRow("no newline") << QByteArray("a") << QByteArray("\n");
    QTest::newRow("lf") << QByteArray("a\nb\n") << QByteArray("\n");
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QByteArray("\r\n");
    QTest::newRow("mostly crlf") << QByteArray("a\r\nb\nc\r\n") << QByteArray("\r\n");
    QTest::newRow("tie is lf") << QByteArray("a\r\nb\n") << QByteArray("\n");
}

void TestTextEdits::dominantEnding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, ending);
    QCOMPARE(TextLines::split(bytes).dominantEnding(), ending);
}

void TestTextEdits::replaceLine_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("crlf keeps its ending") << QByteArray("a\r\nexport WSLENV=GOPATH/p:X\r\nc\r\n") << 2
                                           << u"export WSLENV=X"_s << QByteArray("a\r\nexport WSLENV=X\r\nc\r\n");
    QTest::newRow("last without newline") << QByteArray("a\nb") << 2 << u"B"_s << QByteArray("a\nB");
    QTest::newRow("bom kept on line 1") << QByteArray("\xef\xbb\xbf"
                                                      "a\nb\n")
                                        << 1 << u"A"_s
                                        << QByteArray("\xef\xbb\xbf"
                                                      "A\nb\n");
    QTest::newRow("cjk") << QByteArray("a\n") << 1 << u"export GOPATH='/home/用户/go'"_s
                         << QByteArray("export GOPATH='/home/\xe7\x94\xa8\xe6\x88\xb7/go'\n");
    QTest::newRow("to empty") << QByteArray("a\nb\n") << 1 << QString() << QByteArray("\nb\n");
}

void TestTextEdits::replaceLine()
{
    QFETCH(QByteArray, file);
    QFETCH(int, line);
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    const auto edited = LineEdit::replaceLine(file, line, text);
    QVERIFY2(edited.ok(), qPrintable(edited.error()));
    QCOMPARE(*edited, expected);
}

void TestTextEdits::removeLine_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("middle crlf") << QByteArray("a\r\nb\r\nc\r\n") << 2 << QByteArray("a\r\nc\r\n");
    QTest::newRow("first with bom") << QByteArray("\xef\xbb\xbf"
                                                  "a\nb\n")
                                    << 1
                                    << QByteArray("\xef\xbb\xbf"
                                                  "b\n");
    QTest::newRow("last with newline") << QByteArray("a\nb\n") << 2 << QByteArray("a\n");
    // The file went on without a final newline; it still does.
    QTest::newRow("last without newline") << QByteArray("a\nb") << 2 << QByteArray("a");
    QTest::newRow("only line") << QByteArray("a") << 1 << QByteArray();
}

void TestTextEdits::removeLine()
{
    QFETCH(QByteArray, file);
    QFETCH(int, line);
    QFETCH(QByteArray, expected);
    const auto edited = LineEdit::removeLine(file, line);
    QVERIFY2(edited.ok(), qPrintable(edited.error()));
    QCOMPARE(*edited, expected);
}

void TestTextEdits::lineOutsideFile()
{
    for (const int line : { 0, -1, 3 }) {
        const auto replaced = LineEdit::replaceLine("a\nb\n", line, u"x"_s);
        QVERIFY(!replaced.ok());
        QVERIFY2(replaced.error().contains(QString::number(line)), qPrintable(replaced.error()));
        QVERIFY(!LineEdit::removeLine("a\nb\n", line).ok());
    }
    QVERIFY(!LineEdit::replaceLine({}, 1, u"x"_s).ok());
    QVERIFY(!LineEdit::replaceLine("a\n", 1, u"x\ny"_s).ok());
    QVERIFY(!LineEdit::replaceLine("a\n", 1, u"x\r"_s).ok());
}

void TestTextEdits::wslenvWithoutEntries_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("expected");
    QTest::newRow("middle") << u"USERPROFILE/pu:GOPATH/l:DISPLAY"_s << QStringList { u"GOPATH"_s }
                            << u"USERPROFILE/pu:DISPLAY"_s;
    QTest::newRow("several, every entry of a name")
        << u"GOROOT/p:A:GOPATH/l:GOROOT/up:B/w"_s << QStringList { u"GOROOT"_s, u"GOPATH"_s } << u"A:B/w"_s;
    QTest::newRow("case-sensitive") << u"gopath/p:GOPATH/p"_s << QStringList { u"GOPATH"_s } << u"gopath/p"_s;
    QTest::newRow("skipped entry of the name too") << u"GOPATH/x:A"_s << QStringList { u"GOPATH"_s } << u"A"_s;
    QTest::newRow("all") << u"GOPATH/p"_s << QStringList { u"GOPATH"_s } << QString();
    QTest::newRow("shell reference kept") << u"$WSLENV:GOPATH/p"_s << QStringList { u"GOPATH"_s } << u"$WSLENV"_s;
    QTest::newRow("nothing to remove: as written") << u"A::B/p "_s << QStringList { u"GOPATH"_s } << u"A::B/p "_s;
    QTest::newRow("empty entries dropped") << u"A::GOPATH/p:B"_s << QStringList { u"GOPATH"_s } << u"A:B"_s;
}

void TestTextEdits::wslenvWithoutEntries()
{
    QFETCH(QString, value);
    QFETCH(QStringList, names);
    QFETCH(QString, expected);
    QCOMPARE(WslEnvEdit::withoutEntries(value, names), expected);
}

QTEST_GUILESS_MAIN(TestTextEdits)
#include "tst_textedits.moc"
