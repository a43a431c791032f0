#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensWithTitleAndCloses();
    void remembersGeometry();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("GoDualTests"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void TestMainWindow::opensWithTitleAndCloses()
{
    auto *window = new GoDual::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<GoDual::MainWindow> guard(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->windowTitle(), QStringLiteral("GoDual"));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("quitAction")));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("aboutAction")));
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("placeholder"))->text().isEmpty());

    window->findChild<QAction *>(QStringLiteral("quitAction"))->trigger();
    QTRY_VERIFY(guard.isNull());
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
