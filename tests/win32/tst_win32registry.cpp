// The Win32 registry reader (app/platform/win32) against a real implementation of the Win32
// registry API: Wine's. Each fixture is imported with Wine's own `reg import`, then every key,
// value and subkey the fixture leaves behind is read back through the reader (cross-compiled with
// mingw-w64 into a small driver) and compared with what GoDual's .reg file registry says about the
// same file: the same types, the same bytes, the same names, and the same RegistryValue once
// decoded. Deleted keys and values must be absent.
#include "platform/regfileparser.h"
#include "platform/regfileregistry.h"
#include "registryvalue.h"
#include "requirement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace GoDual;

namespace {

const QString kDriver = QStringLiteral(GODUAL_REGQUERY);
const QString kWine = QStringLiteral(GODUAL_WINE);

QByteArray hexName(const QString &name)
{
    if (name.isEmpty())
        return "-";
    QByteArray utf16(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    if constexpr (Q_BYTE_ORDER == Q_BIG_ENDIAN) {
        for (qsizetype i = 0; i + 1 < utf16.size(); i += 2)
            std::swap(utf16[i], utf16[i + 1]);
    }
    return utf16.toHex();
}

QString nameFromHex(const QByteArray &hex)
{
    if (hex == "-")
        return {};
    const QByteArray bytes = QByteArray::fromHex(hex);
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData()), bytes.size() / 2);
}

// "HKEY_CURRENT_USER\Software\X" -> ("HKCU", "Software\X")
std::pair<QByteArray, QString> split(const QString &canonicalKey)
{
    static const QHash<QString, QByteArray> kShort {
        { QStringLiteral("HKEY_LOCAL_MACHINE"), "HKLM" },
        { QStringLiteral("HKEY_CURRENT_USER"), "HKCU" },
        { QStringLiteral("HKEY_CLASSES_ROOT"), "HKCR" },
        { QStringLiteral("HKEY_USERS"), "HKU" },
        { QStringLiteral("HKEY_CURRENT_CONFIG"), "HKCC" },
    };
    const qsizetype slash = canonicalKey.indexOf(u'\\');
    const QString hive = slash < 0 ? canonicalKey : canonicalKey.left(slash);
    return { kShort.value(hive), slash < 0 ? QString() : canonicalKey.mid(slash + 1) };
}

// The .reg text as Windows' reg import reads it: UTF-16LE with a BOM.
QByteArray asUtf16(const QByteArray &bytes)
{
    if (bytes.startsWith("\xff\xfe"))
        return bytes;
    QByteArray utf8 = bytes;
    if (utf8.startsWith("\xef\xbb\xbf"))
        utf8.remove(0, 3);
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return encoder(QString::fromUtf8(utf8));
}

// A fixture too big to keep as a file: long values (a 6,000-character Path, past any fixed buffer),
// hundreds of values and subkeys, and names outside ASCII.
QByteArray generatedFixture()
{
    QString text = QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n");
    text += QStringLiteral("[HKEY_CURRENT_USER\\Software\\GoDualTest\\Large]\r\n");
    QString path;
    for (int i = 0; path.size() < 6000; ++i)
        path += QStringLiteral("C:\\Users\\开发者\\sdk\\go1.%1.0\\bin;").arg(i);
    text += QStringLiteral("\"Path\"=\"%1\"\r\n").arg(QString(path).replace(u'\\', QStringLiteral("\\\\")));
    for (int i = 0; i < 300; ++i)
        text += QStringLiteral("\"值%1\"=dword:%2\r\n").arg(i).arg(i, 8, 16, QChar(u'0'));
    for (int i = 0; i < 150; ++i)
        text += QStringLiteral("\r\n[HKEY_CURRENT_USER\\Software\\GoDualTest\\Large\\子键-%1]\r\n\"n\"=\"%1\"\r\n")
                    .arg(i);
    return asUtf16(text.toUtf8());
}

} // namespace

class TestWin32Registry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readsWhatRegImportWrote_data();
    void readsWhatRegImportWrote();
    void absentKeysAndValues();
    void writesKeepTypeAndBytes_data();
    void writesKeepTypeAndBytes();
    void refusesValuesPastTheLimit();
    void deletesValues();
    void broadcastsEnvironmentChange();

private:
    // What Wine's own `reg export` says the key holds, read with GoDual's .reg parser.
    std::optional<RegFileRegistry> exported(const QString &key);
    QProcessEnvironment wineEnvironment() const;
    bool runWine(const QStringList &args, const QByteArray &input, QByteArray *output);
    // Runs driver commands; one reply line per command.
    QList<QByteArray> query(const QList<QByteArray> &commands);

    QTemporaryDir m_dir;
};

