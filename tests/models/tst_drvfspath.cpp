// Which distro paths are Windows drives, honouring wsl.conf's [automount] root (platform-facts
// §3.1: default /mnt/, a trailing '/' added when missing; the documented example uses root = /).

#include "drvfspath.h"

#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

class TestDrvFsPath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
};

void TestDrvFsPath::classify_data()
{
    QTest::addColumn<QString>("root"); // as written in wsl.conf; empty: the default
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("windows"); // the Windows path it stands for; empty: not a drive

    QTest::newRow("default: /mnt/c") << QString() << u"/mnt/c"_s << u"C:\\"_s;
    QTest::newRow("default: /mnt/c/") << QString() << u"/mnt/c/"_s << u"C:\\"_s;
    QTest::newRow("default: folder") << QString() << u"/mnt/c/Program Files/Go/bin"_s
                                     << u"C:\\Program Files\\Go\\bin"_s;
    QTest::newRow("default: upper-case letter") << QString() << u"/mnt/D/work/"_s << u"D:\\work"_s;
    QTest::newRow("default: /mnt/cdrom") << QString() << u"/mnt/cdrom"_s << QString();
    QTest::newRow("default: /mnt/wsl") << QString() << u"/mnt/wsl/shared"_s << QString();
    QTest::newRow("default: /mnt/ itself") << QString() << u"/mnt/"_s << QString();
    QTest::newRow("default: /mnt/1") << QString() << u"/mnt/1/x"_s << QString();
    QTest::newRow("default: /c is not a drive") << QString() << u"/c/Users"_s << QString();
    QTest::newRow("default: relative") << QString() << u"mnt/c/x"_s << QString();
    QTest::newRow("explicit /mnt/") << u"/mnt/"_s << u"/mnt/e/go"_s << u"E:\\go"_s;
    QTest::newRow("/mnt without slash") << u"/mnt"_s << u"/mnt/c/go"_s << u"C:\\go"_s;

    QTest::newRow("root /: /c/Users") << u"/"_s << u"/c/Users/dev/go"_s << u"C:\\Users\\dev\\go"_s;
    QTest::newRow("root /: /d") << u"/"_s << u"/d"_s << u"D:\\"_s;
    QTest::newRow("root /: /c2/") << u"/"_s << u"/c2/"_s << QString();
    QTest::newRow("root /: /usr") << u"/"_s << u"/usr/local/go"_s << QString();
    QTest::newRow("root /: /mnt/c is no longer a drive") << u"/"_s << u"/mnt/c/go"_s << QString();

    QTest::newRow("root /win/: /win/d") << u"/win/"_s << u"/win/d/src"_s << u"D:\\src"_s;
    QTest::newRow("root /win: slash added") << u"/win"_s << u"/win/c"_s << u"C:\\"_s;
    QTest::newRow("root /win/: /windows/c") << u"/win/"_s << u"/windows/c"_s << QString();
    QTest::newRow("root /win/: /mnt/c") << u"/win/"_s << u"/mnt/c/Users"_s << QString();
    QTest::newRow("root /win/: /win/cd") << u"/win/"_s << u"/win/cd/x"_s << QString();
}

void TestDrvFsPath::classify()
{
    QFETCH(QString, root);
    QFETCH(QString, path);
    QFETCH(QString, windows);
    QCOMPARE(DrvFsPath::isWindowsDrive(path, root), !windows.isEmpty());
    QCOMPARE(DrvFsPath::windowsPath(path, root), windows);
}

QTEST_GUILESS_MAIN(TestDrvFsPath)
#include "tst_drvfspath.moc"
