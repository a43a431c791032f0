// Writing through the .reg file registry (the GODUAL_REGISTRY seam): each edit of each fixture in
// tests/data/registry is read back through the parser (the exact type and bytes), every other
// line of the file is compared byte for byte, setting the old value back must give the original
// file, and a few edited files are compared with goldens (tests/data/registry/edited).
#include "modeldump.h"
#include "platform/regfileparser.h"
#include "platform/regfileregistry.h"
#include "platform/writableregfileregistry.h"
#include "scan/machineseams.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <list>

using namespace GoDual;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RegistryValue)
Q_DECLARE_METATYPE(std::optional<RegistryValue>)

namespace {

enum class Edit { Replace, Insert, NewBlock, Delete, NoChange };

// The test's own reading of a file's text, independent of the editor's: UTF-16LE after a BOM,
// else UTF-8. Lines keep their '\r'.
struct Text {
    bool utf16 = false;
    QStringList lines;
};

Text textOf(const QByteArray &bytes)
{
    Text text;
    text.utf16 = bytes.startsWith("\xff\xfe");
    QString decoded;
    if (text.utf16) {
        QStringDecoder decoder(QStringConverter::Utf16LE);
        decoded = decoder(QByteArrayView(bytes).mid(2));
    } else {
        decoded = QString::fromUtf8(bytes);
    }
    text.lines = decoded.split(u'\n');
    return text;
}

bool startsValue(const QString &line, const QString &name)
{
    const QString start = name.isEmpty() ? u"@="_s : u'"' + name + u"\"="_s;
    return line.startsWith(start, Qt::CaseInsensitive);
}

// The lines of the file without those of value `name` in blocks of `key`.
QStringList withoutValue(const QStringList &lines, const QString &key, const QString &name)
{
    QStringList kept;
    bool inKey = false;
    bool inValue = false;
    for (const QString &line : lines) {
        if (line.startsWith(u'[')) {
            const QString path = line.trimmed().mid(1).chopped(1);
            inKey = Registry::canonicalKey(path).compare(Registry::canonicalKey(key), Qt::CaseInsensitive) == 0;
        }
        if (inValue && line.startsWith(u"  "_s))
            continue;
        inValue = inKey && startsValue(line, name);
        if (!inValue)
            kept.append(line);
    }
    return kept;
}

QString dumpForGolden(const QByteArray &bytes)
{
    const Text text = textOf(bytes);
    const QString joined = text.lines.join(u'\n');
    const bool crlf = joined.count(u"\r\n"_s) == joined.count(u'\n');
    return u"# %1, %2\n"_s.arg(text.utf16 ? u"UTF-16LE with BOM"_s : u"UTF-8"_s, crlf ? u"CRLF"_s : u"not CRLF only"_s)
        + QString(joined).remove(u'\r');
}

const QString kEnvironment = u"HKEY_CURRENT_USER\\Environment"_s;
const QString kDistro
    = u"HKCU\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Lxss\\{2506e37c-8479-4433-9ea8-7549090aa5bf}"_s;

RegistryValue sz(const QString &text) { return RegistryValue::fromString(RegistryValue::Sz, text); }
RegistryValue expand(const QString &text) { return RegistryValue::fromString(RegistryValue::ExpandSz, text); }

} // namespace

class TestRegFileWrite : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void edits_data();
    void edits();
    void refusesTooLongValues();
    void refusesBadKeys();
    void writesThroughTheSeams();
    void failsNamingTheFile();
    void stringTypeForNewValues_data();
    void stringTypeForNewValues();
    void win32Failures();

private:
    // A copy of the fixture in a folder of its own.
    QString copyFixture(const QString &name);
    std::list<QTemporaryDir> m_dirs;
};

QString TestRegFileWrite::copyFixture(const QString &name)
{
    const QString path = m_dirs.emplace_back().filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(TestData::fixture(u"registry/"_s + name)) < 0)
        return {};
    return path;
}

