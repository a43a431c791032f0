// JsoncEdit on the settings.json fixtures of tests/data/edit/vscode (comments, trailing commas,
// tabs and CRLF, one-line and empty objects, duplicates, a BOM, CJK): each edit is read back with
// the JSONC reader and with the scan's own go.goroot reader; every other member keeps its value,
// the bytes outside the edited member stay, and malformed files are errors naming line:column.

#include "edit/jsoncedit.h"
#include "jsonc.h"
#include "modeldump.h"
#include "scan/vscodesettings.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

namespace {

QList<std::pair<QString, QJsonValue>> others(const QByteArray &bytes, const QString &key)
{
    QList<std::pair<QString, QJsonValue>> out;
    const auto object = Jsonc::readObject(bytes);
    if (!object)
        return out;
    for (const Jsonc::Member &m : object->members) {
        if (m.key != key)
            out.append({ m.key, m.value });
    }
    return out;
}

// The bytes with every comment kept: the edit may add, but not lose, any comment text.
QList<QByteArray> comments(const QByteArray &bytes)
{
    QList<QByteArray> out;
    qsizetype at = 0;
    while ((at = bytes.indexOf("//", at)) >= 0) {
        const qsizetype end = bytes.indexOf('\n', at);
        out.append(bytes.mid(at, (end < 0 ? bytes.size() : end) - at));
        at = end < 0 ? bytes.size() : end;
    }
    return out;
}

} // namespace

class TestJsoncEdit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void exact_data();
    void exact();
    void malformed_data();
    void malformed();
    void goldens_data();
    void goldens();
};

void TestJsoncEdit::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // undefined: remove
    for (const QString &file : TestData::fixtureFiles(u"edit/vscode"_s)) {
        if (file.contains(u"/malformed-"_s))
            continue;
        QTest::addRow("%s set go.goroot", qPrintable(file))
            << file << u"go.goroot"_s << QJsonValue(u"C:\\Program Files\\Go"_s);
        QTest::addRow("%s set CJK", qPrintable(file)) << file << u"go.gopath"_s << QJsonValue(u"/home/用户/go \"x\""_s);
        QTest::addRow("%s set object", qPrintable(file))
            << file << u"go.toolsEnvVars"_s << QJsonValue(QJsonObject { { u"GOFLAGS"_s, u"-mod=mod"_s } });
        QTest::addRow("%s remove go.goroot", qPrintable(file))
            << file << u"go.goroot"_s << QJsonValue(QJsonValue::Undefined);
        QTest::addRow("%s remove editor.fontSize", qPrintable(file))
            << file << u"editor.fontSize"_s << QJsonValue(QJsonValue::Undefined);
    }
}

void TestJsoncEdit::corpus()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const QByteArray before = TestData::fixture(file);
    const bool remove = value.isUndefined();
    const auto result = remove ? JsoncEdit::remove(before, key) : JsoncEdit::set(before, key, value);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const QByteArray after = *result;

    const auto reread = Jsonc::readObject(after);
    QVERIFY2(reread.ok(), qPrintable(reread.error()));
    const Jsonc::Member *member = reread->find(key);
    if (remove)
        QVERIFY(!member);
    else
        QVERIFY(member && member->value == value);
    QCOMPARE(others(after, key), others(before, key));
    if (key == u"go.goroot") {
        const VsCodeSettings::Setting scanned = VsCodeSettings::goroot(after);
        QCOMPARE(scanned.value, remove ? QString() : value.toString());
        if (!remove)
            QCOMPARE(scanned.line, member->line);
    }
    // Comments survive (removing a member takes a // comment on its own line with it).
    for (const QByteArray &comment : comments(before)) {
        const bool onRemovedLine = remove && !after.contains(comment);
        if (onRemovedLine) {
            const qsizetype at = before.indexOf(comment);
            const qsizetype lineStart = before.lastIndexOf('\n', at) + 1;
            QVERIFY2(before.mid(lineStart, at - lineStart).contains(key.toUtf8()), comment.constData());
        } else {
            QVERIFY2(after.contains(comment), comment.constData());
        }
    }
    // Line endings: no bare LF added to a CRLF file.
    if (before.contains("\r\n") && !before.contains("\n\n"))
        QCOMPARE(after.count('\n'), after.count("\r\n"));
    // The same edit again changes nothing.
    const auto again = remove ? JsoncEdit::remove(after, key) : JsoncEdit::set(after, key, value);
    QVERIFY(again.ok());
    QCOMPARE(*again, after);
}

