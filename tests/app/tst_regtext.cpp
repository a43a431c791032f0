// The .reg text of values (previews, backups) against what Windows and Wine write: the lines of
// real exports in tests/data/registry, and Wine's conformance expectations for `reg export`
// (platform-facts, section 2.3). Then the project's parser reads every rendering back to the
// same type and bytes.
#include "platform/regfileparser.h"
#include "platform/regfileregistry.h"
#include "platform/regtext.h"
#include "testdata.h"

#include <QStringDecoder>
#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RegistryValue)

namespace {

QString decoded(const QByteArray &bytes)
{
    if (bytes.startsWith("\xff\xfe")) {
        QStringDecoder decoder(QStringConverter::Utf16LE);
        return decoder(QByteArrayView(bytes).mid(2));
    }
    return QString::fromUtf8(bytes);
}

// The lines of each value as the file has them: from its `"name"=` line through its
// continuation lines (those starting with two blanks).
QList<QStringList> valueLinesOf(const QString &text)
{
    QList<QStringList> values;
    for (QString line : text.split(u'\n')) {
        line.remove(u'\r');
        if (line.startsWith(u'"') || line.startsWith(u'@'))
            values.append({ line });
        else if (line.startsWith(u"  "_s) && !values.isEmpty())
            values.back().append(line);
    }
    return values;
}

} // namespace

class TestRegText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rendersLikeRealExports_data();
    void rendersLikeRealExports();
    void wineConformanceLines();
    void roundTrips_data();
    void roundTrips();
    void backupFile();
};

void TestRegText::rendersLikeRealExports_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<RegistryValue>("value");
    // hkcu-environment.reg is a real Windows export; the Lxss fixtures keep regedit's layout.
    for (const QString &file : { u"hkcu-environment.reg"_s, u"lxss-utf16.reg"_s, u"lxss-utf8.reg"_s }) {
        const QByteArray bytes = TestData::fixture(u"registry/"_s + file);
        const auto parsed = parseRegFile(bytes, file);
        QVERIFY2(parsed, qPrintable(parsed.error()));
        const QList<QStringList> lines = valueLinesOf(decoded(bytes));
        qsizetype i = 0;
        for (const RegFileKey &key : parsed->keys) {
            for (const RegFileValue &value : key.values) {
                QVERIFY(i < lines.size());
                QTest::addRow("%s %s", qPrintable(file), qPrintable(value.name.isEmpty() ? u"@"_s : value.name))
                    << value.name << lines.at(i++) << value.value;
            }
        }
        QCOMPARE(i, lines.size());
    }
}

void TestRegText::rendersLikeRealExports()
{
    QFETCH(QString, name);
    QFETCH(QStringList, lines);
    QFETCH(RegistryValue, value);
    QCOMPARE(regValueLines(name, value), lines);
}

void TestRegText::wineConformanceLines()
{
    // programs/reg/tests/export.c, as quoted in platform-facts 2.3 (run against Windows too).
    QCOMPARE(regValueLines(u"DWORD"_s, RegistryValue::fromDword(0x100)), QStringList { u"\"DWORD\"=dword:00000100"_s });
    QCOMPARE(regValueLines(u"String"_s, RegistryValue::fromString(RegistryValue::Sz, u"Your text here..."_s)),
        QStringList { u"\"String\"=\"Your text here...\""_s });
    QCOMPARE(
        regValueLines(u"String expansion"_s, RegistryValue::fromString(RegistryValue::ExpandSz, u"%HOME%\\%PATH%"_s)),
        (QStringList { u"\"String expansion\"=hex(2):25,00,48,00,4f,00,4d,00,45,00,25,00,5c,00,25,00,50,\\"_s,
            u"  00,41,00,54,00,48,00,25,00,00,00"_s }));
    QCOMPARE(regDeletionLine(u"Path"_s), u"\"Path\"=-"_s);
    QCOMPARE(regDeletionLine(QString()), u"@=-"_s);
    QCOMPARE(regKeyLine(u"HKCU\\Environment"_s), u"[HKEY_CURRENT_USER\\Environment]"_s);
}