void TestRegFileWrite::edits_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("remove");
    QTest::addColumn<RegistryValue>("value");
    QTest::addColumn<int>("edit");
    // Setting the old value back (or deleting the new one) gives the original bytes: the value
    // was in regedit's own layout and the edit did not move it.
    QTest::addColumn<bool>("restores");
    QTest::addColumn<QString>("golden");
    const RegistryValue none;
    const auto row = [&](const char *tag, const QString &file, const QString &key, const QString &name, bool remove,
                         const RegistryValue &value, Edit edit, bool restores, const QString &golden = {}) {
        QTest::newRow(tag) << file << key << name << remove << value << int(edit) << restores << golden;
    };
    const QString env = u"hkcu-environment.reg"_s;
    row("UTF-16: REG_EXPAND_SZ Path replaced", env, kEnvironment, u"Path"_s, false,
        expand(u"%USERPROFILE%\\sdk\\go1.22.6\\bin;%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;"_s),
        Edit::Replace, true, u"path-replaced.txt"_s);
    row("UTF-16: REG_SZ with CJK and quotes", env, kEnvironment, u"sd_posix"_s, false, sz(u"C:\\用户\\\"开发者\""_s),
        Edit::Replace, true);
    row("UTF-16: name matched without case, spelling kept", env, u"HKCU\\environment"_s, u"PATH"_s, false,
        expand(u"%GOPATH%\\bin"_s), Edit::Replace, true);
    row("UTF-16: new value at the end of its key", env, kEnvironment, u"GOPATH"_s, false, sz(u"D:\\go"_s), Edit::Insert,
        true, u"new-value.txt"_s);
    row("UTF-16: new key block", env, u"HKCU\\Software\\GoDual"_s, u"Flags"_s, false, RegistryValue::fromDword(3),
        Edit::NewBlock, false, u"new-key.txt"_s);
    row("UTF-16: delete", env, kEnvironment, u"TEMP"_s, true, none, Edit::Delete, false);
    row("UTF-16: delete an absent value", env, kEnvironment, u"NoSuchValue"_s, true, none, Edit::NoChange, false);
    row("UTF-16: delete in an absent key", env, u"HKCU\\NoSuchKey"_s, u"x"_s, true, none, Edit::NoChange, false);
    row("UTF-16: the value it already has", env, kEnvironment, u"TMP"_s, false,
        expand(u"%USERPROFILE%\\AppData\\Local\\Temp"_s), Edit::NoChange, false);
    row("UTF-16: REG_SZ becomes REG_EXPAND_SZ", env, kEnvironment, u"CMDER_ROOT"_s, false, expand(u"%CMDER%"_s),
        Edit::Replace, true);

    const QString utf8 = u"lxss-utf8.reg"_s;
    row("UTF-8: REG_SZ", utf8, kDistro, u"DistributionName"_s, false, sz(u"Ubuntu-24.04"_s), Edit::Replace, true,
        u"utf8-replaced.txt"_s);
    row("UTF-8: REG_MULTI_SZ", utf8, kDistro, u"DefaultEnvironment"_s, false,
        RegistryValue::fromStringList({ u"LANG=zh_CN.UTF-8"_s, u"PATH=/usr/bin:/bin"_s }), Edit::Replace, true);
    row("UTF-8: default value", utf8, kDistro, QString(), false, sz(u"新的"_s), Edit::Replace, true);
    row("UTF-8: REG_BINARY", utf8, kDistro, u"Blob"_s, false, RegistryValue::fromRaw(3, "\x01\x02"_ba), Edit::Replace,
        true);
    row("UTF-8: new value after the last one", utf8, kDistro, u"GoDual"_s, false, sz(u"1"_s), Edit::Insert, true);
    row("UTF-8 BOM: REG_DWORD", u"lxss-utf8-bom.reg"_s, kDistro, u"Flags"_s, false, RegistryValue::fromDword(7),
        Edit::Replace, true);
    row("UTF-16: REG_NONE becomes REG_SZ", u"lxss-utf16.reg"_s, kDistro, u"Empty"_s, false, sz(u"now text"_s),
        Edit::Replace, true);

    const QString machine = u"machine.reg"_s;
    const QString system = u"HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment"_s;
    row("HKLM Path", machine, system, u"Path"_s, false, expand(u"%SystemRoot%\\system32;C:\\Go\\bin"_s), Edit::Replace,
        true);
    // Hand-wrapped in the fixture, so written back in regedit's wrapping instead.
    row("hand-wrapped value", machine, system, u"ComSpec"_s, false, expand(u"%SystemRoot%\\cmd.exe"_s), Edit::Replace,
        false);
    row("HKCU Environment in machine.reg", machine, kEnvironment, u"GOBIN"_s, false, sz(u"E:\\bin"_s), Edit::Replace,
        true);

    const QString deletions = u"deletions.reg"_s;
    const QString keep = u"HKEY_CURRENT_USER\\Software\\GoDualTest\\Keep"_s;
    row("a value deleted by \"a\"=- is set again", deletions, keep, u"a"_s, false, sz(u"back"_s), Edit::Replace, false,
        u"deleted-value-set.txt"_s);
    row("a value given in two blocks: the last one changes", deletions, keep, u"b"_s, false, sz(u"3"_s), Edit::Replace,
        true);
    row("a value given in two blocks: deleting removes both", deletions, keep, u"b"_s, true, none, Edit::Delete, false);
    row("a key removed by [-key] comes back as a new block", deletions, u"HKCU\\Software\\GoDualTest\\Gone\\Child"_s,
        u"y"_s, false, sz(u"2"_s), Edit::NewBlock, false, u"deleted-key-set.txt"_s);
}

