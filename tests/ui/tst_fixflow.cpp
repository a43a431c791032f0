// The window's write path, clicked through as a user would, on a fake machine (a .reg registry, a
// folder as C:\ and the fake wsl.exe with real chroot distros): Fix… on the interop finding, the
// preview with its choices, Apply as a job, the re-scan, the pending-restart banner and its
// Restart now, the Change history and its Undo, and the undo that someone's later edit stops.
#include "changecontroller.h"
#include "changehistorymodel.h"
#include "changehistorypanel.h"
#include "changepreviewdialog.h"
#include "diagnosis/diagnosis.h"
#include "diffview.h"
#include "fakemachine.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/installsmatrixmodel.h"
#include "itemmodels/modelroles.h"
#include "jobsmodel.h"
#include "mainwindow.h"
#include "problemspane.h"
#include "processrun.h"
#include "requirement.h"
#include "restartbanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace GoDual;
using GoDual::Test::FakeMachine;

namespace {

QStringList itemTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts.append(list->item(i)->text());
    return texts;
}

bool hasFinding(const Snapshot &snapshot, const QString &id, const QString &side)
{
    const QList<Finding> findings = Diagnosis::run(snapshot);
    return std::any_of(
        findings.cbegin(), findings.cend(), [&](const Finding &f) { return f.id == id && f.side.toString() == side; });
}

} // namespace

class TestFixFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void interopFixPreviewApplyRestartUndo();
    void undoStopsAtALaterEditUnlessForced();
    void useFromTheInstallsMatrix();

private:
    // Selects `id` on `side` in the Problems pane and clicks Fix…; returns the preview.
    ChangePreviewDialog *openFix(const QString &id, const QString &side);
    // Clicks Apply (or Undo) and waits for the job and the re-scan it asks for.
    void applyAndWait(ChangePreviewDialog *dialog);
    void undoNewest();

    std::unique_ptr<FakeMachine> m_machine;
    std::unique_ptr<MainWindow> m_window;
    QByteArray m_wslConf;
};

void TestFixFlow::initTestCase()
{
    GoDual::ProcessRun::clearInheritedEnvironment();
    GODUAL_REQUIRE_ROOT();
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("GoDualTests"));
    QApplication::setApplicationName(QStringLiteral("tst_fixflow"));
    qRegisterMetaType<ChangePreviewDialog *>();
    QSettings().clear();
}

void TestFixFlow::init()
{
    m_machine = std::make_unique<FakeMachine>();
    QVERIFY2(m_machine->error().isEmpty(), qPrintable(m_machine->error()));
    // The window is this process: it gets the machine's environment, as godual would.
    const QProcessEnvironment env = m_machine->environment();
    for (const QString &name : env.keys())
        qputenv(name.toLocal8Bit().constData(), env.value(name).toLocal8Bit());
    m_wslConf = *FakeMachine::read(m_machine->distro(QStringLiteral("/etc/wsl.conf")));
    m_window = std::make_unique<MainWindow>();
    QSignalSpy scanned(m_window.get(), &MainWindow::scanFinished);
    m_window->show();
    QVERIFY(scanned.wait(120000));
}

void TestFixFlow::cleanup() { m_window.reset(); }

ChangePreviewDialog *TestFixFlow::openFix(const QString &id, const QString &side)
{
    ProblemsPane *problems = m_window->findChild<ProblemsPane *>();
    QAbstractItemModel *model = problems->view()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, FindingsModel::IdColumn).data().toString() == id
            && model->index(r, FindingsModel::SideColumn).data(SideIdRole).toString() == side)
            row = r;
    }
    if (row < 0) {
        QStringList rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows.append(model->index(r, FindingsModel::IdColumn).data().toString() + u' '
                + model->index(r, FindingsModel::SideColumn).data(SideIdRole).toString());
        qWarning("no %s on %s in the Problems pane: %s", qPrintable(id), qPrintable(side), qPrintable(rows.join(u',')));
        return nullptr;
    }
    problems->view()->selectRow(row);
    if (!problems->fixButton()->isEnabled()) {
        qWarning("Fix… is disabled for %s on %s", qPrintable(id), qPrintable(side));
        return nullptr;
    }
    QSignalSpy opened(m_window->changes(), &ChangeController::previewOpened);
    problems->fixButton()->click();
    return opened.count() == 1 ? m_window->changes()->preview() : nullptr;
}

void TestFixFlow::applyAndWait(ChangePreviewDialog *dialog)
{
    QSignalSpy finished(m_window->changes(), &ChangeController::changeFinished);
    QSignalSpy rescanned(m_window.get(), &MainWindow::sidesRescanned);
    QSignalSpy historyLoaded(m_window->history(), &ChangeHistoryPanel::loaded);
    dialog->findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(rescanned.count() > 0 || rescanned.wait(120000));
    QVERIFY(historyLoaded.count() > 0 || historyLoaded.wait(30000));
}

