#include "platform/windowsfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;

// WindowsFiles on the real drives, as the Windows program reads them: Windows paths with
// backslashes, names matched without case as NTFS does, paths longer than MAX_PATH.
class TestWindowsFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsByWindowsPath_data();
    void readsByWindowsPath();
    void longPaths();
};

namespace {

QString windowsPath(const QString &qtPath) { return QDir::toNativeSeparators(qtPath); }

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return QDir().mkpath(QFileInfo(path).path()) && f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

void TestWindowsFiles::readsByWindowsPath_data()
{
    QTest::addColumn<QString>("written"); // below the temporary folder, with Qt's '/'
    QTest::addColumn<QString>("asked"); // the same file as a Windows user would type it
    QTest::newRow("same case") << QStringLiteral("sdk/go1.22.6/VERSION") << QStringLiteral("sdk\\go1.22.6\\VERSION");
    QTest::newRow("other case") << QStringLiteral("Program Files/Go/VERSION")
                                << QStringLiteral("PROGRAM FILES\\go\\version");
    QTest::newRow("cjk") << QStringLiteral("用户/go/env") << QStringLiteral("用户\\GO\\env");
}

void TestWindowsFiles::readsByWindowsPath()
{
    QFETCH(QString, written);
    QFETCH(QString, asked);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(write(dir.filePath(written), "go1.22.6\n"));
    const auto files = WindowsFiles::native();
    const QString path = windowsPathJoin(windowsPath(dir.path()), asked);
    QVERIFY2(files->isFile(path), qPrintable(path));
    QCOMPARE(files->read(path), QByteArray("go1.22.6\n"));
    const QString folder = path.left(path.lastIndexOf(u'\\'));
    QVERIFY(files->isDir(folder));
    QVERIFY(!files->isFile(folder));
    QVERIFY(!files->existingLocalPath(path).isEmpty());
    QVERIFY(!files->isFile(path + QStringLiteral(".missing")));
    QVERIFY(files->existingLocalPath(path + QStringLiteral(".missing")).isEmpty());
    const QString parent = folder.left(folder.lastIndexOf(u'\\'));
    const QString leaf = folder.mid(folder.lastIndexOf(u'\\') + 1);
    QVERIFY(files->subdirs(parent, leaf.left(1).toLower()).size() == 1);
    // Not a drive path: nothing, rather than a file relative to the current folder.
    QVERIFY(!files->isFile(asked));
}

void TestWindowsFiles::longPaths()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString relative;
    for (int i = 0; i < 12; ++i)
        relative += QStringLiteral("a-folder-name-of-thirty-chars-%1/").arg(i, 2, 10, QLatin1Char('0'));
    relative += QStringLiteral("VERSION");
    const QString path = windowsPath(dir.filePath(relative));
    QVERIFY(path.size() > 300);
    QVERIFY(write(dir.filePath(relative), "go1.23.0\n"));
    const auto files = WindowsFiles::native();
    QVERIFY(files->isFile(path));
    QCOMPARE(files->read(path), QByteArray("go1.23.0\n"));
}

QTEST_GUILESS_MAIN(TestWindowsFiles)
#include "tst_windowsfiles.moc"
