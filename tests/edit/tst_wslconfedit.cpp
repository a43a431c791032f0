// WslConfEdit on every wsl.conf fixture (tests/data/wslconf, and the edge cases written here):
// after each edit WSL's typed reading of the file (parseWslConf, the diagnosis' view) differs from
// the one before in exactly the edited setting, the line that stops WSL's parse is still there,
// and the lines of the file are the old ones with one changed, inserted or removed. Goldens show
// the edited bytes of a few representative files.

#include "edit/textlines.h"
#include "edit/wslconfedit.h"
#include "modeldump.h"
#include "testdata.h"
#include "wslconfparser.h"

#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

namespace {

template <typename T> QString text(const WslConfSetting<T> &s);
template <> QString text(const WslConfSetting<bool> &s)
{
    return s.isDefault() ? u"default"_s : s.value ? u"true"_s : u"false"_s;
}
template <> QString text(const WslConfSetting<QString> &s) { return s.isDefault() ? u"default"_s : s.value; }
template <> QString text(const WslConfSetting<std::optional<QString>> &s)
{
    return s.isDefault() || !s.value ? u"default"_s : *s.value;
}

// What WSL makes of the file, per setting the typed parser knows (default = not set).
QMap<QString, QString> typed(const QByteArray &bytes)
{
    const WslConfig c = parseWslConf(bytes);
    return { { u"interop.enabled"_s, text(c.interopEnabled) },
        { u"interop.appendWindowsPath"_s, text(c.interopAppendWindowsPath) },
        { u"user.default"_s, text(c.userDefault) }, { u"boot.systemd"_s, text(c.bootSystemd) },
        { u"boot.command"_s, text(c.bootCommand) }, { u"automount.root"_s, text(c.automountRoot) },
        { u"automount.enabled"_s, text(c.automountEnabled) } };
}

QString stopText(const QByteArray &bytes)
{
    for (const WslConfIssue &issue : parseWslConf(bytes).issues) {
        if (issue.kind == WslConfIssue::ParseStopped)
            return issue.text;
    }
    return {};
}

QList<QByteArray> lineTexts(const QByteArray &bytes)
{
    QList<QByteArray> out;
    for (const TextLine &line : TextLines::split(bytes).lines)
        out.append(line.text + line.ending);
    return out;
}

// Whether `small` is `big` with some lines left out (in order); returns how many.
qsizetype subsequenceGap(const QList<QByteArray> &small, const QList<QByteArray> &big)
{
    qsizetype j = 0;
    for (const QByteArray &line : big) {
        if (j < small.size() && small.at(j) == line)
            ++j;
    }
    return j == small.size() ? big.size() - small.size() : -1;
}

struct Edit {
    const char *name;
    QString section;
    QString key;
    std::optional<QString> value; // nullopt: unset
    QString expected; // the typed value after the edit
};

const QList<Edit> &edits()
{
    static const QList<Edit> list {
        { "appendWindowsPath=false", u"interop"_s, u"appendWindowsPath"_s, u"false"_s, u"false"_s },
        { "interop enabled=true", u"interop"_s, u"enabled"_s, u"true"_s, u"true"_s },
        { "systemd=true", u"boot"_s, u"systemd"_s, u"true"_s, u"true"_s },
        { "user default with quote and hash", u"user"_s, u"default"_s, u"dev \"x\" # y"_s, u"dev \"x\" # y"_s },
        { "command with backslashes", u"boot"_s, u"command"_s, u"C:\\Users\\dev\\start.bat\targ "_s,
            u"C:\\Users\\dev\\start.bat\targ "_s },
        { "automount root CJK", u"automount"_s, u"root"_s, u"/视窗"_s, u"/视窗/"_s },
        { "unset appendWindowsPath", u"interop"_s, u"appendWindowsPath"_s, std::nullopt, u"default"_s },
        { "unset systemd", u"boot"_s, u"systemd"_s, std::nullopt, u"default"_s },
    };
    return list;
}

Result<QByteArray> applyEdit(const Edit &e, const QByteArray &conf)
{
    return e.value ? WslConfEdit::set(conf, e.section, e.key, *e.value) : WslConfEdit::unset(conf, e.section, e.key);
}

QStringList corpus() { return TestData::fixtureFiles(u"wslconf"_s) + TestData::fixtureFiles(u"edit/wslconf"_s); }

} // namespace

class TestWslConfEdit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void exact_data();
    void exact();
    void refusals();
    void goldens_data();
    void goldens();
};

void TestWslConfEdit::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("edit");
    for (const QString &file : ::corpus()) {
        for (qsizetype i = 0; i < edits().size(); ++i)
            QTest::addRow("%s %s", qPrintable(file), edits().at(i).name) << file << int(i);
    }
}