void TestRegFileWrite::edits()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(QString, name);
    QFETCH(bool, remove);
    QFETCH(RegistryValue, value);
    QFETCH(int, edit);
    QFETCH(bool, restores);
    QFETCH(QString, golden);

    const QString path = copyFixture(file);
    QVERIFY(!path.isEmpty());
    const QByteArray original = TestData::fixture(u"registry/"_s + file);
    const auto before = RegFileRegistry::fromFile(path);
    QVERIFY2(before, qPrintable(before.error()));
    const std::optional<RegistryValue> old = before->value(key, name);

    auto registry = WritableRegFileRegistry::open(path);
    QVERIFY2(registry, qPrintable(registry.error()));
    const Result<void> written
        = remove ? registry.value().deleteValue(key, name) : registry.value().setValue(key, name, value);
    QVERIFY2(written, qPrintable(written.error()));
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray edited = in.readAll();
    in.close();
    // No temporary file is left beside the target.
    QCOMPARE(QFileInfo(path).dir().entryList(QDir::Files), QStringList { file });

    // Read back through the parser: the exact type and bytes, or no value; the object's own view
    // says the same.
    const auto after = RegFileRegistry::fromFile(path);
    QVERIFY2(after, qPrintable(after.error()));
    const std::optional<RegistryValue> want = remove ? std::nullopt : std::optional<RegistryValue>(value);
    QCOMPARE(after->value(key, name).has_value(), want.has_value());
    if (want) {
        QCOMPARE(after->value(key, name)->rawType, want->rawType);
        QCOMPARE(after->value(key, name)->bytes.toHex(), want->bytes.toHex());
        QVERIFY(*after->value(key, name) == *want);
    }
    QCOMPARE(registry->value(key, name), after->value(key, name));

    // Every other value reads as before.
    const auto contents = parseRegFile(original, file);
    QVERIFY(contents);
    for (const RegFileKey &block : contents->keys) {
        for (const QString &other : before->valueNames(block.path)) {
            if (Registry::canonicalKey(block.path).compare(Registry::canonicalKey(key), Qt::CaseInsensitive) == 0
                && other.compare(name, Qt::CaseInsensitive) == 0)
                continue;
            QVERIFY2(after->value(block.path, other) == before->value(block.path, other),
                qPrintable(block.path + u'\\' + other));
        }
    }

    // Every other byte as it was: the same encoding, and the lines around the edit identical.
    const Text was = textOf(original);
    const Text now = textOf(edited);
    QCOMPARE(now.utf16, was.utf16);
    QCOMPARE(edited.startsWith("\xef\xbb\xbf"), original.startsWith("\xef\xbb\xbf"));
    if (was.utf16) {
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QCOMPARE(QByteArray(encoder(now.lines.join(u'\n'))).toHex(), edited.toHex());
    }
    for (qsizetype i = 0; i + 1 < now.lines.size(); ++i)
        QVERIFY2(now.lines.at(i).endsWith(u'\r'), qPrintable(u"line %1 does not end with CRLF"_s.arg(i + 1)));

    qsizetype prefix = 0;
    while (prefix < was.lines.size() && prefix < now.lines.size() && was.lines.at(prefix) == now.lines.at(prefix))
        ++prefix;
    // From the first line of the value the first difference is in (its first line may be unchanged).
    while (prefix > 0 && (was.lines.value(prefix).startsWith(u"  "_s) || now.lines.value(prefix).startsWith(u"  "_s)))
        --prefix;
    qsizetype suffix = 0;
    while (suffix < was.lines.size() - prefix && suffix < now.lines.size() - prefix
        && was.lines.at(was.lines.size() - 1 - suffix) == now.lines.at(now.lines.size() - 1 - suffix))
        ++suffix;
    const QStringList removed = was.lines.mid(prefix, was.lines.size() - prefix - suffix);
    const QStringList added = now.lines.mid(prefix, now.lines.size() - prefix - suffix);
    const auto valueLines = [&](const QStringList &lines, const QString &valueName) {
        if (lines.isEmpty() || !startsValue(lines.front(), valueName))
            return false;
        return std::all_of(lines.cbegin() + 1, lines.cend(), [](const QString &l) { return l.startsWith(u"  "_s); });
    };
    switch (Edit(edit)) {
    case Edit::Replace:
        QVERIFY2(valueLines(removed, name) || (removed.size() == 1 && removed.front().endsWith(u"=-\r"_s)),
            qPrintable(removed.join(u'\n')));
        QVERIFY2(valueLines(added, name), qPrintable(added.join(u'\n')));
        break;
    case Edit::Insert:
        QVERIFY2(removed.isEmpty(), qPrintable(removed.join(u'\n')));
        QVERIFY2(valueLines(added, name), qPrintable(added.join(u'\n')));
        break;
    case Edit::NewBlock: {
        QVERIFY2(removed.isEmpty(), qPrintable(removed.join(u'\n')));
        QStringList lines = added;
        lines.removeAll(u"\r"_s);
        QVERIFY2(!lines.isEmpty() && lines.front() == u'[' + Registry::canonicalKey(key) + u"]\r"_s,
            qPrintable(added.join(u'\n')));
        QVERIFY2(valueLines(lines.mid(1), name), qPrintable(added.join(u'\n')));
        break;
    }
    case Edit::Delete:
        QCOMPARE(now.lines, withoutValue(was.lines, key, name));
        break;
    case Edit::NoChange:
        QCOMPARE(edited.toHex(), original.toHex());
        break;
    }

    if (!golden.isEmpty()) {
        const QString diff = ModelDump::compareWithGolden(dumpForGolden(edited), u"registry/edited/"_s + golden);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    if (restores) {
        const Result<void> back
            = old ? registry.value().setValue(key, name, *old) : registry.value().deleteValue(key, name);
        QVERIFY2(back, qPrintable(back.error()));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll().toHex(), original.toHex());
    }
}

