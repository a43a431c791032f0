#include "platform/regfileparser.h"
#include "platform/regfileregistry.h"
#include "testdata.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

namespace {

QString fixturePath(const QString &name) { return QStringLiteral(GODUAL_SOURCE_DIR "/tests/data/registry/") + name; }

QByteArray fixture(const QString &name) { return TestData::fixture(QStringLiteral("registry/") + name); }

using TestData::randomBytes;

const RegFileValue *findValue(const RegFileKey &key, const QString &name)
{
    for (const RegFileValue &value : key.values) {
        if (value.name == name)
            return &value;
    }
    return nullptr;
}

const QString kLxss = u"HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Lxss"_s;
const QString kDistro = kLxss + u"\\{2506e37c-8479-4433-9ea8-7549090aa5bf}"_s;

} // namespace

class TestRegFileParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void factsEnvironmentExport();
    void allValueTypes_data();
    void allValueTypes();
    void valueLines_data();
    void valueLines();
    void badFiles_data();
    void badFiles();
    void hostileInput_data();
    void hostileInput();
    void largeHexValue();
    void registryAppliesBlocksInOrder();
    void registryLooksUpCaseInsensitively();
    void registryFromFile();
};

void TestRegFileParser::factsEnvironmentExport()
{
    // The facts file's real HKEY_CURRENT_USER\Environment export, UTF-16LE with BOM and CRLF.
    const auto parsed = parseRegFile(fixture(u"hkcu-environment.reg"_s), u"env.reg"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->keys.size(), 1);
    const RegFileKey &key = parsed->keys.front();
    QCOMPARE(key.path, u"HKEY_CURRENT_USER\\Environment"_s);
    QCOMPARE(key.line, 3);
    QStringList names;
    for (const RegFileValue &value : key.values)
        names.append(value.name);
    QCOMPARE(names, (QStringList { u"Path"_s, u"TEMP"_s, u"TMP"_s, u"sd_posix"_s, u"CMDER_ROOT"_s }));

    const RegistryValue &path = key.values.at(0).value;
    QCOMPARE(path.type, RegistryValue::ExpandSz);
    QCOMPARE(path.rawType, 2);
    QCOMPARE(path.text, u"%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;"_s);
    QCOMPARE(path.bytes.size(), (path.text.size() + 1) * 2);
    QCOMPARE(key.values.at(0).line, 4);
    QCOMPARE(key.values.at(1).line, 9);
    QCOMPARE(key.values.at(2).value.text, u"%USERPROFILE%\\AppData\\Local\\Temp"_s);
    QCOMPARE(key.values.at(3).value.type, RegistryValue::Sz);
    QCOMPARE(key.values.at(3).value.text, u"C:\\_usr\\pos"_s);
    QCOMPARE(key.values.at(4).value.text, u"C:\\_usr\\pos\\cmder"_s);
}

void TestRegFileParser::allValueTypes_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("UTF-8 without BOM") << u"lxss-utf8.reg"_s;
    QTest::newRow("UTF-8 with BOM") << u"lxss-utf8-bom.reg"_s;
    QTest::newRow("UTF-16LE with BOM") << u"lxss-utf16.reg"_s;
}

void TestRegFileParser::allValueTypes()
{
    QFETCH(QString, file);
    const auto parsed = parseRegFile(fixture(file), file);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->keys.size(), 2);
    const RegFileKey &lxss = parsed->keys.at(0);
    QCOMPARE(findValue(lxss, u"DefaultVersion"_s)->value.number, 2u);
    QCOMPARE(findValue(lxss, u"DefaultVersion"_s)->value.type, RegistryValue::Dword);
    QCOMPARE(findValue(lxss, u"DefaultVersion"_s)->value.bytes, QByteArray("\x02\0\0\0", 4));

    const RegFileKey &distro = parsed->keys.at(1);
    QCOMPARE(distro.path, kDistro);
    QCOMPARE(findValue(distro, u"DistributionName"_s)->value.text, u"Ubuntu-20.04"_s);
    QCOMPARE(findValue(distro, u"BasePath"_s)->value.text,
        u"\\\\?\\C:\\Users\\User\\AppData\\Local\\Packages\\CanonicalGroupLimited.Ubuntu20.04onWindows_79rhkp1fndgsc\\LocalState"_s);
    QCOMPARE(findValue(distro, u"Flags"_s)->value.number, 15u);
    QCOMPARE(findValue(distro, u"DefaultUid"_s)->value.number, 1000u);

    const RegistryValue &environment = findValue(distro, u"DefaultEnvironment"_s)->value;
    QCOMPARE(environment.type, RegistryValue::MultiSz);
    QCOMPARE(environment.rawType, 7);
    QCOMPARE(environment.list,
        (QStringList { u"HOSTTYPE=x86_64"_s, u"LANG=en_US.UTF-8"_s,
            u"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"_s, u"TERM=xterm-256color"_s }));

    const RegistryValue &quota = findValue(distro, u"Quota"_s)->value;
    QCOMPARE(quota.type, RegistryValue::Qword);
    QCOMPARE(quota.number, Q_UINT64_C(0x100000000));
    const RegistryValue &blob = findValue(distro, u"Blob"_s)->value;
    QCOMPARE(blob.type, RegistryValue::Binary);
    QCOMPARE(blob.bytes.size(), 40);
    QCOMPARE(blob.bytes.at(39), char(39));
    const RegistryValue &empty = findValue(distro, u"Empty"_s)->value;
    QCOMPARE(empty.type, RegistryValue::None);
    QVERIFY(empty.bytes.isEmpty());
    QCOMPARE(findValue(distro, QString())->value.text, u"default value"_s);
}

