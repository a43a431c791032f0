#include "platform/regfileparser.h"
#include "platform/regfileregistry.h"
#include "platform/windowsenvironment.h"

#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

namespace {

const QString kSystem = u"HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment"_s;
const QString kUser = u"HKEY_CURRENT_USER\\Environment"_s;

RegFileRegistry registryFrom(const char *name)
{
    const auto registry = RegFileRegistry::fromFile(
        QStringLiteral(GODUAL_SOURCE_DIR "/tests/data/registry/") + QLatin1StringView(name));
    if (!registry.ok())
        qFatal("%s", qPrintable(registry.error()));
    return *registry;
}

// A registry built in the test, for cases a fixture would only obscure.
class MapRegistry : public Registry {
public:
    void set(const QString &key, const QString &name, RegistryValue::Type type, const QString &text)
    {
        RegistryValue value;
        value.type = type;
        value.rawType = type == RegistryValue::ExpandSz ? 2 : 1;
        value.text = text;
        m_values.append({ key, name, value });
    }
    std::optional<RegistryValue> value(const QString &key, const QString &name) const override
    {
        for (const auto &entry : m_values) {
            if (entry.key.compare(key, Qt::CaseInsensitive) == 0 && entry.name.compare(name, Qt::CaseInsensitive) == 0)
                return entry.value;
        }
        return std::nullopt;
    }
    QStringList valueNames(const QString &key) const override
    {
        QStringList names;
        for (const auto &entry : m_values) {
            if (entry.key.compare(key, Qt::CaseInsensitive) == 0)
                names.append(entry.name);
        }
        return names;
    }
    QStringList subkeys(const QString &) const override { return {}; }

private:
    struct Entry {
        QString key;
        QString name;
        RegistryValue value;
    };
    QList<Entry> m_values;
};

QString dump(const QList<WindowsPathEntry> &entries)
{
    QStringList parts;
    for (const WindowsPathEntry &entry : entries)
        parts.append(entry.text);
    return parts.join(u'|');
}

} // namespace

class TestWindowsEnvironment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void variables_data();
    void variables();
    void pathEntriesKeepTheirOrigin();
    void pathValueJoinsSystemAndUser();
    void userPathWithoutSystemPath();
    void expandSzSeesPlainValuesOfTheSameKey();
    void factsExportAlone();
    void expand_data();
    void expand();
    void splitPath_data();
    void splitPath();
    void hugePath();
    void chainedReferences();
};

void TestWindowsEnvironment::variables_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<int>("type");

    const QString nt = u"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"_s;
    QTest::newRow("predefined SystemRoot")
        << u"SystemRoot"_s << u"C:\\WINDOWS"_s << nt + u"\\SystemRoot"_s << int(RegistryValue::Sz);
    QTest::newRow("SystemDrive from SystemRoot")
        << u"SystemDrive"_s << u"C:"_s << nt + u"\\SystemRoot"_s << int(RegistryValue::Sz);
    QTest::newRow("predefined ProgramData expands")
        << u"ProgramData"_s << u"C:\\ProgramData"_s << nt + u"\\ProfileList\\ProgramData"_s
        << int(RegistryValue::ExpandSz);
    QTest::newRow("ProgramFiles(x86)") << u"ProgramFiles(x86)"_s << u"C:\\Program Files (x86)"_s
                                       << u"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\"
                                          "ProgramFilesDir (x86)"_s
                                       << int(RegistryValue::Sz);
    QTest::newRow("system REG_EXPAND_SZ") << u"ComSpec"_s << u"C:\\WINDOWS\\system32\\cmd.exe"_s
                                          << kSystem + u"\\ComSpec"_s << int(RegistryValue::ExpandSz);
    QTest::newRow("system REG_SZ stays literal")
        << u"Literal"_s << u"%SystemRoot%\\not-expanded"_s << kSystem + u"\\Literal"_s << int(RegistryValue::Sz);
    QTest::newRow("volatile USERPROFILE")
        << u"USERPROFILE"_s << u"C:\\Users\\dev"_s << u"HKEY_CURRENT_USER\\Volatile Environment\\USERPROFILE"_s
        << int(RegistryValue::Sz);
    QTest::newRow("user value replaces system value")
        << u"GOROOT"_s << u"C:\\Users\\dev\\sdk\\go1.22.6"_s << kUser + u"\\GOROOT"_s << int(RegistryValue::Sz);
    QTest::newRow("user REG_SZ with %VAR% stays literal")
        << u"GOPATH"_s << u"%USERPROFILE%\\go"_s << kUser + u"\\GOPATH"_s << int(RegistryValue::Sz);
    QTest::newRow("user TEMP replaces system TEMP") << u"TEMP"_s << u"C:\\Users\\dev\\AppData\\Local\\Temp"_s
                                                    << kUser + u"\\TEMP"_s << int(RegistryValue::ExpandSz);
    QTest::newRow("user expands volatile") << u"OneDrive"_s << u"C:\\Users\\dev\\AppData\\Local\\..\\OneDrive"_s
                                           << kUser + u"\\OneDrive"_s << int(RegistryValue::ExpandSz);
    QTest::newRow("lookup ignores case") << u"userprofile"_s << u"C:\\Users\\dev"_s
                                         << u"HKEY_CURRENT_USER\\Volatile Environment\\USERPROFILE"_s
                                         << int(RegistryValue::Sz);
}

