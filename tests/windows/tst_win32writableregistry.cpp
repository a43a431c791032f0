// The native registry's write side (Win32Registry through WritableRegistry) in the Windows
// program, under Wine: values written to HKCU\Environment are read back with Wine's own `reg
// export` and `reg query` (reg.exe from system32, run as a child process), their types and bytes
// compared, and the exported lines compared with GoDual's .reg rendering (regtext.h). A backup
// rendered by GoDual and imported with Wine's `reg import` restores what the adapter changed.
#include "platform/nativeregistry.h"
#include "platform/regfileparser.h"
#include "platform/regfileregistry.h"
#include "platform/regtext.h"
#include "requirement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RegistryValue)

namespace {

const QString kKey = u"HKEY_CURRENT_USER\\Environment"_s;

QString regExe() { return QDir(qEnvironmentVariable("SystemRoot")).filePath(u"system32/reg.exe"_s); }

struct Run {
    int exitCode = -1;
    QByteArray output;
};

Run reg(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(regExe(), arguments);
    Run run;
    if (!process.waitForStarted(60'000) || !process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = process.readAll();
    return run;
}

RegistryValue sz(const QString &text) { return RegistryValue::fromString(RegistryValue::Sz, text); }
RegistryValue expand(const QString &text) { return RegistryValue::fromString(RegistryValue::ExpandSz, text); }

} // namespace

class TestWin32WritableRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void writesWhatWineReadsBack_data();
    void writesWhatWineReadsBack();
    void refusesValuesPastTheLimit();
    void deletesValues();
    void broadcastsEnvironmentChange();
    void backupImportRestores();

private:
    // Wine's `reg export` of HKCU\Environment: the file's text and what it holds.
    bool exportEnvironment(QString *text, std::optional<RegFileRegistry> *registry);

    std::unique_ptr<WritableRegistry> m_registry;
    QTemporaryDir m_dir;
    QStringList m_written;
};

void TestWin32WritableRegistry::initTestCase()
{
    GODUAL_REQUIRE_OR_SKIP(QFileInfo::exists(regExe()), "needs reg.exe in system32 (Wine's prefix has it)");
    m_registry = openNativeWritableRegistry();
    QVERIFY(m_registry);
    QVERIFY(m_dir.isValid());
}

void TestWin32WritableRegistry::cleanupTestCase()
{
    if (!m_registry)
        return;
    for (const QString &name : std::as_const(m_written))
        QVERIFY(m_registry->deleteValue(kKey, name));
}

bool TestWin32WritableRegistry::exportEnvironment(QString *text, std::optional<RegFileRegistry> *registry)
{
    const QString file = QDir::toNativeSeparators(m_dir.filePath(u"export.reg"_s));
    QFile::remove(file);
    const Run run = reg({ u"export"_s, u"HKCU\\Environment"_s, file, u"/y"_s });
    if (run.exitCode != 0) {
        qWarning() << "reg export failed" << run.exitCode << run.output;
        return false;
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = in.readAll();
    // reg export writes regedit's encoding: UTF-16LE with a BOM.
    if (!bytes.startsWith("\xff\xfe"))
        return false;
    QStringDecoder decoder(QStringConverter::Utf16LE);
    *text = decoder(QByteArrayView(bytes).mid(2));
    const auto contents = parseRegFile(bytes, file);
    if (!contents) {
        qWarning() << contents.error();
        return false;
    }
    registry->emplace(*contents);
    return true;
}

void TestWin32WritableRegistry::writesWhatWineReadsBack_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<RegistryValue>("value");
    QTest::addColumn<QString>("queryType"); // what `reg query` calls the type; empty: not queried
    QTest::newRow("REG_SZ") << u"GODUAL_TEST_SZ"_s << sz(u"C:\\Program Files\\Go\\bin"_s) << u"REG_SZ"_s;
    QTest::newRow("REG_EXPAND_SZ with %USERPROFILE%")
        << u"GODUAL_TEST_PATH"_s << expand(u"%USERPROFILE%\\go\\bin;%USERPROFILE%\\sdk\\go1.22.6\\bin"_s)
        << u"REG_EXPAND_SZ"_s;
    // reg query prints through the console code page; CJK is compared through reg export only.
    QTest::newRow("CJK name and value") << u"GODUAL_TEST_路径"_s << expand(u"C:\\用户\\开发者\\go;%GOPATH%\\bin"_s)
                                        << QString();
    QTest::newRow("32,767 characters, the limit")
        << u"GODUAL_TEST_LONG"_s << expand(QString(32767 - 14, u'x') + u"%USERPROFILE%"_s) << u"REG_EXPAND_SZ"_s;
    QTest::newRow("REG_MULTI_SZ") << u"GODUAL_TEST_LIST"_s << RegistryValue::fromStringList({ u"a=1"_s, u"b c"_s })
                                  << u"REG_MULTI_SZ"_s;
    QTest::newRow("REG_DWORD") << u"GODUAL_TEST_DWORD"_s << RegistryValue::fromDword(0x2a) << u"REG_DWORD"_s;
}

void TestWin32WritableRegistry::writesWhatWineReadsBack()
{
    QFETCH(QString, name);
    QFETCH(RegistryValue, value);
    QFETCH(QString, queryType);
    m_written.append(name);
    const Result<void> written = m_registry->setValue(u"HKCU\\Environment"_s, name, value);
    QVERIFY2(written, qPrintable(written.error()));

    QString text;
    std::optional<RegFileRegistry> exported;
    QVERIFY(exportEnvironment(&text, &exported));
    const auto got = exported->value(kKey, name);
    QVERIFY2(got, qPrintable(name));
    QCOMPARE(got->rawType, value.rawType);
    QCOMPARE(got->bytes.toHex(), value.bytes.toHex());
    QCOMPARE(m_registry->value(kKey, name), got);

    // Wine's exporter and GoDual's rendering write the same lines for it.
    const QString lines = regValueLines(name, value).join(u"\r\n"_s) + u"\r\n"_s;
    QVERIFY2(text.contains(u"\r\n"_s + lines), qPrintable(lines));

    if (!queryType.isEmpty()) {
        const Run query = reg({ u"query"_s, u"HKCU\\Environment"_s, u"/v"_s, name });
        QCOMPARE(query.exitCode, 0);
        const QString output = QString::fromLocal8Bit(query.output);
        QVERIFY2(output.contains(name + u"    "_s + queryType + u"    "_s), qPrintable(output));
        if (value.type == RegistryValue::Sz || value.type == RegistryValue::ExpandSz)
            QVERIFY2(output.contains(value.text), qPrintable(output.left(400)));
    }
}

void TestWin32WritableRegistry::refusesValuesPastTheLimit()
{
    const QString name = u"GODUAL_TEST_CAPPED"_s;
    m_written.append(name);
    const RegistryValue before = expand(u"%USERPROFILE%\\go\\bin"_s);
    QVERIFY(m_registry->setValue(kKey, name, before));
    const Result<void> refused = m_registry->setValue(kKey, name, expand(QString(32768, u'y')));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(kKey + u'\\' + name), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"32768"_s), qPrintable(refused.error()));
    QVERIFY(!m_registry->setValue(kKey, u"GODUAL_TEST_NEVER"_s, sz(QString(40000, u'z'))));

    QString text;
    std::optional<RegFileRegistry> exported;
    QVERIFY(exportEnvironment(&text, &exported));
    QVERIFY(exported->value(kKey, name));
    QCOMPARE(exported->value(kKey, name)->bytes.toHex(), before.bytes.toHex());
    QVERIFY(!exported->value(kKey, u"GODUAL_TEST_NEVER"_s));
}