void TestRegFileParser::valueLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("number");

    QTest::newRow("escaped quote and backslash in name and text")
        << QByteArray(R"("a\"b\\c"="x\"y\\z")") << uR"(a"b\c)"_s << int(RegistryValue::Sz) << uR"(x"y\z)"_s
        << quint64(0);
    QTest::newRow("default value") << QByteArray(R"(@="v")") << QString() << int(RegistryValue::Sz) << u"v"_s
                                   << quint64(0);
    QTest::newRow("blanks around =") << QByteArray(R"("n" = "v")") << u"n"_s << int(RegistryValue::Sz) << u"v"_s
                                     << quint64(0);
    QTest::newRow("empty string") << QByteArray(R"("n"="")") << u"n"_s << int(RegistryValue::Sz) << QString()
                                  << quint64(0);
    QTest::newRow("= inside the name") << QByteArray(R"("a=b"="c")") << u"a=b"_s << int(RegistryValue::Sz) << u"c"_s
                                       << quint64(0);
    QTest::newRow("dword max") << QByteArray("\"n\"=dword:ffffffff") << u"n"_s << int(RegistryValue::Dword) << QString()
                               << quint64(0xffffffffu);
    QTest::newRow("dword upper case, short")
        << QByteArray("\"n\"=DWORD:1F") << u"n"_s << int(RegistryValue::Dword) << QString() << quint64(31);
    QTest::newRow("hex(2) without terminator")
        << QByteArray("\"n\"=hex(2):41,00,42,00") << u"n"_s << int(RegistryValue::ExpandSz) << u"AB"_s << quint64(0);
    QTest::newRow("hex(2) odd byte count")
        << QByteArray("\"n\"=hex(2):41,00,42") << u"n"_s << int(RegistryValue::ExpandSz) << u"A"_s << quint64(0);
    QTest::newRow("hex(1) is REG_SZ") << QByteArray("\"n\"=hex(1):41,00,00,00") << u"n"_s << int(RegistryValue::Sz)
                                      << u"A"_s << quint64(0);
    QTest::newRow("hex(4) is a dword") << QByteArray("\"n\"=hex(4):01,02,00,00") << u"n"_s << int(RegistryValue::Dword)
                                       << QString() << quint64(0x201);
    QTest::newRow("hex(5) big-endian dword is Other")
        << QByteArray("\"n\"=hex(5):00,00,00,01") << u"n"_s << int(RegistryValue::Other) << QString() << quint64(0);
    QTest::newRow("hex(7) empty list") << QByteArray("\"n\"=hex(7):00,00") << u"n"_s << int(RegistryValue::MultiSz)
                                       << QString() << quint64(0);
    QTest::newRow("hex(7) stops at the empty string") << QByteArray("\"n\"=hex(7):41,00,00,00,00,00,42,00,00,00")
                                                      << u"n"_s << int(RegistryValue::MultiSz) << u"A"_s << quint64(0);
    QTest::newRow("hex with blanks") << QByteArray("\"n\"=hex(2): 41 , 00 ,42,00") << u"n"_s
                                     << int(RegistryValue::ExpandSz) << u"AB"_s << quint64(0);
    QTest::newRow("non-ASCII text") << QStringLiteral("\"名前\"=\"値\"").toUtf8() << u"名前"_s << int(RegistryValue::Sz)
                                    << u"値"_s << quint64(0);
}

void TestRegFileParser::valueLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(quint64, number);
    const QByteArray file = "Windows Registry Editor Version 5.00\r\n\r\n[HKCU\\T]\r\n" + line + "\r\n";
    const auto parsed = parseRegFile(file, u"t.reg"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->keys.size(), 1);
    QCOMPARE(parsed->keys.front().values.size(), 1);
    const RegFileValue &value = parsed->keys.front().values.front();
    QCOMPARE(value.name, name);
    QCOMPARE(int(value.value.type), type);
    QCOMPARE(value.value.text, text);
    QCOMPARE(value.value.number, number);
}