void TestWindowsEnvironment::variables()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, origin);
    QFETCH(int, type);
    const RegFileRegistry registry = registryFrom("machine.reg");
    const WindowsEnvironment environment = WindowsEnvironment::fromRegistry(registry);
    const auto variable = environment.variable(name);
    QVERIFY2(variable, qPrintable(name));
    QCOMPARE(variable->value, value);
    QCOMPARE(variable->origin.toString(), origin);
    QCOMPARE(variable->origin.kind(), Origin::Kind::Registry);
    QCOMPARE(int(variable->type), type);
    QCOMPARE(environment.value(name), value);
}

void TestWindowsEnvironment::pathEntriesKeepTheirOrigin()
{
    const WindowsEnvironment environment = WindowsEnvironment::fromRegistry(registryFrom("machine.reg"));
    const QList<WindowsPathEntry> &path = environment.path();
    QCOMPARE(dump(path),
        u"C:\\WINDOWS\\system32|C:\\WINDOWS|C:\\WINDOWS\\System32\\Wbem|C:\\Program Files\\Go\\bin|"
        "C:\\Program Files\\Git\\cmd|C:\\Users\\dev\\AppData\\Local\\Microsoft\\WindowsApps|C:\\Users\\dev\\go\\bin|"
        "D:\\tools\\bin|%UNDEFINED_VAR%\\bin"_s);
    QCOMPARE(path.at(0).raw, u"%SystemRoot%\\system32"_s);
    QCOMPARE(path.at(0).origin.toString(), kSystem + u"\\Path"_s);
    QCOMPARE(path.at(0).type, RegistryValue::ExpandSz);
    QCOMPARE(path.at(3).raw, u"C:\\Program Files\\Go\\bin"_s);
    QCOMPARE(path.at(4).raw, u"%ProgramFiles%\\Git\\cmd"_s);
    QCOMPARE(path.at(6).raw, u"%USERPROFILE%\\go\\bin"_s);
    QCOMPARE(path.at(6).origin.toString(), kUser + u"\\Path"_s);
    QCOMPARE(path.at(7).raw, u"%GOBIN%"_s);
    // Session subkeys of Volatile Environment are not variables.
    QVERIFY(!environment.variable(u"SESSIONNAME"_s));
    QVERIFY(!environment.variable(QString()));
}

void TestWindowsEnvironment::pathValueJoinsSystemAndUser()
{
    const WindowsEnvironment environment = WindowsEnvironment::fromRegistry(registryFrom("machine.reg"));
    const auto path = environment.variable(u"PATH"_s);
    QVERIFY(path);
    QCOMPARE(path->name, u"Path"_s);
    QVERIFY(path->value.startsWith(u"C:\\WINDOWS\\system32;C:\\WINDOWS;"_s));
    QVERIFY(path->value.endsWith(u"C:\\Program Files\\Git\\cmd;C:\\Users\\dev\\AppData\\Local\\Microsoft\\WindowsApps;"
                                 "C:\\Users\\dev\\go\\bin;D:\\tools\\bin;%UNDEFINED_VAR%\\bin"_s));
    QVERIFY(path->raw.startsWith(u"%SystemRoot%\\system32;"_s));
    QCOMPARE(path->origin.toString(), kUser + u"\\Path"_s);
}

void TestWindowsEnvironment::userPathWithoutSystemPath()
{
    MapRegistry registry;
    registry.set(kUser, u"Path"_s, RegistryValue::Sz, u"C:\\a;C:\\b"_s);
    const WindowsEnvironment environment = WindowsEnvironment::fromRegistry(registry);
    QCOMPARE(environment.value(u"Path"_s), u"C:\\a;C:\\b"_s);
    QCOMPARE(dump(environment.path()), u"C:\\a|C:\\b"_s);
    QCOMPARE(environment.path().at(1).origin.toString(), kUser + u"\\Path"_s);
}