void TestJsoncEdit::exact_data()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("value token only") << QByteArray("{\n  \"go.goroot\": \"/a\", // note\n  \"b\": 1\n}\n")
                                      << u"go.goroot"_s << QJsonValue(u"/b"_s)
                                      << QByteArray("{\n  \"go.goroot\": \"/b\", // note\n  \"b\": 1\n}\n");
    QTest::newRow("new key last with the file's indent, comma added")
        << QByteArray("{\n\t\"a\": 1 // one\n}\n") << u"go.goroot"_s << QJsonValue(u"/g"_s)
        << QByteArray("{\n\t\"a\": 1, // one\n\t\"go.goroot\": \"/g\"\n}\n");
    QTest::newRow("after a trailing comma")
        << QByteArray("{\r\n    \"a\": 1,\r\n}\r\n") << u"go.goroot"_s << QJsonValue(u"/g"_s)
        << QByteArray("{\r\n    \"a\": 1,\r\n    \"go.goroot\": \"/g\"\r\n}\r\n");
    QTest::newRow("empty object") << QByteArray("{}") << u"go.goroot"_s << QJsonValue(u"/g"_s)
                                  << QByteArray("{\n    \"go.goroot\": \"/g\"\n}");
    QTest::newRow("empty file") << QByteArray() << u"go.goroot"_s << QJsonValue(u"/g"_s)
                                << QByteArray("{\n    \"go.goroot\": \"/g\"\n}\n");
    QTest::newRow("one line") << QByteArray("{\"a\": 1}") << u"go.goroot"_s << QJsonValue(u"C:\\Go"_s)
                              << QByteArray("{\"a\": 1, \"go.goroot\": \"C:\\\\Go\"}");
    QTest::newRow("last of duplicates") << QByteArray("{\"k\": 1, \"k\": 2}") << u"k"_s << QJsonValue(3)
                                        << QByteArray("{\"k\": 1, \"k\": 3}");
    QTest::newRow("remove middle line") << QByteArray("{\n    \"a\": 1,\n    \"k\": 2, // k\n    \"b\": 3\n}\n")
                                        << u"k"_s << QJsonValue(QJsonValue::Undefined)
                                        << QByteArray("{\n    \"a\": 1,\n    \"b\": 3\n}\n");
    QTest::newRow("remove last takes the comma before")
        << QByteArray("{\n    \"a\": 1,\n    \"k\": 2\n}\n") << u"k"_s << QJsonValue(QJsonValue::Undefined)
        << QByteArray("{\n    \"a\": 1\n}\n");
    QTest::newRow("remove every duplicate") << QByteArray("{\"k\": 1, \"a\": 0, \"k\": 2}") << u"k"_s
                                            << QJsonValue(QJsonValue::Undefined) << QByteArray("{\"a\": 0}");
    QTest::newRow("remove absent") << QByteArray("{\"a\": 0} // x") << u"k"_s << QJsonValue(QJsonValue::Undefined)
                                   << QByteArray("{\"a\": 0} // x");
}

void TestJsoncEdit::exact()
{
    QFETCH(QByteArray, settings);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, expected);
    const auto result = value.isUndefined() ? JsoncEdit::remove(settings, key) : JsoncEdit::set(settings, key, value);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(*result, expected);
}

void TestJsoncEdit::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("at");
    QTest::newRow("unclosed") << u"edit/vscode/malformed-unclosed.json"_s << u"4:1:"_s;
    QTest::newRow("missing comma") << u"edit/vscode/malformed-missing-comma.json"_s << u"3:5:"_s;
    QTest::newRow("array") << u"edit/vscode/malformed-array.json"_s << u"1:1:"_s;
    QTest::newRow("comment") << u"edit/vscode/malformed-comment.json"_s << u"2:14:"_s;
}

void TestJsoncEdit::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, at);
    const QByteArray bytes = TestData::fixture(file);
    const auto set = JsoncEdit::set(bytes, u"go.goroot"_s, QJsonValue(u"/g"_s));
    QVERIFY(!set.ok());
    QVERIFY2(set.error().startsWith(at), qPrintable(set.error()));
    QVERIFY(!JsoncEdit::remove(bytes, u"a"_s).ok());
}

void TestJsoncEdit::goldens_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("remove");
    QTest::addColumn<QString>("golden");
    QTest::newRow("spaces set") << u"edit/vscode/spaces.json"_s << false << u"edit/goldens/vscode-spaces-set.txt"_s;
    QTest::newRow("spaces remove") << u"edit/vscode/spaces.json"_s << true
                                   << u"edit/goldens/vscode-spaces-remove.txt"_s;
    QTest::newRow("tabs crlf set") << u"edit/vscode/tabs-crlf-trailing-comma.json"_s << false
                                   << u"edit/goldens/vscode-tabs-crlf-set.txt"_s;
    QTest::newRow("duplicates remove") << u"edit/vscode/duplicates-nested.json"_s << true
                                       << u"edit/goldens/vscode-duplicates-remove.txt"_s;
}

void TestJsoncEdit::goldens()
{
    QFETCH(QString, file);
    QFETCH(bool, remove);
    QFETCH(QString, golden);
    const QByteArray before = TestData::fixture(file);
    const auto result = remove ? JsoncEdit::remove(before, u"go.goroot"_s)
                               : JsoncEdit::set(before, u"go.goroot"_s, QJsonValue(u"C:\\Program Files\\Go"_s));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const QString difference = ModelDump::compareWithGolden(TestData::visibleBytes(*result), golden);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

GODUAL_GOLDEN_TEST_MAIN(TestJsoncEdit)
#include "tst_jsoncedit.moc"
