#include <QCoreApplication>
#include <QDir>
#include <QTest>

#include <windows.h>

// The resources of the built godual.exe and godual.com, read back through the same Win32 calls
// Windows uses when it starts them: the manifest it applies (elevation, DPI, code page, long
// paths, common controls), the version Explorer shows, and the icon.
class TestWindowsResources : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void manifest_data();
    void manifest();
    void version_data();
    void version();
    void icon_data();
    void icon();
};

namespace {

QString exePath(const char *name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QString::fromUtf8(name));
}

// The program's modules as data, never run.
struct Module {
    explicit Module(const QString &path)
        : handle(LoadLibraryExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16()), nullptr,
              LOAD_LIBRARY_AS_DATAFILE | LOAD_LIBRARY_AS_IMAGE_RESOURCE))
    {
    }
    ~Module()
    {
        if (handle)
            FreeLibrary(handle);
    }
    QByteArray resource(LPCWSTR type, LPCWSTR name) const
    {
        HRSRC info = FindResourceW(handle, name, type);
        if (!info)
            return {};
        HGLOBAL data = LoadResource(handle, info);
        return QByteArray(static_cast<const char *>(LockResource(data)), qsizetype(SizeofResource(handle, info)));
    }
    HMODULE handle;
};

void addPrograms()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("godual.exe") << exePath(GODUAL_EXE_NAME);
    QTest::newRow("godual.com") << exePath(GODUAL_COM_NAME);
}

} // namespace

void TestWindowsResources::manifest_data() { addPrograms(); }

void TestWindowsResources::manifest()
{
    QFETCH(QString, path);
    const Module module(path);
    QVERIFY2(module.handle, qPrintable(path));
    const QByteArray manifest = module.resource(RT_MANIFEST, MAKEINTRESOURCEW(1));
    QVERIFY2(!manifest.isEmpty(), "no manifest resource 1");
    // The facts Windows reads from it, as the manifest schema spells them.
    QVERIFY(manifest.contains(R"(requestedExecutionLevel level="asInvoker")"));
    QVERIFY(manifest.contains(">PerMonitorV2</dpiAwareness>"));
    QVERIFY(manifest.contains(">UTF-8</activeCodePage>"));
    QVERIFY(manifest.contains(">true</longPathAware>"));
    QVERIFY(manifest.contains(R"(name="Microsoft.Windows.Common-Controls" version="6.0.0.0")"));
}

void TestWindowsResources::version_data() { addPrograms(); }

void TestWindowsResources::version()
{
    QFETCH(QString, path);
    const Module module(path);
    QVERIFY2(module.handle, qPrintable(path));
    // The VS_VERSION_INFO block as Explorer reads it, queried with VerQueryValueW on a copy
    // (the resource itself is read-only).
    QByteArray block = module.resource(RT_VERSION, MAKEINTRESOURCEW(1));
    QVERIFY2(!block.isEmpty(), "no version resource");
    wchar_t *value = nullptr;
    UINT length = 0;
    QVERIFY(VerQueryValueW(
        block.data(), L"\\StringFileInfo\\040904B0\\ProductVersion", reinterpret_cast<void **>(&value), &length));
    QCOMPARE(QString::fromWCharArray(value), QStringLiteral(GODUAL_EXPECTED_VERSION));
    QVERIFY(VerQueryValueW(
        block.data(), L"\\StringFileInfo\\040904B0\\ProductName", reinterpret_cast<void **>(&value), &length));
    QCOMPARE(QString::fromWCharArray(value), QStringLiteral("GoDual"));
    VS_FIXEDFILEINFO *fixed = nullptr;
    QVERIFY(VerQueryValueW(block.data(), L"\\", reinterpret_cast<void **>(&fixed), &length));
    const QStringList parts = QStringLiteral(GODUAL_EXPECTED_VERSION).split(u'.');
    QCOMPARE(int(HIWORD(fixed->dwProductVersionMS)), parts.value(0).toInt());
    QCOMPARE(int(LOWORD(fixed->dwProductVersionMS)), parts.value(1).toInt());
    QCOMPARE(int(HIWORD(fixed->dwProductVersionLS)), parts.value(2).toInt());
}

void TestWindowsResources::icon_data() { addPrograms(); }

void TestWindowsResources::icon()
{
    QFETCH(QString, path);
    const Module module(path);
    QVERIFY(module.handle);
    // The icon group and, in it, the image Windows picks for a 256-pixel tile.
    const QByteArray group = module.resource(RT_GROUP_ICON, MAKEINTRESOURCEW(1));
    QVERIFY2(group.size() >= 6, "no icon group 1");
    const int id = LookupIconIdFromDirectoryEx(
        reinterpret_cast<PBYTE>(const_cast<char *>(group.data())), TRUE, 256, 256, LR_DEFAULTCOLOR);
    QVERIFY(id > 0);
    const QByteArray image = module.resource(RT_ICON, MAKEINTRESOURCEW(id));
    QVERIFY(image.startsWith("\x89PNG"));
}

QTEST_GUILESS_MAIN(TestWindowsResources)
#include "tst_windowsresources.moc"