QProcessEnvironment TestWin32Registry::wineEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WINEPREFIX"), m_dir.filePath(QStringLiteral("prefix")));
    env.insert(QStringLiteral("WINEDEBUG"), QStringLiteral("-all"));
    // No Mono or Gecko download prompts while the prefix is made.
    env.insert(QStringLiteral("WINEDLLOVERRIDES"), QStringLiteral("mscoree,mshtml="));
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

bool TestWin32Registry::runWine(const QStringList &args, const QByteArray &input, QByteArray *output)
{
    QProcess wine;
    wine.setProcessEnvironment(wineEnvironment());
    wine.setProcessChannelMode(QProcess::SeparateChannels);
    wine.start(kWine, args);
    if (!wine.waitForStarted(30'000))
        return false;
    wine.write(input);
    wine.closeWriteChannel();
    if (!wine.waitForFinished(240'000)) {
        wine.kill();
        wine.waitForFinished();
        qWarning() << "wine" << args << "did not finish";
        return false;
    }
    if (output)
        *output = wine.readAllStandardOutput();
    if (wine.exitStatus() != QProcess::NormalExit || wine.exitCode() != 0) {
        qWarning() << "wine" << args << "failed:" << wine.exitCode() << wine.readAllStandardError();
        return false;
    }
    return true;
}

QList<QByteArray> TestWin32Registry::query(const QList<QByteArray> &commands)
{
    QByteArray output;
    if (!runWine({ kDriver }, commands.join('\n') + '\n', &output))
        return {};
    QList<QByteArray> lines = output.split('\n');
    for (QByteArray &line : lines)
        line = line.trimmed();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

void TestWin32Registry::initTestCase()
{
    GODUAL_REQUIRE_OR_SKIP(!kDriver.isEmpty() && !kWine.isEmpty(),
        "needs mingw-w64 (x86_64-w64-mingw32-g++) and Wine; the build root of tools/dev has both");
    QVERIFY(m_dir.isValid());
    // The first Wine start creates the prefix, with its own registry.
    QVERIFY2(
        runWine({ QStringLiteral("wineboot"), QStringLiteral("-i") }, {}, nullptr), "could not create a Wine prefix");
}

void TestWin32Registry::cleanupTestCase()
{
    if (kWine.isEmpty())
        return;
    // The wine server outlives its last client for a while; stop it before its prefix goes.
    const QString server = QFileInfo(kWine).dir().filePath(QStringLiteral("wineserver"));
    if (QFileInfo(server).isExecutable()) {
        QProcess kill;
        kill.setProcessEnvironment(wineEnvironment());
        kill.start(server, { QStringLiteral("-k") });
        kill.waitForFinished(10'000);
    }
}

void TestWin32Registry::readsWhatRegImportWrote_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QDir data(QStringLiteral(GODUAL_TEST_DATA "/registry"));
    for (const char *name :
        { "lxss-utf16.reg", "lxss-utf8.reg", "hkcu-environment.reg", "machine.reg", "deletions.reg" }) {
        QFile file(data.filePath(QString::fromLatin1(name)));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QTest::newRow(name) << file.readAll();
    }
    QTest::newRow("generated: long values, many names, CJK") << generatedFixture();
}

void TestWin32Registry::readsWhatRegImportWrote()
{
    QFETCH(QByteArray, bytes);
    const auto contents = parseRegFile(bytes, QStringLiteral("fixture.reg"));
    QVERIFY2(contents, qPrintable(contents ? QString() : contents.error()));
    const RegFileRegistry expected(*contents);

    const QString file = m_dir.filePath(QStringLiteral("import.reg"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(asUtf16(bytes));
    out.close();
    QVERIFY2(runWine({ QStringLiteral("reg"), QStringLiteral("import"), file }, {}, nullptr), "reg import failed");

    // Which keys the file leaves in place, in order of first appearance; deletions remove a key
    // with its subkeys, a later block brings one back.
    QStringList present;
    QStringList deleted;
    for (const RegFileKey &block : contents->keys) {
        const QString key = Registry::canonicalKey(block.path);
        const QString prefix = key.toCaseFolded() + u'\\';
        auto gone = [&](const QString &k) {
            return k.compare(key, Qt::CaseInsensitive) == 0 || k.toCaseFolded().startsWith(prefix);
        };
        if (block.deleted) {
            present.removeIf(gone);
            deleted.append(key);
        } else if (!present.contains(key, Qt::CaseInsensitive)) {
            present.append(key);
            deleted.removeIf(gone);
        }
    }

    QList<QByteArray> commands;
    for (const QString &key : std::as_const(present)) {
        const auto [hive, subkey] = split(key);
        commands.append("N " + hive + ' ' + hexName(subkey));
        commands.append("K " + hive + ' ' + hexName(subkey));
        for (const QString &name : expected.valueNames(key))
            commands.append("V " + hive + ' ' + hexName(subkey) + ' ' + hexName(name));
    }
    for (const QString &key : std::as_const(deleted)) {
        const auto [hive, subkey] = split(key);
        commands.append("K " + hive + ' ' + hexName(subkey));
    }
    const QList<QByteArray> replies = query(commands);
    QCOMPARE(replies.size(), commands.size());

    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QList<QByteArray> command = commands.at(i).split(' ');
        const QList<QByteArray> reply = replies.at(i).split(' ');
        const QString key
            = Registry::canonicalKey(QString::fromLatin1(command.at(1)) + u'\\' + nameFromHex(command.at(2)));
        const QByteArray where = (key + (command.size() > 3 ? u'@' + nameFromHex(command.at(3)) : QString())).toUtf8();
        QVERIFY2(
            reply.size() >= 2 && reply.at(0) == command.at(0), QByteArray(where + ": " + replies.at(i)).constData());
        if (deleted.contains(key) && command.at(0) == "K") {
            QVERIFY2(reply.at(1) == "2", QByteArray(where + " should be deleted: " + replies.at(i)).constData());
            continue;
        }
        QVERIFY2(reply.at(1) == "0", QByteArray(where + ": error " + reply.at(1)).constData());
        if (command.at(0) == "V") {
            QCOMPARE(reply.size(), 4);
            const auto want = expected.value(key, nameFromHex(command.at(3)));
            QVERIFY(want);
            const RegistryValue got = RegistryValue::fromRaw(
                reply.at(2).toInt(), reply.at(3) == "-" ? QByteArray() : QByteArray::fromHex(reply.at(3)));
            QVERIFY2(got.rawType == want->rawType, QByteArray(where).constData());
            QVERIFY2(got.bytes == want->bytes,
                QByteArray(where + ": " + got.bytes.toHex() + " != " + want->bytes.toHex()).constData());
            QVERIFY2(got == *want, QByteArray(where).constData());
        } else {
            // Wine's own defaults may add names to keys such as HKCU\Environment; what the file
            // holds must be there, and a key only the file made must hold nothing else.
            QStringList got;
            for (qsizetype n = 2; n < reply.size(); ++n)
                got.append(nameFromHex(reply.at(n)));
            const QStringList want = command.at(0) == "N" ? expected.valueNames(key) : expected.subkeys(key);
            for (const QString &name : want)
                QVERIFY2(got.contains(name, Qt::CaseInsensitive),
                    QByteArray(where + ": missing " + name.toUtf8()).constData());
            if (key.contains(QLatin1StringView("\\GoDualTest"), Qt::CaseInsensitive)) {
                QCOMPARE(QSet<QString>(got.cbegin(), got.cend()), QSet<QString>(want.cbegin(), want.cend()));
            }
        }
    }
}

void TestWin32Registry::absentKeysAndValues()
{
    const QByteArray key = hexName(QStringLiteral("Software\\GoDualTest\\NoSuchKey"));
    const QByteArray environment = hexName(QStringLiteral("Environment"));
    const QList<QByteArray> replies = query({ "V HKCU " + key + ' ' + hexName(QStringLiteral("x")), "N HKCU " + key,
        "K HKCU " + key, "V HKCU " + environment + ' ' + hexName(QStringLiteral("NoSuchValue")) });
    QCOMPARE(replies, (QList<QByteArray> { "V 2 0 -", "N 2", "K 2", "V 2 0 -" }));
}

namespace {

QByteArray utf16z(const QString &text)
{
    QByteArray bytes(reinterpret_cast<const char *>(text.utf16()), (text.size() + 1) * 2);
    if constexpr (Q_BYTE_ORDER == Q_BIG_ENDIAN) {
        for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
            std::swap(bytes[i], bytes[i + 1]);
    }
    return bytes;
}

QByteArray writeCommand(const QString &subkey, const QString &name, int type, const QByteArray &bytes)
{
    return "W HKCU " + hexName(subkey) + ' ' + hexName(name) + ' ' + QByteArray::number(type) + ' '
        + (bytes.isEmpty() ? QByteArray("-") : bytes.toHex());
}

const QString kWriteKey = QStringLiteral("Software\\GoDualTest\\Write");

} // namespace

std::optional<RegFileRegistry> TestWin32Registry::exported(const QString &key)
{
    const QString file = m_dir.filePath(QStringLiteral("export.reg"));
    QFile::remove(file);
    if (!runWine(
            { QStringLiteral("reg"), QStringLiteral("export"), key, QStringLiteral("Z:") + file, QStringLiteral("/y") },
            {}, nullptr))
        return std::nullopt;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto contents = parseRegFile(f.readAll(), file);
    if (!contents)
        return std::nullopt;
    return RegFileRegistry(*contents);
}

void TestWin32Registry::writesKeepTypeAndBytes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("Path as REG_EXPAND_SZ")
        << QStringLiteral("Path") << 2 << utf16z(QStringLiteral("%USERPROFILE%\\sdk\\go1.22.6\\bin;C:\\Tools"));
    QTest::newRow("REG_SZ with % stays REG_SZ") << QStringLiteral("Literal") << 1 << utf16z(QStringLiteral("100%done"));
    QTest::newRow("CJK name and value") << QStringLiteral("路径") << 2
                                        << utf16z(QStringLiteral("C:\\用户\\开发者\\go"));
    QTest::newRow("empty string") << QStringLiteral("Empty") << 1 << utf16z(QString());
    QTest::newRow("REG_MULTI_SZ") << QStringLiteral("List") << 7
                                  << utf16z(QStringLiteral("a")) + utf16z(QStringLiteral("b c")) + QByteArray(2, '\0');
    QTest::newRow("REG_DWORD") << QStringLiteral("Flags") << 4 << QByteArray("\x0d\0\0\0", 4);
    QTest::newRow("32,767 characters, the limit") << QStringLiteral("Long") << 2 << utf16z(QString(32767, u'x'));
}

void TestWin32Registry::writesKeepTypeAndBytes()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(QByteArray, bytes);
    QCOMPARE(query({ writeCommand(kWriteKey, name, type, bytes) }), QList<QByteArray> { "W 0" });
    // Wine's reg tool, not GoDual's reader, says what landed.
    const auto registry = exported(QStringLiteral("HKCU\\") + kWriteKey);
    QVERIFY(registry);
    const auto value = registry->value(QStringLiteral("HKEY_CURRENT_USER\\") + kWriteKey, name);
    QVERIFY2(value, qPrintable(name));
    QCOMPARE(value->rawType, type);
    QCOMPARE(value->bytes.toHex(), bytes.toHex());
}

void TestWin32Registry::refusesValuesPastTheLimit()
{
    const QByteArray before = utf16z(QStringLiteral("C:\\Go\\bin"));
    QCOMPARE(query({ writeCommand(kWriteKey, QStringLiteral("Capped"), 2, before) }), QList<QByteArray> { "W 0" });
    // One character more than an environment value can hold: refused, the old value untouched,
    // never cut to fit.
    QCOMPARE(query({ writeCommand(kWriteKey, QStringLiteral("Capped"), 2, utf16z(QString(32768, u'y'))) }),
        QList<QByteArray> { "W 13" });
    QCOMPARE(query({ writeCommand(kWriteKey, QStringLiteral("NewCapped"), 1, utf16z(QString(40000, u'z'))) }),
        QList<QByteArray> { "W 13" });
    const auto registry = exported(QStringLiteral("HKCU\\") + kWriteKey);
    QVERIFY(registry);
    const QString key = QStringLiteral("HKEY_CURRENT_USER\\") + kWriteKey;
    QVERIFY(registry->value(key, QStringLiteral("Capped")));
    QCOMPARE(registry->value(key, QStringLiteral("Capped"))->bytes.toHex(), before.toHex());
    QVERIFY(!registry->value(key, QStringLiteral("NewCapped")));
}

void TestWin32Registry::deletesValues()
{
    QCOMPARE(query({ writeCommand(kWriteKey, QStringLiteral("Doomed"), 1, utf16z(QStringLiteral("x"))),
                 "D HKCU " + hexName(kWriteKey) + ' ' + hexName(QStringLiteral("Doomed")),
                 "D HKCU " + hexName(kWriteKey) + ' ' + hexName(QStringLiteral("Doomed")) }),
        (QList<QByteArray> { "W 0", "D 0", "D 2" }));
    const auto registry = exported(QStringLiteral("HKCU\\") + kWriteKey);
    QVERIFY(registry);
    QVERIFY(!registry->value(QStringLiteral("HKEY_CURRENT_USER\\") + kWriteKey, QStringLiteral("Doomed")));
}

void TestWin32Registry::broadcastsEnvironmentChange()
{
    // Every top-level window is told; the call returns (no window may hang it past the timeout).
    QCOMPARE(query({ "B 5000" }), QList<QByteArray> { "B 0" });
}

QTEST_GUILESS_MAIN(TestWin32Registry)
#include "tst_win32registry.moc"