void TestWindowsEnvironment::expandSzSeesPlainValuesOfTheSameKey()
{
    // REG_SZ values are set before REG_EXPAND_SZ ones, whatever their order in the key.
    MapRegistry registry;
    registry.set(kUser, u"A"_s, RegistryValue::ExpandSz, u"%B%\\x"_s);
    registry.set(kUser, u"B"_s, RegistryValue::Sz, u"C:\\b"_s);
    registry.set(kUser, u"C"_s, RegistryValue::ExpandSz, u"%A%\\y"_s);
    const WindowsEnvironment environment = WindowsEnvironment::fromRegistry(registry);
    QCOMPARE(environment.value(u"A"_s), u"C:\\b\\x"_s);
    QCOMPARE(environment.value(u"C"_s), u"C:\\b\\x\\y"_s);
    QCOMPARE(environment.variables().size(), 3);
}

void TestWindowsEnvironment::factsExportAlone()
{
    // Without Volatile Environment nothing defines USERPROFILE: the reference stays literal.
    const WindowsEnvironment environment = WindowsEnvironment::fromRegistry(registryFrom("hkcu-environment.reg"));
    QCOMPARE(dump(environment.path()), u"%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps"_s);
    QCOMPARE(environment.value(u"sd_posix"_s), u"C:\\_usr\\pos"_s);
    QCOMPARE(environment.variable(u"TMP"_s)->type, RegistryValue::ExpandSz);
}

void TestWindowsEnvironment::expand_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one variable") << u"%HOME%\\go"_s << u"C:\\Users\\dev\\go"_s;
    QTest::newRow("case-insensitive name") << u"%home%"_s << u"C:\\Users\\dev"_s;
    QTest::newRow("two in a row") << u"%A%%B%"_s << u"ab"_s;
    QTest::newRow("unknown stays literal") << u"%NOPE%\\bin"_s << u"%NOPE%\\bin"_s;
    QTest::newRow("unknown then known") << u"%NOPE%A%"_s << u"%NOPEa"_s;
    QTest::newRow("lone percent") << u"100%"_s << u"100%"_s;
    QTest::newRow("double percent") << u"%%"_s << u"%%"_s;
    QTest::newRow("no recursion") << u"%LOOP%"_s << u"%LOOP%"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestWindowsEnvironment::expand()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    WindowsEnvironment environment;
    environment.set({ u"HOME"_s, u"C:\\Users\\dev"_s, {}, RegistryValue::Sz, {} });
    environment.set({ u"A"_s, u"a"_s, {}, RegistryValue::Sz, {} });
    environment.set({ u"B"_s, u"b"_s, {}, RegistryValue::Sz, {} });
    environment.set({ u"LOOP"_s, u"%LOOP%"_s, {}, RegistryValue::Sz, {} });
    QCOMPARE(environment.expand(text), expected);
}

void TestWindowsEnvironment::splitPath_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("raws");

    QTest::newRow("plain") << u"C:\\a;D:\\b"_s << int(RegistryValue::Sz) << u"C:\\a|D:\\b"_s << u"C:\\a|D:\\b"_s;
    QTest::newRow("empty entries dropped")
        << u";C:\\a;;D:\\b;"_s << int(RegistryValue::Sz) << u"C:\\a|D:\\b"_s << u"C:\\a|D:\\b"_s;
    QTest::newRow("nothing") << QString() << int(RegistryValue::Sz) << QString() << QString();
    QTest::newRow("REG_SZ is not expanded")
        << u"%X%\\bin"_s << int(RegistryValue::Sz) << u"%X%\\bin"_s << u"%X%\\bin"_s;
    QTest::newRow("REG_EXPAND_SZ is expanded")
        << u"%X%\\bin"_s << int(RegistryValue::ExpandSz) << u"C:\\x\\bin"_s << u"%X%\\bin"_s;
    QTest::newRow("expansion holding a list")
        << u"%LIST%;E:\\e"_s << int(RegistryValue::ExpandSz) << u"C:\\1|C:\\2|E:\\e"_s << u"%LIST%|%LIST%|E:\\e"_s;
    QTest::newRow("spaces are part of an entry")
        << u" C:\\a ;D:\\b"_s << int(RegistryValue::Sz) << u" C:\\a |D:\\b"_s << u" C:\\a |D:\\b"_s;
}

void TestWindowsEnvironment::splitPath()
{
    QFETCH(QString, value);
    QFETCH(int, type);
    QFETCH(QString, expected);
    QFETCH(QString, raws);
    WindowsEnvironment environment;
    environment.set({ u"X"_s, u"C:\\x"_s, {}, RegistryValue::Sz, {} });
    environment.set({ u"LIST"_s, u"C:\\1;C:\\2"_s, {}, RegistryValue::Sz, {} });
    const QList<WindowsPathEntry> entries = splitWindowsPath(value,
        Origin::registry(u"HKEY_CURRENT_USER\\Environment"_s, u"Path"_s), RegistryValue::Type(type), &environment);
    QCOMPARE(dump(entries), expected);
    QStringList rawParts;
    for (const WindowsPathEntry &entry : entries) {
        rawParts.append(entry.raw);
        QCOMPARE(entry.origin, Origin::registry(u"HKEY_CURRENT_USER\\Environment"_s, u"Path"_s));
        QCOMPARE(int(entry.type), type);
    }
    QCOMPARE(rawParts.join(u'|'), raws);
}

