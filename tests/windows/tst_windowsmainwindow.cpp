#include "itemmodels/modelroles.h"
#include "mainwindow.h"

#include <QAbstractItemModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

// The control panel as a Windows user starts it: it scans the real registry (Wine's here) and
// shows the Windows side; wsl.exe is missing under Wine, so no distros.
class TestWindowsMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsTheWindowsSide();
};

void TestWindowsMainWindow::showsTheWindowsSide()
{
    GoDual::MainWindow window;
    QSignalSpy scanned(&window, &GoDual::MainWindow::scanFinished);
    window.resize(1280, 800);
    window.show();
    QVERIFY(scanned.wait(120000));
    auto *sides = window.findChild<QTableView *>(QStringLiteral("sidesView"));
    QVERIFY(sides);
    QStringList ids;
    for (int r = 0; r < sides->model()->rowCount(); ++r)
        ids.append(sides->model()->index(r, 0).data(GoDual::SideIdRole).toString());
    QCOMPARE(ids, QStringList { QStringLiteral("windows") });
    const QString shot = qEnvironmentVariable("GODUAL_SCREENSHOT");
    if (!shot.isEmpty()) {
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.grab().save(shot));
    }
}

QTEST_MAIN(TestWindowsMainWindow)
#include "tst_windowsmainwindow.moc"