void TestRegFileWrite::refusesTooLongValues()
{
    const QString path = copyFixture(u"hkcu-environment.reg"_s);
    auto registry = WritableRegFileRegistry::open(path);
    QVERIFY2(registry, qPrintable(registry.error()));
    const QByteArray original = TestData::fixture(u"registry/hkcu-environment.reg"_s);

    const Result<void> tooLong = registry.value().setValue(kEnvironment, u"Path"_s, expand(QString(32768, u'x')));
    QVERIFY(!tooLong);
    QVERIFY2(tooLong.error().contains(u"HKEY_CURRENT_USER\\Environment\\Path"_s), qPrintable(tooLong.error()));
    QVERIFY2(tooLong.error().contains(u"32768"_s), qPrintable(tooLong.error()));
    const Result<void> tooLongList = registry.value().setValue(
        kEnvironment, u"List"_s, RegistryValue::fromStringList({ QString(20000, u'a'), QString(20000, u'b') }));
    QVERIFY(!tooLongList);
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(in.readAll().toHex(), original.toHex());
    in.close();
    QCOMPARE(
        registry->value(kEnvironment, u"Path"_s)->text, u"%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;"_s);

    // The limit itself is accepted and kept whole.
    const Result<void> atLimit = registry.value().setValue(kEnvironment, u"Path"_s, expand(QString(32767, u'y')));
    QVERIFY2(atLimit, qPrintable(atLimit.error()));
    const auto reread = RegFileRegistry::fromFile(path);
    QVERIFY(reread);
    QCOMPARE(reread->value(kEnvironment, u"Path"_s)->text, QString(32767, u'y'));
}

