#include "platform/lxssregistry.h"
#include "platform/regfileregistry.h"

#include <QTest>

using namespace GoDual;

// The distros WSL registered, as read from `reg export` files of the Lxss key, and how their
// Flags limit what wsl.conf asks for.
class TestLxssRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsExports_data();
    void readsExports();
    void flagsLimitInterop_data();
    void flagsLimitInterop();
};

void TestLxssRegistry::readsExports_data()
{
    QTest::addColumn<QString>("file");
    // The same export as Windows writes it (UTF-16LE) and as edited by hand (UTF-8, with BOM).
    for (const char *file : { "lxss-utf16.reg", "lxss-utf8.reg", "lxss-utf8-bom.reg" })
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestLxssRegistry::readsExports()
{
    QFETCH(QString, file);
    const auto registry = RegFileRegistry::fromFile(QStringLiteral(GODUAL_TEST_DATA "/registry/") + file);
    QVERIFY2(registry, qPrintable(registry ? QString() : registry.error()));
    const QList<LxssDistro> distros = LxssRegistry::distros(*registry);
    QCOMPARE(distros.size(), 1);
    const LxssDistro &d = distros.first();
    QCOMPARE(d.name, QStringLiteral("Ubuntu-20.04"));
    QVERIFY(d.isDefault);
    QCOMPARE(d.flags, 0xfu);
    QVERIFY(d.flagsStored);
    QCOMPARE(d.wslVersion(), 2);
    QCOMPARE(d.state, LxssDistro::kStateInstalled);
    // BasePath's \\?\ prefix is Windows' long-path marker, not part of the folder.
    QVERIFY2(d.basePath.startsWith(QStringLiteral("C:\\Users\\User\\AppData")), qPrintable(d.basePath));
    QCOMPARE(d.flagsOrigin().toString(),
        QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Lxss\\"
                       "{2506e37c-8479-4433-9ea8-7549090aa5bf}\\Flags = 0xf"));
}

void TestLxssRegistry::flagsLimitInterop_data()
{
    QTest::addColumn<quint32>("flags");
    QTest::addColumn<bool>("confEnabled");
    QTest::addColumn<bool>("confAppend");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("append");
    QTest::addColumn<bool>("appendFromFlags");

    QTest::newRow("WSL2 defaults") << 0xfu << true << true << true << true << false;
    QTest::newRow("WSL1 defaults") << 0x7u << true << true << true << true << false;
    QTest::newRow("no APPEND_NT_PATH") << 0xdu << true << true << true << false << true;
    QTest::newRow("no ENABLE_INTEROP") << 0xeu << true << true << false << false << true;
    QTest::newRow("wsl.conf already off") << 0xdu << true << false << true << false << false;
    QTest::newRow("flags allow, wsl.conf forbids") << 0xfu << false << true << false << true << false;
}

void TestLxssRegistry::flagsLimitInterop()
{
    QFETCH(quint32, flags);
    QFETCH(bool, confEnabled);
    QFETCH(bool, confAppend);
    LxssDistro distro;
    distro.key = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Lxss\\{x}");
    distro.flags = flags;
    InteropSettings conf;
    conf.enabled = confEnabled;
    conf.enabledOrigin = Origin::file(QStringLiteral("/etc/wsl.conf"), 2);
    conf.appendWindowsPath = confAppend;
    conf.appendWindowsPathOrigin = Origin::file(QStringLiteral("/etc/wsl.conf"), 3);

    const InteropSettings effective = LxssRegistry::limitedByFlags(conf, distro);
    QTEST(effective.enabled, "enabled");
    QTEST(effective.appendWindowsPath, "append");
    QFETCH(bool, appendFromFlags);
    QCOMPARE(effective.appendWindowsPathOrigin.toString(),
        appendFromFlags ? distro.flagsOrigin().toString() : QStringLiteral("/etc/wsl.conf:3"));
}

QTEST_GUILESS_MAIN(TestLxssRegistry)
#include "tst_lxssregistry.moc"
