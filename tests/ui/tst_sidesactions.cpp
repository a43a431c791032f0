#include "diagnosis/diagnosis.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/sidelistmodel.h"
#include "mainwindow.h"
#include "processrun.h"
#include "requirement.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace GoDual;

// The sides list of the window on a fake machine (a .reg registry, a folder as C:\ and the fake
// wsl.exe with a running Ubuntu and a stopped Debian, both real chroot roots): problem badges
// from the findings, and the context action that wakes and scans a stopped distro alone.
class TestSidesActions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badgesCountTheFindings();
    void contextMenuWakesAStoppedDistro();

private:
    void write(const QString &relative, const QByteArray &bytes);
    // Opens the sides view's context menu on `row` and triggers the action named `action` in it;
    // returns the names of the actions the menu held.
    QStringList triggerInContextMenu(QTableView *view, int row, const QString &action);
    int rowOf(QAbstractItemModel *model, const QString &id);

    QTemporaryDir m_dir;
};

void TestSidesActions::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void TestSidesActions::initTestCase()
{
    // Nothing of the developer's shell (GODUAL_* seams, GO* variables) reaches the scan.
    GoDual::ProcessRun::clearInheritedEnvironment();
    GODUAL_REQUIRE_ROOT();
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("GoDualTests"));
    QApplication::setApplicationName(QStringLiteral("tst_sidesactions"));
    QSettings().clear();
    for (const char *name : { "Ubuntu", "Debian" }) {
        QProcess p;
        p.start(QStringLiteral(GODUAL_MAKE_DISTRO),
            { m_dir.filePath(QStringLiteral("wsl/distros/")) + QLatin1StringView(name), QStringLiteral("--user"),
                QStringLiteral("dev") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        write(QStringLiteral("wsl/distros/%1/etc/wsl.conf").arg(QLatin1StringView(name)), "[user]\ndefault=dev\n");
    }
    // A PATH entry that does not exist in each distro, so each has a finding when scanned.
    write(QStringLiteral("wsl/distros/Ubuntu/home/dev/.profile"), "export PATH=\"$PATH:/opt/gone/bin\"\n");
    write(QStringLiteral("wsl/distros/Debian/home/dev/.profile"), "export PATH=\"$PATH:/opt/gone/bin\"\n");
    write(QStringLiteral("wsl/distros.list"), "Ubuntu Running 2 default\nDebian Stopped 2\n");
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("state"))));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("windows/c/Users/dev"))));
    write(QStringLiteral("machine.reg"),
        "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Volatile Environment]\r\n"
        "\"USERPROFILE\"=\"C:\\\\Users\\\\dev\"\r\n\r\n");
    qputenv("GODUAL_FAKE_WSL_HOME", m_dir.filePath(QStringLiteral("wsl")).toUtf8());
    qputenv("GODUAL_FAKE_WSL_STATE", m_dir.filePath(QStringLiteral("state")).toUtf8());
    qputenv("GODUAL_WSL", GODUAL_FAKE_WSL);
    qputenv("GODUAL_REGISTRY", m_dir.filePath(QStringLiteral("machine.reg")).toUtf8());
    qputenv("GODUAL_WINDOWS_ROOT", m_dir.filePath(QStringLiteral("windows")).toUtf8());
}

int TestSidesActions::rowOf(QAbstractItemModel *model, const QString &id)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(SideIdRole).toString() == id)
            return r;
    }
    return -1;
}

QStringList TestSidesActions::triggerInContextMenu(QTableView *view, int row, const QString &action)
{
    QStringList seen;
    // The menu runs its own event loop; act on it from inside that loop.
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions()) {
            seen.append(a->objectName());
            if (a->objectName() == action)
                a->trigger();
        }
        menu->close();
    });
    const QRect cell = view->visualRect(view->model()->index(row, 0));
    Q_EMIT view->customContextMenuRequested(cell.center());
    return seen;
}