void TestWslConfEdit::corpus()
{
    QFETCH(QString, file);
    QFETCH(int, edit);
    const Edit &e = edits().at(edit);
    const QByteArray before = TestData::fixture(file);
    const auto result = applyEdit(e, before);
    if (before.startsWith("\xef\xbb\xbf") && e.value) {
        // WSL reads nothing of a file with a BOM: no setting written into it could take effect.
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(u"byte order mark"_s), qPrintable(result.error()));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const QByteArray after = *result;

    QMap<QString, QString> expected = typed(before);
    const QString name = e.section + u'.' + e.key;
    expected.insert(name, e.expected);
    QCOMPARE(typed(after), expected);
    QCOMPARE(stopText(after), stopText(before));
    // Every other effective value WSL reads, unknown keys included, is the same.
    QMap<QByteArray, QByteArray> others = readWslConfLayout(before).effectiveValues();
    QMap<QByteArray, QByteArray> othersAfter = readWslConfLayout(after).effectiveValues();
    others.remove(name.toLower().toUtf8());
    othersAfter.remove(name.toLower().toUtf8());
    QCOMPARE(othersAfter, others);

    // The lines are the old ones, with one changed, a few inserted or the key's removed.
    const QList<QByteArray> a = lineTexts(before);
    const QList<QByteArray> b = lineTexts(after);
    if (!e.value) {
        QVERIFY(subsequenceGap(b, a) >= 0);
    } else {
        // The edited setting's old lines (a continued value spans several) give way to one line;
        // a new setting adds one to three lines (a blank line, a header, the setting). A last line
        // without a newline gets one when lines go after it.
        QList<QByteArray> rest = a;
        for (const WslConfLayout::Entry &entry : readWslConfLayout(before).entries) {
            if (entry.effective && entry.name() == name.toLower().toUtf8())
                rest.remove(entry.line - 1, entry.lastLine - entry.line + 1);
        }
        QList<QByteArray> rest2 = rest;
        if (!rest2.isEmpty() && !rest2.last().endsWith('\n'))
            rest2.last().append(TextLines::split(before).dominantEnding());
        const qsizetype gap = qMax(subsequenceGap(rest, b), subsequenceGap(rest2, b));
        const bool existed = rest.size() < a.size();
        QVERIFY2(existed ? gap == 1 : (gap >= 1 && gap <= 3), qPrintable(QString::number(gap)));
    }
    // Applying the same edit again changes nothing more.
    const auto again = applyEdit(e, after);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(*again, after);
}

void TestWslConfEdit::exact_data()
{
    QTest::addColumn<QByteArray>("conf");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value"); // empty: unset
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("value text only, comment kept")
        << QByteArray("[interop]\nappendWindowsPath = true  # was\n") << u"interop"_s << u"appendWindowsPath"_s
        << u"false"_s << QByteArray("[interop]\nappendWindowsPath = false  # was\n");
    QTest::newRow("first duplicate wins, later kept")
        << QByteArray("[interop]\nenabled = false\nenabled = true\n") << u"interop"_s << u"enabled"_s << u"true"_s
        << QByteArray("[interop]\nenabled = true\nenabled = true\n");
    QTest::newRow("case-insensitive match keeps the spelling")
        << QByteArray("[INTEROP]\nAPPENDWINDOWSPATH = TRUE\n") << u"interop"_s << u"appendWindowsPath"_s << u"false"_s
        << QByteArray("[INTEROP]\nAPPENDWINDOWSPATH = false\n");
    QTest::newRow("new key after the section's last setting")
        << QByteArray("[interop]\nenabled=true\n\n[boot]\nsystemd=true\n") << u"interop"_s << u"appendWindowsPath"_s
        << u"false"_s << QByteArray("[interop]\nenabled=true\nappendWindowsPath=false\n\n[boot]\nsystemd=true\n");
    QTest::newRow("new key in the first section of the name")
        << QByteArray("[interop]\nenabled=true\n[boot]\n[interop]\n") << u"interop"_s << u"appendWindowsPath"_s
        << u"false"_s << QByteArray("[interop]\nenabled=true\nappendWindowsPath=false\n[boot]\n[interop]\n");
    QTest::newRow("new section before the line that stops the parse")
        << QByteArray("[boot]\nsystemd=true\n; note\n[interop]\nenabled=false\n") << u"interop"_s
        << u"appendWindowsPath"_s << u"false"_s
        << QByteArray("[boot]\nsystemd=true\n[interop]\nappendWindowsPath=false\n; note\n[interop]\nenabled=false\n");
    QTest::newRow("new section at the end, crlf")
        << QByteArray("[boot]\r\nsystemd=true\r\n") << u"interop"_s << u"appendWindowsPath"_s << u"false"_s
        << QByteArray("[boot]\r\nsystemd=true\r\n\r\n[interop]\r\nappendWindowsPath=false\r\n");
    QTest::newRow("new section after a last line without newline")
        << QByteArray("[boot]\nsystemd=true") << u"interop"_s << u"appendWindowsPath"_s << u"false"_s
        << QByteArray("[boot]\nsystemd=true\n\n[interop]\nappendWindowsPath=false\n");
    QTest::newRow("empty file") << QByteArray() << u"interop"_s << u"appendWindowsPath"_s << u"false"_s
                                << QByteArray("[interop]\nappendWindowsPath=false\n");
    QTest::newRow("quoted where needed") << QByteArray("[user]\ndefault=x\n") << u"user"_s << u"default"_s
                                         << u" a#b\"c\\ "_s << QByteArray("[user]\ndefault=\" a#b\\\"c\\\\ \"\n");
    QTest::newRow("continued value replaced whole")
        << QByteArray("[boot]\ncommand = a \\\n    b\nsystemd=true\n") << u"boot"_s << u"command"_s << u"c"_s
        << QByteArray("[boot]\ncommand = c\nsystemd=true\n");
    QTest::newRow("unset removes the later duplicate WSL reads too")
        << QByteArray("[interop]\nappendWindowsPath=false\nenabled=true\nappendWindowsPath=true\n") << u"interop"_s
        << u"appendWindowsPath"_s << QString() << QByteArray("[interop]\nenabled=true\n");
    QTest::newRow("unset keeps what WSL does not read")
        << QByteArray("[interop]\nappendWindowsPath=false\n; stop\nappendWindowsPath=false\n") << u"interop"_s
        << u"appendWindowsPath"_s << QString() << QByteArray("[interop]\n; stop\nappendWindowsPath=false\n");
    QTest::newRow("unset last line without newline") << QByteArray("[interop]\nenabled=false") << u"interop"_s
                                                     << u"enabled"_s << QString() << QByteArray("[interop]");
}