void TestWindowsEnvironment::hugePath()
{
    MapRegistry registry;
    QStringList entries;
    for (int i = 0; i < 200000; ++i)
        entries.append(u"C:\\tools\\%USERNAME%\\bin"_s + QString::number(i));
    registry.set(kSystem, u"Path"_s, RegistryValue::ExpandSz, entries.join(u';'));
    registry.set(kUser, u"USERNAME"_s, RegistryValue::Sz, u"dev"_s);
    registry.set(kUser, u"Path"_s, RegistryValue::ExpandSz, QString(1024 * 1024, u'%'));
    const WindowsEnvironment environment = WindowsEnvironment::fromRegistry(registry);
    QCOMPARE(environment.path().size(), 200001);
    // The system Path is expanded before the user key defines USERNAME.
    QCOMPARE(environment.path().front().text, u"C:\\tools\\%USERNAME%\\bin0"_s);
}

// A .reg value of type REG_EXPAND_SZ: UTF-16LE bytes with the terminator, as `reg export` writes.
static QByteArray expandSzLine(const QString &name, const QString &text)
{
    QByteArray hex;
    const QString terminated = text + QChar(0);
    for (const QChar c : terminated) {
        const ushort u = c.unicode();
        hex += QByteArray::number(u & 0xff, 16).rightJustified(2, '0') + ','
            + QByteArray::number(u >> 8, 16).rightJustified(2, '0') + ',';
    }
    hex.chop(1);
    return '"' + name.toUtf8() + "\"=hex(2):" + hex + "\r\n";
}

// Tens of thousands of chained references (a registry that once kept `diagnose` busy for more
// than 30 s): the result is Windows' one-level expansion in value order, and a chain that
// doubles its text stops at the 32,767 characters a variable can hold.
void TestWindowsEnvironment::chainedReferences()
{
    constexpr int kChain = 30000;
    QByteArray reg = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Environment]\r\n";
    auto name = [](char prefix, int i) { return QLatin1Char(prefix) + QString::number(i).rightJustified(5, u'0'); };
    // F: each refers to the one before it, which is already expanded when its turn comes.
    reg += "\"F00000\"=\"x\"\r\n";
    for (int i = 1; i < kChain; ++i)
        reg += expandSzLine(name('F', i), u'%' + name('F', i - 1) + u'%');
    // B: each refers to the one after it, not yet set when its turn comes, so it stays literal;
    // only the last expandable one sees the plain value at the end.
    for (int i = 0; i < kChain; ++i)
        reg += expandSzLine(name('B', i), u'%' + name('B', i + 1) + u'%');
    reg += "\"" + name('B', kChain).toUtf8() + "\"=\"end\"\r\n";
    // D: each doubles the one before it.
    reg += "\"D00000\"=\"ab\"\r\n";
    for (int i = 1; i <= 40; ++i)
        reg += expandSzLine(name('D', i), u'%' + name('D', i - 1) + u'%' + u'%' + name('D', i - 1) + u'%');

    const auto contents = parseRegFile(reg, u"chain.reg"_s);
    QVERIFY2(contents.ok(), qPrintable(contents.error()));
    const RegFileRegistry registry(*contents);
    const WindowsEnvironment environment = WindowsEnvironment::fromRegistry(registry);

    QCOMPARE(environment.value(name('F', kChain - 1)), u"x"_s);
    QCOMPARE(environment.value(name('F', 1)), u"x"_s);
    QCOMPARE(environment.value(name('B', 0)), u'%' + name('B', 1) + u'%');
    QCOMPARE(environment.value(name('B', kChain - 2)), u'%' + name('B', kChain - 1) + u'%');
    QCOMPARE(environment.value(name('B', kChain - 1)), u"end"_s);
    QCOMPARE(environment.value(name('D', 13)).size(), 2 << 13); // 16,384: still within the limit
    const QString d13 = u'%' + name('D', 13) + u'%';
    QCOMPARE(environment.value(name('D', 14)), d13 + d13); // 32,768 would not fit: kept as written
    QCOMPARE(environment.value(name('D', 15)), d13 + d13 + d13 + d13); // one level: not re-expanded
    for (int i = 0; i <= 40; ++i)
        QVERIFY(environment.value(name('D', i)).size() <= 32767);
}

QTEST_GUILESS_MAIN(TestWindowsEnvironment)
#include "tst_windowsenvironment.moc"