void TestSidesActions::badgesCountTheFindings()
{
    MainWindow window;
    QSignalSpy scanned(&window, &MainWindow::scanFinished);
    window.show();
    QVERIFY(scanned.wait(60000));
    auto *sides = window.findChild<QTableView *>(QStringLiteral("sidesView"));
    QAbstractItemModelTester tester(sides->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(sides->model()->rowCount(), 3);
    const QList<Finding> findings = Diagnosis::run(window.snapshot());
    QVERIFY(!findings.isEmpty());
    for (int r = 0; r < sides->model()->rowCount(); ++r) {
        const QModelIndex badge = sides->model()->index(r, SideListModel::ProblemsColumn);
        const QString id = badge.siblingAtColumn(0).data(SideIdRole).toString();
        int count = 0;
        int worst = -1;
        for (const Finding &f : findings) {
            if (f.side.toString() == id) {
                ++count;
                worst = qMax(worst, int(f.severity));
            }
        }
        QCOMPARE(badge.data().toInt(), count);
        QCOMPARE(badge.data(SeverityRole).toInt(), worst);
    }
    const int ubuntu = rowOf(sides->model(), QStringLiteral("wsl:Ubuntu"));
    QVERIFY(sides->model()->index(ubuntu, SideListModel::ProblemsColumn).data().toInt() > 0);
    const QModelIndex state = sides->model()->index(ubuntu, SideListModel::StateColumn);
    QCOMPARE(state.data().toString(), QStringLiteral("Running"));
    QCOMPARE(sides->model()->index(ubuntu, SideListModel::VersionColumn).data().toString(), QStringLiteral("WSL 2"));
    QVERIFY(
        sides->model()->index(ubuntu, SideListModel::NameColumn).data().toString().contains(QStringLiteral("default")));
}

void TestSidesActions::contextMenuWakesAStoppedDistro()
{
    const QString started = m_dir.filePath(QStringLiteral("state/started-Debian"));
    QFile::remove(started);
    QFile::remove(m_dir.filePath(QStringLiteral("state/state-Debian")));
    MainWindow window;
    QSignalSpy scanned(&window, &MainWindow::scanFinished);
    QSignalSpy rescanned(&window, &MainWindow::sidesRescanned);
    window.show();
    QVERIFY(scanned.wait(60000));
    auto *sides = window.findChild<QTableView *>(QStringLiteral("sidesView"));
    const int debian = rowOf(sides->model(), QStringLiteral("wsl:Debian"));
    QVERIFY(debian >= 0);
    QVERIFY(!window.snapshot().side(SideId::wsl(QStringLiteral("Debian")))->scanned);
    QCOMPARE(sides->model()->index(debian, SideListModel::StateColumn).data().toString(), QStringLiteral("Stopped"));
    QVERIFY(!QFileInfo::exists(started));
    const int problemsBefore = sides->model()->index(debian, SideListModel::ProblemsColumn).data().toInt();

    // A running distro offers a plain rescan, never the waking one.
    const QStringList running
        = triggerInContextMenu(sides, rowOf(sides->model(), QStringLiteral("wsl:Ubuntu")), QString());
    QVERIFY2(running.contains(QStringLiteral("sideScanAction")), qPrintable(running.join(u' ')));
    QVERIFY(!running.contains(QStringLiteral("wakeScanAction")));

    const QStringList stopped = triggerInContextMenu(sides, debian, QStringLiteral("wakeScanAction"));
    QVERIFY2(stopped.contains(QStringLiteral("wakeScanAction")), qPrintable(stopped.join(u' ')));
    QVERIFY(rescanned.wait(60000));
    QCOMPARE(scanned.count(), 1); // no full scan: just that side
    QVERIFY(QFileInfo::exists(started));
    const Side *woken = window.snapshot().side(SideId::wsl(QStringLiteral("Debian")));
    QVERIFY(woken && woken->scanned);
    // Merged in place: still three sides, in the same order, the others as they were.
    QCOMPARE(window.snapshot().sides.size(), 3);
    QCOMPARE(rowOf(sides->model(), QStringLiteral("wsl:Debian")), debian);
    QVERIFY(window.snapshot().side(SideId::wsl(QStringLiteral("Ubuntu")))->scanned);
    // Its missing PATH entry is a problem now that it has been read.
    QVERIFY(sides->model()->index(debian, SideListModel::ProblemsColumn).data().toInt() > problemsBefore);
}

QTEST_MAIN(TestSidesActions)
#include "tst_sidesactions.moc"