void TestRegText::roundTrips_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<RegistryValue>("value");
    const auto sz = [](const QString &text) { return RegistryValue::fromString(RegistryValue::Sz, text); };
    const auto expand = [](const QString &text) { return RegistryValue::fromString(RegistryValue::ExpandSz, text); };
    QTest::newRow("REG_SZ with escapes") << uR"(a"b\c)"_s << sz(uR"(C:\Program Files\"Go"\bin\)"_s);
    QTest::newRow("default value") << QString() << sz(u"default"_s);
    QTest::newRow("empty REG_SZ") << u"Empty"_s << sz(QString());
    QTest::newRow("REG_SZ with a line break (hex(1))") << u"Two lines"_s << sz(u"one\r\ntwo"_s);
    QTest::newRow("REG_SZ without terminator (hex(1))") << u"Raw"_s << RegistryValue::fromRaw(1, "A\0B\0"_ba);
    QTest::newRow("REG_SZ with data after a NUL (hex(1))")
        << u"Nul"_s << RegistryValue::fromRaw(1, "A\0\0\0B\0\0\0"_ba);
    QTest::newRow("REG_EXPAND_SZ") << u"Path"_s << expand(u"%USERPROFILE%\\go\\bin;C:\\Go\\bin"_s);
    QTest::newRow("CJK name and value") << u"路径"_s << expand(u"C:\\用户\\开发者\\go;%GOPATH%\\bin"_s);
    QString longPath;
    for (int i = 0; longPath.size() < 32767 - 40; ++i)
        longPath += u"C:\\sdk\\go1.%1.0\\bin;"_s.arg(i);
    QTest::newRow("long wrapped REG_EXPAND_SZ") << u"Path"_s << expand(longPath);
    QTest::newRow("long REG_SZ") << u"Long"_s << sz(QString(32767, u'x'));
    QTest::newRow("REG_MULTI_SZ") << u"List"_s << RegistryValue::fromStringList({ u"a=1"_s, u"b c"_s, u"路径"_s });
    QTest::newRow("empty REG_MULTI_SZ") << u"None"_s << RegistryValue::fromStringList({});
    QTest::newRow("REG_DWORD") << u"Flags"_s << RegistryValue::fromDword(0xdeadbeef);
    QTest::newRow("short REG_DWORD (hex(4))") << u"Short"_s << RegistryValue::fromRaw(4, "\x01\x02"_ba);
    QTest::newRow("REG_QWORD") << u"Quota"_s << RegistryValue::fromRaw(11, "\0\0\0\0\x01\0\0\0"_ba);
    QTest::newRow("REG_BINARY") << u"Blob"_s << RegistryValue::fromRaw(3, TestData::randomBytes(300, 7));
    QTest::newRow("REG_NONE empty") << u"Nothing"_s << RegistryValue::fromRaw(0, {});
    QTest::newRow("type 0x20000") << u"Odd type"_s << RegistryValue::fromRaw(0x20000, "\x01"_ba);
}

void TestRegText::roundTrips()
{
    QFETCH(QString, name);
    QFETCH(RegistryValue, value);
    const QStringList lines = regValueLines(name, value);
    const QString text = u"Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\T]\r\n"_s
        + lines.join(u"\r\n"_s) + u"\r\n\r\n"_s;
    const auto parsed = parseRegFile(text.toUtf8(), u"t.reg"_s);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->keys.size(), 1);
    QCOMPARE(parsed->keys.front().values.size(), 1);
    const RegFileValue &got = parsed->keys.front().values.front();
    QCOMPARE(got.name, name);
    QCOMPARE(got.value.rawType, value.rawType);
    QCOMPARE(got.value.bytes.toHex(), value.bytes.toHex());
    QVERIFY(got.value == value);
}

void TestRegText::backupFile()
{
    const QList<RegBackupValue> backup {
        { u"HKCU\\Environment"_s, u"Path"_s,
            RegistryValue::fromString(RegistryValue::ExpandSz, u"%USERPROFILE%\\go\\bin"_s) },
        { u"HKEY_LOCAL_MACHINE\\SOFTWARE\\GoDual"_s, u"GOROOT"_s,
            RegistryValue::fromString(RegistryValue::Sz, u"C:\\Go"_s) },
        { u"hkcu\\environment"_s, u"GOPATH"_s, std::nullopt },
    };
    const QByteArray bytes = regFileBytes(backup);
    // regedit's own encoding, so a double-click imports it.
    QVERIFY(bytes.startsWith("\xff\xfe"));
    QStringDecoder decoder(QStringConverter::Utf16LE);
    const QString text = decoder(QByteArrayView(bytes).mid(2));
    QVERIFY(!decoder.hasError());
    QCOMPARE(text, regFileText(backup));
    QCOMPARE(text.count(u"\r\n"_s), text.count(u'\n'));
    QVERIFY(text.startsWith(u"Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Environment]\r\n"_s));
    QVERIFY(text.endsWith(
        u"\"GOPATH\"=-\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\GoDual]\r\n\"GOROOT\"=\"C:\\\\Go\"\r\n\r\n"_s));

    const auto parsed = parseRegFile(bytes, u"backup.reg"_s);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->keys.size(), 2);
    QCOMPARE(parsed->keys.at(0).values.size(), 2);
    QCOMPARE(parsed->keys.at(0).values.at(0).value, *backup.at(0).value);
    QVERIFY(parsed->keys.at(0).values.at(1).deleted);
    QCOMPARE(parsed->keys.at(0).values.at(1).name, u"GOPATH"_s);
    const RegFileRegistry registry(*parsed);
    QCOMPARE(registry.value(u"HKLM\\SOFTWARE\\GoDual"_s, u"GOROOT"_s), backup.at(1).value);
}

QTEST_GUILESS_MAIN(TestRegText)
#include "tst_regtext.moc"
