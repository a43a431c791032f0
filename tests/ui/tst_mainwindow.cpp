#include "itemmodels/modelroles.h"
#include "mainwindow.h"
#include "processrun.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

// Drives the window as a person would, on this machine's local side with a home folder the test
// writes (one PATH entry that does not exist, so there is always a problem to look at).
class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensAtOnceAndClosesWhileScanning();
    void showsTheLocalSide();
    void problemsPaneShowsDetailsAndFilters();
    void refreshRescans();
    void remembersGeometry();
    void rescansOneSide();
    void switchesLanguageAtRunTime();

private:
    QTemporaryDir m_home;
};

void TestMainWindow::initTestCase()
{
    // Nothing of the developer's shell (GODUAL_* seams, GO* variables) reaches the scan.
    GoDual::ProcessRun::clearInheritedEnvironment();
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("GoDualTests"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QFile profile(m_home.filePath(QStringLiteral(".profile")));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write("export PATH=\"$PATH:/nonexistent/godual-test/bin\"\n");
    profile.close();
    qputenv("HOME", m_home.path().toUtf8());
    for (const char *seam : { "GODUAL_WSL", "GODUAL_REGISTRY", "GODUAL_WINDOWS_ROOT" })
        qunsetenv(seam);
}

void TestMainWindow::opensAtOnceAndClosesWhileScanning()
{
    auto *window = new GoDual::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<GoDual::MainWindow> guard(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->windowTitle(), QStringLiteral("GoDual"));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("aboutAction")));
    // Closing in the middle of a scan must neither wait for it nor leak it.
    window->findChild<QAction *>(QStringLiteral("quitAction"))->trigger();
    QTRY_VERIFY(guard.isNull());
}

void TestMainWindow::showsTheLocalSide()
{
    GoDual::MainWindow window;
    QSignalSpy scanned(&window, &GoDual::MainWindow::scanFinished);
    window.show();
    QVERIFY(scanned.wait(30000));
    auto *sides = window.findChild<QTableView *>(QStringLiteral("sidesView"));
    QCOMPARE(sides->model()->rowCount(), 1);
    QCOMPARE(sides->model()->index(0, 0).data(GoDual::SideIdRole).toString(), QStringLiteral("local"));
    QCOMPARE(sides->currentIndex().row(), 0);

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto *path = window.findChild<QTableView *>(QStringLiteral("pathView"));
    tabs->setCurrentWidget(path->parentWidget());
    QVERIFY(path->model()->rowCount() > 0);
    bool missingShown = false;
    for (int r = 0; r < path->model()->rowCount(); ++r)
        missingShown = missingShown
            || path->model()->index(r, 1).data().toString() == QStringLiteral("/nonexistent/godual-test/bin");
    QVERIFY(missingShown);
    auto *environment = window.findChild<QTableView *>(QStringLiteral("environmentView"));
    QCOMPARE(environment->model()->columnCount(), 1);
    QCOMPARE(environment->model()->index(1, 0).data().toString(), m_home.path() + QStringLiteral("/go")); // GOPATH
}

void TestMainWindow::problemsPaneShowsDetailsAndFilters()
{
    GoDual::MainWindow window;
    QSignalSpy scanned(&window, &GoDual::MainWindow::scanFinished);
    window.show();
    QVERIFY(scanned.wait(30000));
    auto *problems = window.findChild<QTableView *>(QStringLiteral("problemsView"));
    auto *details = window.findChild<QTextBrowser *>(QStringLiteral("problemDetails"));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("problemsFilter"));
    QVERIFY(problems->model()->rowCount() > 0);

    QTest::keyClicks(filter, QStringLiteral("path-entry-missing"));
    QCOMPARE(problems->model()->rowCount(), 1);
    problems->selectRow(0);
    // The catalogue's entry for the id is part of the details.
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("/nonexistent/godual-test/bin")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("Fix by hand")));

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("no finding says this"));
    QCOMPARE(problems->model()->rowCount(), 0);
}

void TestMainWindow::refreshRescans()
{
    GoDual::MainWindow window;
    QSignalSpy scanned(&window, &GoDual::MainWindow::scanFinished);
    window.show();
    QVERIFY(scanned.wait(30000));
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(scanned.wait(30000));
    QCOMPARE(scanned.count(), 2);
    QCOMPARE(window.snapshot().generation, quint64(2));
}

void TestMainWindow::remembersGeometry()
{
    {
        GoDual::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(640, 480);
        QTRY_COMPARE(window.size(), QSize(640, 480));
        window.close();
    }
    GoDual::MainWindow again;
    QCOMPARE(again.size(), QSize(640, 480));
}

// "Scan this side again" reads only that side and merges it into the snapshot.
void TestMainWindow::rescansOneSide()
{
    GoDual::MainWindow window;
    QSignalSpy scanned(&window, &GoDual::MainWindow::scanFinished);
    QSignalSpy rescanned(&window, &GoDual::MainWindow::sidesRescanned);
    window.show();
    QVERIFY(scanned.wait(30000));
    const quint64 before = window.snapshot().generation;
    // A start-up file changed since the scan: the rescan must see it.
    QFile profile(m_home.filePath(QStringLiteral(".profile")));
    QVERIFY(profile.open(QIODevice::Append));
    profile.write("export GOFLAGS=-mod=mod\n");
    profile.close();
    window.scanSide(GoDual::SideId::local(), false);
    QVERIFY(window.isScanning());
    QVERIFY(rescanned.wait(30000));
    QCOMPARE(scanned.count(), 1);
    QVERIFY(window.snapshot().generation > before);
    QCOMPARE(window.snapshot().sides.size(), 1);
    const GoDual::Side *local = window.snapshot().side(GoDual::SideId::local());
    QVERIFY(local);
    QCOMPARE(local->env.value(QStringLiteral("GOFLAGS")).value, QStringLiteral("-mod=mod"));
    auto *sides = window.findChild<QTableView *>(QStringLiteral("sidesView"));
    QCOMPARE(sides->model()->rowCount(), 1);
    QCOMPARE(sides->currentIndex().row(), 0);
    // Undo, so the other tests see the home folder they expect.
    QVERIFY(profile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    profile.write("export PATH=\"$PATH:/nonexistent/godual-test/bin\"\n");
    profile.close();
}

void TestMainWindow::switchesLanguageAtRunTime()
{
    GoDual::MainWindow window;
    QSignalSpy scanned(&window, &GoDual::MainWindow::scanFinished);
    window.show();
    QVERIFY(scanned.wait(30000));
    QMenu *file = window.menuBar()->actions().first()->menu();
    QCOMPARE(file->title(), QStringLiteral("&File"));
    auto *sides = window.findChild<QTableView *>(QStringLiteral("sidesView"));
    QCOMPARE(sides->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Side"));

    window.findChild<QAction *>(QStringLiteral("language:zh_CN"))->trigger();
    QTRY_COMPARE(file->title(), QStringLiteral("文件(&F)"));
    QCOMPARE(window.windowTitle(), QStringLiteral("GoDual"));
    QCOMPARE(sides->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("环境"));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("个")),
        qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("language:zh_CN"))->isChecked());

    window.findChild<QAction *>(QStringLiteral("language:en"))->trigger();
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(sides->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Side"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
