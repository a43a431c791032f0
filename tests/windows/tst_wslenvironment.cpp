#include "platform/nativeregistry.h"
#include "platform/win32/registrywriter.h"
#include "platform/wslcli.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>

#include <windows.h>

using namespace GoDual;
using namespace Qt::StringLiterals;

// After GoDual changes HKEY_CURRENT_USER\Environment, the wsl.exe it starts must get the new
// values (wsl.exe reads WSLENV and the Path it appends from its caller's environment), not the
// stale environment GoDual started with, and still everything Windows needs (SystemRoot, ...).
// Against Wine's real registry, with a helper standing in for wsl.exe that prints what it got.
class TestWslEnvironment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void childSeesTheRegistryAfterRefresh();

private:
    struct Saved {
        std::wstring name;
        bool existed = false;
        Win32::RegistryData data;
    };
    void set(const wchar_t *name, unsigned long type, const QString &value);
    QHash<QString, QString> childEnvironment(const WslCli &wsl);

    QList<Saved> m_saved;
};

namespace {

const std::wstring kEnvironment = L"Environment";

} // namespace

void TestWslEnvironment::initTestCase()
{
    for (const wchar_t *name : { L"Path", L"WSLENV", L"GOPATH", L"GOFLAGS" }) {
        Saved saved { name, false, {} };
        saved.existed = Win32::readValue(Win32::Hive::CurrentUser, kEnvironment, name, saved.data) == 0;
        m_saved.append(saved);
    }
}

void TestWslEnvironment::cleanupTestCase()
{
    // Wine's registry as it was.
    for (const Saved &saved : std::as_const(m_saved)) {
        if (saved.existed)
            Win32::writeValue(Win32::Hive::CurrentUser, kEnvironment, saved.name, saved.data);
        else
            Win32::deleteValue(Win32::Hive::CurrentUser, kEnvironment, saved.name);
    }
}

void TestWslEnvironment::set(const wchar_t *name, unsigned long type, const QString &value)
{
    Win32::RegistryData data;
    data.type = type;
    const std::wstring text = value.toStdWString();
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.c_str());
    data.bytes.assign(bytes, bytes + (text.size() + 1) * sizeof(wchar_t));
    QCOMPARE(Win32::writeValue(Win32::Hive::CurrentUser, kEnvironment, name, data), 0L);
}

QHash<QString, QString> TestWslEnvironment::childEnvironment(const WslCli &wsl)
{
    const BlockingProcessResult r = runProcessBlocking(wsl.listVerbose());
    QHash<QString, QString> env;
    if (!r.started || r.exitCode != 0) {
        qWarning("the helper did not run: %s", qPrintable(r.errorText));
        return env;
    }
    for (const QByteArray &line : r.out.split('\n')) {
        const QString entry = QString::fromUtf8(QByteArray::fromHex(line.trimmed()));
        const qsizetype eq = entry.indexOf(u'=', 1); // Windows keeps "=C:" entries: skip the first '='
        if (eq > 0)
            env.insert(entry.left(eq).toUpper(), entry.mid(eq + 1));
    }
    return env;
}

void TestWslEnvironment::childSeesTheRegistryAfterRefresh()
{
    const QString helper = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(GODUAL_PRINTENV));
    // GoDual's own environment: a GOFLAGS the registry does not define, a stale WSLENV.
    qputenv("GOFLAGS", "-mod=vendor");
    qputenv("WSLENV", "GOFLAGS");
    qputenv("GODUAL_TEST_PROCESS_ONLY", "kept");
    set(L"GOPATH", REG_SZ, u"C:\\godual-test\\go"_s);
    set(L"WSLENV", REG_SZ, u"GOPATH/p"_s);
    set(L"Path", REG_EXPAND_SZ, u"%SystemRoot%\\godual-test-bin"_s);
    Win32::deleteValue(Win32::Hive::CurrentUser, kEnvironment, L"GOFLAGS");

    WslCli wsl(helper);
    // Before the refresh the child gets GoDual's stale environment: the reason for refreshing.
    const QHash<QString, QString> before = childEnvironment(wsl);
    QVERIFY(!before.isEmpty());
    QCOMPARE(before.value(u"WSLENV"_s), u"GOFLAGS"_s);

    const auto registry = openNativeRegistry();
    QVERIFY(registry);
    wsl.refreshEnvironment(*registry);
    const QHash<QString, QString> after = childEnvironment(wsl);
    QCOMPARE(after.value(u"GOPATH"_s), u"C:\\godual-test\\go"_s);
    QCOMPARE(after.value(u"WSLENV"_s), u"GOPATH/p"_s);
    QVERIFY2(!after.contains(u"GOFLAGS"_s), qPrintable(after.value(u"GOFLAGS"_s)));
    const QString systemRoot = after.value(u"SYSTEMROOT"_s);
    QVERIFY2(!systemRoot.isEmpty(), "SystemRoot must survive the rebuild");
    QVERIFY2(after.value(u"PATH"_s).endsWith(systemRoot + u"\\godual-test-bin"_s), qPrintable(after.value(u"PATH"_s)));
    QCOMPARE(after.value(u"GODUAL_TEST_PROCESS_ONLY"_s), u"kept"_s);
    QCOMPARE(after.value(u"WSL_UTF8"_s), u"1"_s);
}

QTEST_GUILESS_MAIN(TestWslEnvironment)
#include "tst_wslenvironment.moc"