void TestRegFileParser::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");

    auto bad = [](const QString &name) { return fixture(u"bad/"_s + name); };
    QTest::newRow("no header") << bad(u"no-header.reg"_s) << u"x.reg:1:"_s << u"Windows Registry Editor"_s;
    QTest::newRow("REGEDIT4") << bad(u"regedit4.reg"_s) << u"x.reg:1:"_s << u"REGEDIT4"_s;
    QTest::newRow("continuation past the end") << bad(u"truncated-continuation.reg"_s) << u"x.reg:4:"_s << u"cut off"_s;
    QTest::newRow("bad dword") << bad(u"bad-dword.reg"_s) << u"x.reg:5:"_s << u"dword"_s;
    QTest::newRow("bad hex byte") << bad(u"bad-hex.reg"_s) << u"x.reg:4:"_s << u"'zz'"_s;
    QTest::newRow("unterminated string") << bad(u"unterminated-string.reg"_s) << u"x.reg:4:"_s << u"closing quote"_s;
    QTest::newRow("value before key") << bad(u"value-before-key.reg"_s) << u"x.reg:3:"_s << u"[key]"_s;
    QTest::newRow("unknown hive") << bad(u"bad-hive.reg"_s) << u"x.reg:3:"_s << u"HKEY_NOWHERE"_s;
    QTest::newRow("unclosed key") << bad(u"unclosed-key.reg"_s) << u"x.reg:3:"_s << u"']'"_s;
    QTest::newRow("empty file") << QByteArray() << u"x.reg:1:"_s << u"Windows Registry Editor"_s;
    QTest::newRow("nine-digit dword") << QByteArray(
        "Windows Registry Editor Version 5.00\n[HKCU\\T]\n\"n\"=dword:123456789\n")
                                      << u"x.reg:3:"_s << u"dword"_s;
    QTest::newRow("unknown data type") << QByteArray("Windows Registry Editor Version 5.00\n[HKCU\\T]\n\"n\"=qword:1\n")
                                       << u"x.reg:3:"_s << u"qword:1"_s;
    QTest::newRow("hex byte of three digits")
        << QByteArray("Windows Registry Editor Version 5.00\n[HKCU\\T]\n\"n\"=hex:100\n") << u"x.reg:3:"_s
        << u"'100'"_s;
    QTest::newRow("bad hex type") << QByteArray("Windows Registry Editor Version 5.00\n[HKCU\\T]\n\"n\"=hex(zz):00\n")
                                  << u"x.reg:3:"_s << u"hex(N)"_s;
    QTest::newRow("value in a deletion block")
        << QByteArray("Windows Registry Editor Version 5.00\n[-HKCU\\T]\n\"n\"=\"v\"\n") << u"x.reg:3:"_s
        << u"[-key]"_s;
    QTest::newRow("stray text") << QByteArray("Windows Registry Editor Version 5.00\n[HKCU\\T]\nhello\n")
                                << u"x.reg:3:"_s << u"'hello'"_s;
}

void TestRegFileParser::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const auto parsed = parseRegFile(bytes, u"x.reg"_s);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().startsWith(where), qPrintable(parsed.error()));
    QVERIFY2(parsed.error().contains(what), qPrintable(parsed.error()));
}

void TestRegFileParser::hostileInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("random 4 MiB") << randomBytes(4 * 1024 * 1024, 11);
    QTest::newRow("random after a valid header")
        << QByteArray("Windows Registry Editor Version 5.00\r\n" + randomBytes(2 * 1024 * 1024, 12));
    QTest::newRow("NULs") << QByteArray(1024 * 1024, '\0');
    QTest::newRow("BOM only") << QByteArray("\xff\xfe");
    QTest::newRow("odd-sized UTF-16") << QByteArray("\xff\xfeW\0i\0n", 7);
    QTest::newRow("4 MiB of continuation lines")
        << QByteArray("Windows Registry Editor Version 5.00\n[HKCU\\T]\n\"n\"=hex:"
               + QByteArray(1024 * 1024, 'x').replace("x", "00,\\\n"));
    QTest::newRow("4 MiB key name") << QByteArray(
        "Windows Registry Editor Version 5.00\n[HKCU\\" + QByteArray(4 * 1024 * 1024, 'k') + "]\n");
}

void TestRegFileParser::hostileInput()
{
    QFETCH(QByteArray, bytes);
    const auto parsed = parseRegFile(bytes, u"x.reg"_s);
    if (!parsed.ok()) {
        QVERIFY2(parsed.error().startsWith(u"x.reg:"_s), qPrintable(parsed.error()));
        QVERIFY(parsed.error().size() < 400);
    }
    const RegFileRegistry registry(parsed.ok() ? *parsed : RegFileContents {});
    (void)registry.subkeys(u"HKCU"_s);
}