void TestRegFileWrite::refusesBadKeys()
{
    const QString path = copyFixture(u"deletions.reg"_s);
    auto registry = WritableRegFileRegistry::open(path);
    QVERIFY(registry);
    const Result<void> set = registry.value().setValue(u"Software\\GoDual"_s, u"x"_s, sz(u"1"_s));
    QVERIFY(!set);
    QVERIFY2(set.error().contains(u"Software\\GoDual"_s), qPrintable(set.error()));
    QVERIFY(!registry.value().deleteValue(u"NOTAHIVE\\x"_s, u"x"_s));
}

void TestRegFileWrite::writesThroughTheSeams()
{
    MachineSeams seams;
    seams.registryFile = copyFixture(u"machine.reg"_s);
    auto registry = openWritableRegistry(seams);
    QVERIFY2(registry, qPrintable(registry.error()));
    QVERIFY((*registry)->setValue(kEnvironment, u"GOPATH"_s, sz(u"D:\\work\\go"_s)));
    QVERIFY((*registry)->notifyEnvironmentChanged());
    const auto reread = openRegistry(seams);
    QVERIFY(reread);
    QCOMPARE((*reread)->value(kEnvironment, u"GOPATH"_s)->text, u"D:\\work\\go"_s);

    seams.registryFile = QFileInfo(seams.registryFile).dir().filePath(u"missing.reg"_s);
    const auto missing = openWritableRegistry(seams);
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(u"missing.reg"_s), qPrintable(missing.error()));
}

void TestRegFileWrite::failsNamingTheFile()
{
    // The file was replaced by something that is not a registry export since it was opened.
    const QString path = copyFixture(u"deletions.reg"_s);
    auto registry = WritableRegFileRegistry::open(path);
    QVERIFY(registry);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write("not a registry file\r\n");
    out.close();
    const Result<void> set = registry.value().setValue(kEnvironment, u"x"_s, sz(u"1"_s));
    QVERIFY(!set);
    QVERIFY2(set.error().contains(path), qPrintable(set.error()));
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(in.readAll(), QByteArray("not a registry file\r\n"));
}

void TestRegFileWrite::stringTypeForNewValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<RegistryValue>>("existing");
    QTest::addColumn<int>("type");
    QTest::newRow("new, plain") << u"C:\\Go\\bin"_s << std::optional<RegistryValue>() << int(RegistryValue::Sz);
    QTest::newRow("new, with %") << u"%USERPROFILE%\\go"_s << std::optional<RegistryValue>()
                                 << int(RegistryValue::ExpandSz);
    QTest::newRow("existing REG_SZ keeps its type though it holds %")
        << u"100%"_s << std::optional<RegistryValue>(sz(u"x"_s)) << int(RegistryValue::Sz);
    QTest::newRow("existing REG_EXPAND_SZ keeps its type without %")
        << u"C:\\Go"_s << std::optional<RegistryValue>(expand(u"%X%"_s)) << int(RegistryValue::ExpandSz);
    QTest::newRow("existing REG_DWORD: as a new value")
        << u"%X%"_s << std::optional<RegistryValue>(RegistryValue::fromDword(1)) << int(RegistryValue::ExpandSz);
}

void TestRegFileWrite::stringTypeForNewValues()
{
    QFETCH(QString, text);
    QFETCH(std::optional<RegistryValue>, existing);
    QFETCH(int, type);
    QCOMPARE(int(RegistryValue::stringTypeFor(text, existing)), type);
}

void TestRegFileWrite::win32Failures()
{
    const QString denied = WritableRegistry::win32Failure(5, u"HKEY_LOCAL_MACHINE\\SYSTEM\\X"_s, u"Path"_s).message;
    QVERIFY2(denied.contains(u"HKEY_LOCAL_MACHINE\\SYSTEM\\X\\Path"_s), qPrintable(denied));
    QVERIFY2(denied.contains(u"administrator"_s), qPrintable(denied));
    QVERIFY2(denied.contains(u"5"_s), qPrintable(denied));
    const QString other = WritableRegistry::win32Failure(1009, kEnvironment, QString()).message;
    QVERIFY2(other.contains(u"HKEY_CURRENT_USER\\Environment\\(Default)"_s), qPrintable(other));
    QVERIFY2(other.contains(u"1009"_s), qPrintable(other));
    QVERIFY2(!other.contains(u"administrator"_s), qPrintable(other));
}

GODUAL_GOLDEN_TEST_MAIN(TestRegFileWrite)
#include "tst_regfilewrite.moc"