void TestFixFlow::undoNewest()
{
    ChangeHistoryPanel *history = m_window->history();
    QVERIFY(history->model()->canUndo(0));
    history->view()->selectRow(0);
    QSignalSpy opened(m_window->changes(), &ChangeController::previewOpened);
    history->findChild<QPushButton *>(QStringLiteral("undoButton"))->click();
    QVERIFY(opened.wait(30000));
}

void TestFixFlow::interopFixPreviewApplyRestartUndo()
{
    const std::optional<QByteArray> profile
        = FakeMachine::read(m_machine->distro(QStringLiteral("/home/dev/.profile")));
    QVERIFY(hasFinding(m_window->snapshot(), QStringLiteral("windows-path-appended"), QStringLiteral("wsl:Ubuntu")));
    ChangePreviewDialog *dialog = openFix(QStringLiteral("windows-path-appended"), QStringLiteral("wsl:Ubuntu"));
    QVERIFY(dialog);

    // The default choice turns appending off: wsl.conf is a target, its diff adds the key, and
    // the restart is offered, not assumed.
    auto *appendOff = dialog->findChild<QRadioButton *>(QStringLiteral("choice-append-off"));
    auto *filter = dialog->findChild<QRadioButton *>(QStringLiteral("choice-filter"));
    QVERIFY(appendOff && filter);
    QVERIFY(appendOff->isChecked());
    QVERIFY2(itemTexts(dialog->targets()).filter(QStringLiteral("Ubuntu: /etc/wsl.conf")).size() == 1,
        qPrintable(itemTexts(dialog->targets()).join(u'\n')));
    const int wslConfRow = int(itemTexts(dialog->targets())
            .indexOf(itemTexts(dialog->targets()).filter(QStringLiteral("Ubuntu: /etc/wsl.conf")).first()));
    dialog->targets()->setCurrentRow(wslConfRow);
    QVERIFY2(dialog->diffView()->toPlainText().contains(QStringLiteral("\n+appendWindowsPath=false")),
        qPrintable(dialog->diffView()->toPlainText()));
    auto *restart = dialog->findChild<QCheckBox *>(QStringLiteral("restartCheck"));
    QVERIFY(!restart->isHidden());
    QVERIFY(!restart->isChecked());
    QVERIFY(restart->text().contains(QStringLiteral("Ubuntu")));

    // Filtering keeps appending: wsl.conf is no longer changed and nothing waits for a restart.
    filter->click();
    QVERIFY(itemTexts(dialog->targets()).filter(QStringLiteral("/etc/wsl.conf")).isEmpty());
    QVERIFY(restart->isHidden());
    appendOff->click();
    QVERIFY(!itemTexts(dialog->targets()).filter(QStringLiteral("/etc/wsl.conf")).isEmpty());

    applyAndWait(dialog);
    const QByteArray conf = *FakeMachine::read(m_machine->distro(QStringLiteral("/etc/wsl.conf")));
    QVERIFY2(conf.startsWith(m_wslConf) && conf.contains("appendWindowsPath=false"), conf.constData());
    // Not restarted: the banner says Ubuntu waits, and the change is in the history.
    RestartBanner *banner = m_window->restartBanner();
    QCOMPARE(banner->distros(), QStringList { QStringLiteral("Ubuntu") });
    QVERIFY(!banner->isHidden());
    ChangeHistoryModel *history = m_window->history()->model();
    QCOMPARE(history->rowCount(), 1);
    QVERIFY(history->index(0, ChangeHistoryModel::SummaryColumn)
            .data()
            .toString()
            .contains(QStringLiteral("windows-path-appended")));
    QCOMPARE(history->index(0, ChangeHistoryModel::StateColumn).data().toString(), QStringLiteral("Applied"));

    // Restart now: the distro is terminated, read again (started), and the finding is gone.
    const qsizetype callsBefore = m_machine->wslCalls().size();
    QSignalSpy finished(m_window->changes(), &ChangeController::changeFinished);
    QSignalSpy rescanned(m_window.get(), &MainWindow::sidesRescanned);
    banner->findChild<QPushButton *>(QStringLiteral("restartNow-Ubuntu"))->click();
    QVERIFY(finished.wait(120000));
    QVERIFY(rescanned.count() > 0 || rescanned.wait(120000));
    QVERIFY(m_machine->wslCalls().mid(callsBefore).filter(QStringLiteral("--terminate\tUbuntu")).size() == 1);
    QVERIFY(banner->isHidden());
    QVERIFY(!hasFinding(m_window->snapshot(), QStringLiteral("windows-path-appended"), QStringLiteral("wsl:Ubuntu")));

    // Undo, previewed the same way, returns every byte.
    undoNewest();
    ChangePreviewDialog *undo = m_window->changes()->preview();
    QVERIFY(undo);
    QVERIFY(itemTexts(undo->targets()).filter(QStringLiteral("Ubuntu: /etc/wsl.conf")).size() == 1);
    applyAndWait(undo);
    QCOMPARE(FakeMachine::read(m_machine->distro(QStringLiteral("/etc/wsl.conf"))), m_wslConf);
    QCOMPARE(FakeMachine::read(m_machine->distro(QStringLiteral("/home/dev/.profile"))), profile);
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->index(0, ChangeHistoryModel::StateColumn).data().toString(), QStringLiteral("Undone"));
    QVERIFY(!history->canUndo(0));
}