void TestWslConfEdit::exact()
{
    QFETCH(QByteArray, conf);
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    const auto result
        = value.isEmpty() ? WslConfEdit::unset(conf, section, key) : WslConfEdit::set(conf, section, key, value);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(*result, expected);
}

void TestWslConfEdit::refusals()
{
    const QByteArray conf = "[interop]\nenabled=true\n";
    // WSL would not accept the value: the default would apply instead.
    const auto notBool = WslConfEdit::set(conf, u"interop"_s, u"appendWindowsPath"_s, u"no"_s);
    QVERIFY(!notBool.ok());
    QVERIFY2(notBool.error().contains(u"true, false, 1 or 0"_s), qPrintable(notBool.error()));
    QVERIFY(!WslConfEdit::set(conf, u"interop"_s, u"enabled"_s, u"a\nb"_s).ok());
    QVERIFY(!WslConfEdit::set(conf, u"in terop"_s, u"enabled"_s, u"true"_s).ok());
    QVERIFY(!WslConfEdit::set(conf, u"interop"_s, u"static_ip"_s, u"x"_s).ok());
    QVERIFY(!WslConfEdit::set(conf, u"1interop"_s, u"enabled"_s, u"true"_s).ok());
    // A new key inside a continued value would change that value: refused, not written.
    const QByteArray continued = "[boot]\ncommand = a \\\n\\x\n";
    const auto inside = WslConfEdit::set(continued, u"network"_s, u"hostname"_s, u"h"_s);
    if (inside.ok())
        QCOMPARE(readWslConfLayout(*inside).effectiveValues().value("boot.command"),
            readWslConfLayout(continued).effectiveValues().value("boot.command"));
    QCOMPARE(WslConfEdit::unset(conf, u"boot"_s, u"systemd"_s).value(), conf);
}

void TestWslConfEdit::goldens_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("edit");
    QTest::addColumn<QString>("golden");
    QTest::newRow("docs example") << u"wslconf/docs-example.conf"_s << 1 << u"edit/goldens/wslconf-docs-example.txt"_s;
    QTest::newRow("stops at a semicolon")
        << u"wslconf/semicolon.conf"_s << 0 << u"edit/goldens/wslconf-semicolon.txt"_s;
    QTest::newRow("stops at a header") << u"wslconf/header-trailing-text.conf"_s << 0
                                       << u"edit/goldens/wslconf-header-trailing-text.txt"_s;
    QTest::newRow("duplicates") << u"wslconf/duplicates.conf"_s << 6 << u"edit/goldens/wslconf-duplicates-unset.txt"_s;
    QTest::newRow("crlf") << u"wslconf/issue12502-crlf.conf"_s << 0 << u"edit/goldens/wslconf-crlf.txt"_s;
}

void TestWslConfEdit::goldens()
{
    QFETCH(QString, file);
    QFETCH(int, edit);
    QFETCH(QString, golden);
    const Edit &e = edits().at(edit);
    const QByteArray before = TestData::fixture(file);
    const auto result = applyEdit(e, before);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const QString difference = ModelDump::compareWithGolden(TestData::visibleBytes(*result), golden);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

GODUAL_GOLDEN_TEST_MAIN(TestWslConfEdit)
#include "tst_wslconfedit.moc"