void TestWin32WritableRegistry::deletesValues()
{
    const QString name = u"GODUAL_TEST_DOOMED"_s;
    QVERIFY(m_registry->setValue(kKey, name, sz(u"x"_s)));
    QCOMPARE(reg({ u"query"_s, u"HKCU\\Environment"_s, u"/v"_s, name }).exitCode, 0);
    const Result<void> deleted = m_registry->deleteValue(kKey, name);
    QVERIFY2(deleted, qPrintable(deleted.error()));
    QCOMPARE(reg({ u"query"_s, u"HKCU\\Environment"_s, u"/v"_s, name }).exitCode, 1);
    QVERIFY(!m_registry->value(kKey, name));
    // Absent already, or its key absent: nothing to do, and no failure.
    QVERIFY(m_registry->deleteValue(kKey, name));
    QVERIFY(m_registry->deleteValue(u"HKCU\\Software\\GoDualTest\\NoSuchKey"_s, name));
}

void TestWin32WritableRegistry::broadcastsEnvironmentChange()
{
    const Result<void> told = m_registry->notifyEnvironmentChanged();
    QVERIFY2(told, qPrintable(told.error()));
}

void TestWin32WritableRegistry::backupImportRestores()
{
    const QString changed = u"GODUAL_TEST_RESTORED"_s;
    const QString added = u"GODUAL_TEST_ADDED"_s;
    m_written << changed << added;
    const RegistryValue old = expand(u"%USERPROFILE%\\old\\bin;C:\\Tools \"quoted\""_s);
    QVERIFY(m_registry->setValue(kKey, changed, old));
    QVERIFY(m_registry->deleteValue(kKey, added));

    // What a change set records before it writes, as a backup file...
    const QByteArray backup = regFileBytes(
        { { kKey, changed, m_registry->value(kKey, changed) }, { kKey, added, m_registry->value(kKey, added) } });
    // ...then the change through the adapter...
    QVERIFY(m_registry->setValue(kKey, changed, sz(u"C:\\new"_s)));
    QVERIFY(m_registry->setValue(kKey, added, sz(u"new"_s)));
    QCOMPARE(reg({ u"query"_s, u"HKCU\\Environment"_s, u"/v"_s, added }).exitCode, 0);

    // ...and Wine's importer puts the old state back.
    const QString file = QDir::toNativeSeparators(m_dir.filePath(u"backup.reg"_s));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(backup), backup.size());
    out.close();
    const Run imported = reg({ u"import"_s, file });
    QVERIFY2(imported.exitCode == 0, imported.output.constData());

    const Run query = reg({ u"query"_s, u"HKCU\\Environment"_s, u"/v"_s, changed });
    QCOMPARE(query.exitCode, 0);
    const QString output = QString::fromLocal8Bit(query.output);
    QVERIFY2(output.contains(changed + u"    REG_EXPAND_SZ    "_s + old.text), qPrintable(output));
    QCOMPARE(reg({ u"query"_s, u"HKCU\\Environment"_s, u"/v"_s, added }).exitCode, 1);
    QCOMPARE(m_registry->value(kKey, changed), std::optional<RegistryValue>(old));
    QVERIFY(!m_registry->value(kKey, added));
}

QTEST_GUILESS_MAIN(TestWin32WritableRegistry)
#include "tst_win32writableregistry.moc"