void TestFixFlow::undoStopsAtALaterEditUnlessForced()
{
    ChangePreviewDialog *dialog = openFix(QStringLiteral("windows-path-appended"), QStringLiteral("wsl:Ubuntu"));
    QVERIFY(dialog);
    applyAndWait(dialog);
    // The user edits wsl.conf after GoDual did.
    const QString wslConf = m_machine->distro(QStringLiteral("/etc/wsl.conf"));
    const QByteArray edited = *FakeMachine::read(wslConf) + "# mine\n";
    QVERIFY(m_machine->write(wslConf, edited));

    undoNewest();
    QSignalSpy finished(m_window->changes(), &ChangeController::changeFinished);
    m_window->changes()->preview()->findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), false);
    // Nothing was undone, and the window asks whether to undo anyway, naming the file.
    QCOMPARE(FakeMachine::read(wslConf), std::optional<QByteArray>(edited));
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("undoConflictBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("/etc/wsl.conf")), qPrintable(box->text()));
    finished.clear();
    box->findChild<QPushButton *>(QStringLiteral("undoAnywayButton"))->click();
    QVERIFY(finished.wait(120000));
    JobsModel *jobs = m_window->jobs();
    QVERIFY2(finished.first().first().toBool(),
        qPrintable(jobs->index(jobs->rowCount() - 1, JobsModel::ProgressColumn).data().toString()));
    QCOMPARE(FakeMachine::read(wslConf), std::optional<QByteArray>(m_wslConf));
}

void TestFixFlow::useFromTheInstallsMatrix()
{
    // A second Go in Ubuntu's ~/sdk, then a scan of Ubuntu that finds it.
    const QString sdk = m_machine->distro(QStringLiteral("/home/dev/sdk/go1.21.13"));
    QVERIFY(m_machine->makeLinuxSdk(sdk, QStringLiteral("go1.21.13")));
    const std::optional<QByteArray> profile
        = FakeMachine::read(m_machine->distro(QStringLiteral("/home/dev/.profile")));
    QSignalSpy rescanned(m_window.get(), &MainWindow::sidesRescanned);
    m_window->scanSide(SideId::wsl(QStringLiteral("Ubuntu")), false);
    QVERIFY(rescanned.wait(120000));

    // Its cell in the matrix: double-click previews the switch.
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("installsView"));
    QAbstractItemModel *matrix = view->model();
    QModelIndex cell;
    for (int r = 0; r < matrix->rowCount(); ++r) {
        for (int c = 0; c < matrix->columnCount(); ++c) {
            const QModelIndex i = matrix->index(r, c);
            if (matrix->headerData(r, Qt::Vertical).toString() == QLatin1StringView("go1.21.13")
                && i.data(SideIdRole).toString() == QLatin1StringView("wsl:Ubuntu"))
                cell = i;
        }
    }
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data(StatusRole).toInt(), int(InstallsMatrixModel::Installed));
    QSignalSpy opened(m_window->changes(), &ChangeController::previewOpened);
    m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(view);
    view->scrollTo(cell);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::processEvents();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    if (auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("changeMessageBox")))
        QFAIL(qPrintable(box->text()));
    QCOMPARE(opened.count(), 1);
    ChangePreviewDialog *dialog = m_window->changes()->preview();
    QVERIFY(itemTexts(dialog->targets()).filter(QStringLiteral("Ubuntu: /home/dev/.profile")).size() == 1);
    dialog->targets()->setCurrentRow(0);
    QVERIFY2(dialog->diffView()->toPlainText().contains(QStringLiteral("/home/dev/sdk/go1.21.13/bin")),
        qPrintable(dialog->diffView()->toPlainText()));

    applyAndWait(dialog);
    const Side *ubuntu = m_window->snapshot().side(SideId::wsl(QStringLiteral("Ubuntu")));
    QVERIFY(ubuntu && ubuntu->active);
    QCOMPARE(ubuntu->active->goroot, QStringLiteral("/home/dev/sdk/go1.21.13"));
    for (int r = 0; r < matrix->rowCount(); ++r) {
        if (matrix->headerData(r, Qt::Vertical).toString() == QLatin1StringView("go1.21.13"))
            QCOMPARE(matrix->index(r, cell.column()).data(StatusRole).toInt(), int(InstallsMatrixModel::Active));
    }

    // And back, from the history.
    undoNewest();
    applyAndWait(m_window->changes()->preview());
    QCOMPARE(FakeMachine::read(m_machine->distro(QStringLiteral("/home/dev/.profile"))), profile);
}

QTEST_MAIN(TestFixFlow)
#include "tst_fixflow.moc"