void TestRegFileParser::largeHexValue()
{
    // A 1 MiB binary value in reg export's own layout: 25 bytes per continued line.
    QByteArray file = "Windows Registry Editor Version 5.00\r\n\r\n[HKCU\\T]\r\n\"big\"=hex:";
    const int size = 1024 * 1024;
    for (int i = 0; i < size; ++i) {
        file += QByteArray::number(i % 256, 16).rightJustified(2, '0');
        if (i + 1 < size)
            file += (i % 25 == 24) ? ",\\\r\n  " : ",";
    }
    file += "\r\n";
    const auto parsed = parseRegFile(file, u"big.reg"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const QByteArray &bytes = parsed->keys.front().values.front().value.bytes;
    QCOMPARE(bytes.size(), size);
    QCOMPARE(static_cast<unsigned char>(bytes.at(size - 1)), (size - 1) % 256);
}

void TestRegFileParser::registryAppliesBlocksInOrder()
{
    const auto parsed = parseRegFile(fixture(u"deletions.reg"_s), u"deletions.reg"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const RegFileRegistry registry(*parsed);
    const QString keep = u"HKEY_CURRENT_USER\\Software\\GoDualTest\\Keep"_s;
    // "a" deleted by `"A"=-` in a later block spelled differently, "b" replaced in place, "c" added.
    QCOMPARE(registry.valueNames(keep), (QStringList { u"b"_s, u"c"_s }));
    QCOMPARE(registry.value(keep, u"b"_s)->text, u"two"_s);
    QCOMPARE(registry.value(keep, u"a"_s), std::nullopt);
    // [-key] removes the key and its subkeys.
    QCOMPARE(registry.valueNames(u"HKCU\\Software\\GoDualTest\\Gone"_s), QStringList {});
    QCOMPARE(registry.value(u"HKCU\\Software\\GoDualTest\\Gone"_s, u"x"_s), std::nullopt);
    QCOMPARE(registry.value(u"HKCU\\Software\\GoDualTest\\Gone\\Child"_s, u"y"_s), std::nullopt);
    QCOMPARE(registry.subkeys(u"HKCU\\Software\\GoDualTest"_s), QStringList { u"Keep"_s });
    QCOMPARE(registry.subkeys(u"HKEY_CURRENT_USER"_s), QStringList { u"Software"_s });
}

void TestRegFileParser::registryLooksUpCaseInsensitively()
{
    const auto parsed = parseRegFile(fixture(u"lxss-utf16.reg"_s), u"lxss.reg"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const RegFileRegistry registry(*parsed);
    const auto name = registry.value(
        u"hkcu\\software\\microsoft\\windows\\currentversion\\lxss\\{2506E37C-8479-4433-9EA8-7549090AA5BF}\\"_s,
        u"distributionname"_s);
    QVERIFY(name);
    QCOMPARE(name->text, u"Ubuntu-20.04"_s);
    QCOMPARE(registry.subkeys(u"HKCU\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Lxss"_s),
        QStringList { u"{2506e37c-8479-4433-9ea8-7549090aa5bf}"_s });
    QCOMPARE(registry.value(kLxss, u"Missing"_s), std::nullopt);
    QCOMPARE(registry.value(u"HKEY_NOWHERE\\X"_s, u"y"_s), std::nullopt);
    QCOMPARE(registry.subkeys(u"HKLM\\Nothing"_s), QStringList {});
}

void TestRegFileParser::registryFromFile()
{
    const auto registry = RegFileRegistry::fromFile(fixturePath(u"machine.reg"_s));
    QVERIFY2(registry.ok(), qPrintable(registry.error()));
    QCOMPARE(registry->value(u"HKCU\\Environment"_s, u"GOBIN"_s)->text, u"D:\\tools\\bin"_s);

    const auto missing = RegFileRegistry::fromFile(u"/nonexistent/godual.reg"_s);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(u"/nonexistent/godual.reg"_s), qPrintable(missing.error()));

    const auto bad = RegFileRegistry::fromFile(fixturePath(u"bad/bad-dword.reg"_s));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(u"bad-dword.reg:5:"_s), qPrintable(bad.error()));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile big(dir.filePath(u"big.reg"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(64 * 1024 * 1024 + 1));
    big.close();
    const auto tooBig = RegFileRegistry::fromFile(big.fileName());
    QVERIFY(!tooBig.ok());
    QVERIFY2(tooBig.error().contains(u"64 MiB"_s), qPrintable(tooBig.error()));
}

QTEST_GUILESS_MAIN(TestRegFileParser)
#include "tst_regfileparser.moc"
