#include "installdialog.h"
#include "itemmodels/modelroles.h"
#include "jobsmodel.h"
#include "jobspanel.h"
#include "loopbackhttpserver.h"
#include "mainwindow.h"
#include "processrun.h"
#include "requirement.h"
#include "sdk/sdkplan.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using GoDual::JobsModel;
using GoDual::Test::LoopbackHttpServer;

namespace {

QString runText(const QString &program, const QStringList &args, int *exitCode = nullptr,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(300000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

// Drives the install path of the window as a person would: File > Install Go, pick a release of
// the loopback server's index and the local side, Install, then watch (and cancel) the job in the
// jobs panel. The archive is the build root's real Go toolchain (its VERSION and bin/), packed like
// the official tarballs; HOME and the state dir are temporary folders.
class TestInstallFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dialogListsReleasesAndSides();
    void dialogShowsIndexErrors();
    void dialogDisablesSidesItCannotInstallOn();
    void dialogFallsBackToTheCachedIndex();
    void failedJobSaysWhy();
    void cancelLeavesNoTarget();
    void installFinishesAndRescans();

private:
    GoDual::InstallDialog *openDialog(GoDual::MainWindow &window);
    void startInstall(GoDual::MainWindow &window);

    QTemporaryDir m_fixtures;
    QString m_version;
    QString m_filename;
    QByteArray m_archive;
    QByteArray m_index;
    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_state;
};

void TestInstallFlow::initTestCase()
{
    // Nothing of the developer's shell (GODUAL_* seams, GO* variables) reaches the scan.
    GoDual::ProcessRun::clearInheritedEnvironment();
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("GoDualTests"));
    QApplication::setApplicationName(QStringLiteral("tst_installflow"));
    QSettings().clear();
    for (const char *seam : { "GODUAL_WSL", "GODUAL_REGISTRY", "GODUAL_WINDOWS_ROOT" })
        qunsetenv(seam);
    const QString go = QStandardPaths::findExecutable(QStringLiteral("go"));
    GODUAL_REQUIRE_OR_SKIP(!go.isEmpty() && !QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty(),
        "needs a Go toolchain and GNU tar (the build root installs golang-go and tar)");
    GODUAL_REQUIRE_OR_SKIP(QSysInfo::kernelType() == u"linux" && QSysInfo::currentCpuArchitecture() == u"x86_64",
        "the archive is named for linux-amd64");
    const QString goroot = runText(go, { QStringLiteral("env"), QStringLiteral("GOROOT") }).trimmed();
    QFile versionFile(goroot + QStringLiteral("/VERSION"));
    QVERIFY(versionFile.open(QIODevice::ReadOnly));
    m_version = QString::fromUtf8(versionFile.readLine()).trimmed();
    QVERIFY2(m_version.startsWith(QLatin1StringView("go1.")), qPrintable(m_version));
    m_filename = m_version + QStringLiteral(".linux-amd64.tar.gz");
    const QString archivePath = m_fixtures.filePath(m_filename);
    int exitCode = -1;
    // -h: Debian's GOROOT links into /usr/share; the archive holds the files themselves. One tool of
    // pkg/tool (its smallest) makes the folder an installation GoDual lists (VERSION, bin/go,
    // pkg/tool) without packing the whole toolchain.
    runText(QStringLiteral("tar"),
        { QStringLiteral("--format=pax"), QStringLiteral("-czhf"), archivePath, QStringLiteral("--transform"),
            QStringLiteral("s,^\\.,go,"), QStringLiteral("-C"), goroot, QStringLiteral("./VERSION"),
            QStringLiteral("./go.env"), QStringLiteral("./bin"), QStringLiteral("./pkg/tool/linux_amd64/pack") },
        &exitCode);
    QCOMPARE(exitCode, 0);
    QFile archive(archivePath);
    QVERIFY(archive.open(QIODevice::ReadOnly));
    m_archive = archive.readAll();
    QVERIFY(m_archive.size() > 1000000);

    auto file = [](const QString &name, const QString &os, const QString &arch, const QString &version,
                    const QByteArray &bytes) {
        return QJsonObject { { QStringLiteral("filename"), name }, { QStringLiteral("os"), os },
            { QStringLiteral("arch"), arch }, { QStringLiteral("version"), version },
            { QStringLiteral("sha256"),
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) },
            { QStringLiteral("size"), bytes.size() }, { QStringLiteral("kind"), QStringLiteral("archive") } };
    };
    const QJsonObject release { { QStringLiteral("version"), m_version }, { QStringLiteral("stable"), true },
        { QStringLiteral("files"),
            QJsonArray { file(m_filename, QStringLiteral("linux"), QStringLiteral("amd64"), m_version, m_archive) } } };
    const QJsonObject candidate { { QStringLiteral("version"), QStringLiteral("go1.99rc1") },
        { QStringLiteral("stable"), false },
        { QStringLiteral("files"),
            QJsonArray { file(QStringLiteral("go1.99rc1.linux-amd64.tar.gz"), QStringLiteral("linux"),
                QStringLiteral("amd64"), QStringLiteral("go1.99rc1"), "not served") } } };
    const QJsonObject older { { QStringLiteral("version"), QStringLiteral("go1.20.14") },
        { QStringLiteral("stable"), true },
        { QStringLiteral("files"),
            QJsonArray { file(QStringLiteral("go1.20.14.linux-amd64.tar.gz"), QStringLiteral("linux"),
                QStringLiteral("amd64"), QStringLiteral("go1.20.14"), "not served") } } };
    m_index = QJsonDocument(QJsonArray { candidate, release, older }).toJson();
}

void TestInstallFlow::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_home = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid() && m_state->isValid());
    qputenv("HOME", m_home->path().toUtf8());
    qputenv("GODUAL_RELEASES_URL", m_server->url(QStringLiteral("/dl/")).toString().toUtf8());
    qputenv("GODUAL_STATE_DIR", m_state->path().toUtf8());
    m_server->serve("/dl/", m_index);
}

void TestInstallFlow::cleanup()
{
    m_server.reset();
    m_home.reset();
    m_state.reset();
}

GoDual::InstallDialog *TestInstallFlow::openDialog(GoDual::MainWindow &window)
{
    QSignalSpy scanned(&window, &GoDual::MainWindow::scanFinished);
    window.show();
    if (!scanned.wait(30000))
        return nullptr;
    window.findChild<QAction *>(QStringLiteral("installAction"))->trigger();
    auto *dialog = window.findChild<GoDual::InstallDialog *>(QStringLiteral("installDialog"));
    if (!dialog)
        return nullptr;
    auto *releases = dialog->findChild<QTableView *>(QStringLiteral("releaseView"));
    if (!QTest::qWaitFor([&] { return releases->model()->rowCount() > 0; }, 20000))
        return nullptr;
    return dialog;
}

void TestInstallFlow::startInstall(GoDual::MainWindow &window)
{
    GoDual::InstallDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("releaseSearch"));
    auto *releases = dialog->findChild<QTableView *>(QStringLiteral("releaseView"));
    QTest::keyClicks(search, m_version);
    QCOMPARE(releases->model()->rowCount(), 1);
    releases->selectRow(0);
    auto *local = dialog->findChild<QCheckBox *>(QStringLiteral("side:local"));
    QVERIFY(local && local->isEnabled());
    local->setChecked(true);
    auto *install = dialog->findChild<QPushButton *>(QStringLiteral("installButton"));
    QVERIFY(install->isEnabled());
    QTest::mouseClick(install, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(window.jobs()->rowCount(), 1);
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("jobsDock"))->isVisible());
}

void TestInstallFlow::dialogListsReleasesAndSides()
{
    GoDual::MainWindow window;
    GoDual::InstallDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    auto *releases = dialog->findChild<QTableView *>(QStringLiteral("releaseView"));
    QAbstractItemModelTester tester(releases->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Stable by default; the release candidate only on request.
    QCOMPARE(releases->model()->rowCount(), 2);
    QCOMPARE(releases->model()->index(0, 0).data().toString(), m_version);
    dialog->findChild<QCheckBox *>(QStringLiteral("showAllReleases"))->setChecked(true);
    QCOMPARE(releases->model()->rowCount(), 3);
    QCOMPARE(releases->model()->index(0, 0).data().toString(), QStringLiteral("go1.99rc1"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("releaseStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("127.0.0.1")), qPrintable(status->text()));
    // The local side is the one that can take an SDK, so it is offered and already checked.
    auto *local = dialog->findChild<QCheckBox *>(QStringLiteral("side:local"));
    QVERIFY(local);
    QVERIFY(local->isEnabled());
    QVERIFY(local->isChecked());
    QVERIFY(local->toolTip().contains(m_home->path()));
    // Nothing selected: Install is off.
    releases->clearSelection();
    releases->setCurrentIndex({});
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("installButton"))->isEnabled());
    dialog->reject();
}

void TestInstallFlow::dialogShowsIndexErrors()
{
    LoopbackHttpServer::Route broken;
    broken.body = "{ not json";
    m_server->setRoute("/dl/", broken);
    GoDual::MainWindow window;
    QSignalSpy scanned(&window, &GoDual::MainWindow::scanFinished);
    window.show();
    QVERIFY(scanned.wait(30000));
    window.openInstallDialog();
    auto *dialog = window.findChild<GoDual::InstallDialog *>(QStringLiteral("installDialog"));
    QVERIFY(dialog);
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("releaseStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 20000);
    QVERIFY2(status->text().contains(QStringLiteral("could not be read")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(m_server->url(QStringLiteral("/dl/")).toString()), qPrintable(status->text()));
    QCOMPARE(dialog->findChild<QTableView *>(QStringLiteral("releaseView"))->model()->rowCount(), 0);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("installButton"))->isEnabled());
    auto *retry = dialog->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry->isVisible());

    // The server comes back: Retry fills the list.
    m_server->serve("/dl/", m_index);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->findChild<QTableView *>(QStringLiteral("releaseView"))->model()->rowCount() == 2, 20000);
    QVERIFY(!retry->isVisible());
}

// A snapshot with Windows, a distro and the local side: each side is offered; those planInstall
// refuses are disabled and say why, next to the box and as its tooltip.
void TestInstallFlow::dialogDisablesSidesItCannotInstallOn()
{
    GoDual::Snapshot snapshot;
    for (const GoDual::SideId &id :
        { GoDual::SideId::windows(), GoDual::SideId::wsl(QStringLiteral("Ubuntu")), GoDual::SideId::local() }) {
        GoDual::Side side;
        side.id = id;
        side.name = id.kind() == GoDual::SideId::Kind::Wsl ? id.distro() : id.toString();
        side.scanned = true;
        snapshot.sides.append(side);
    }
    GoDual::InstallDialog dialog(snapshot);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 20000);
    for (const GoDual::SideId &id :
        { GoDual::SideId::windows(), GoDual::SideId::wsl(QStringLiteral("Ubuntu")), GoDual::SideId::local() }) {
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("side:") + id.toString());
        QVERIFY2(box, qPrintable(id.toString()));
        auto *reason = dialog.findChild<QLabel *>(QStringLiteral("sideReason:") + id.toString());
        // A side is offered when its kind can take an SDK and this machine can reach it.
        const auto refused = GoDual::planInstall(*GoDual::GoVersion::parse(u"go1.22.0"), id, &snapshot.sides.first());
        QCOMPARE(box->isEnabled(), GoDual::canInstallOn(id) && refused.ok());
        if (box->isEnabled()) {
            QVERIFY(!reason);
            continue;
        }
        QVERIFY(!refused.ok());
        QVERIFY(reason);
        QCOMPARE(box->toolTip(), refused.error());
        QCOMPARE(reason->text(), refused.error());
        QVERIFY(!box->isChecked());
    }
    // The local side is the only one that can take an SDK here, so it is checked already.
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("side:local"))->isChecked());
}

// Offline after one good fetch: the dialog keeps the cached list and says how old it is.
void TestInstallFlow::dialogFallsBackToTheCachedIndex()
{
    GoDual::MainWindow window;
    GoDual::InstallDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    auto *releases = dialog->findChild<QTableView *>(QStringLiteral("releaseView"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("releaseStatus"));
    QCOMPARE(releases->model()->rowCount(), 2);
    QVERIFY(!status->text().contains(QStringLiteral("Offline")));

    LoopbackHttpServer::Route down;
    down.fault = LoopbackHttpServer::Fault::Status;
    down.status = 503;
    m_server->setRoute("/dl/", down);
    dialog->reload();
    QVERIFY(dialog->isLoading());
    QCOMPARE(status->text(), QStringLiteral("Loading the release index…"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 20000);
    QVERIFY2(status->text().startsWith(QStringLiteral("Offline: cached index from ")), qPrintable(status->text()));
    QVERIFY2(status->toolTip().contains(QStringLiteral("503")), qPrintable(status->toolTip()));
    QCOMPARE(releases->model()->rowCount(), 2);
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("installButton"))->isEnabled());
    dialog->reject();
}

// The index lists go1.20.14 but the server has no such file: the job fails and says so, naming the
// URL and the answer; the target stays absent.
void TestInstallFlow::failedJobSaysWhy()
{
    GoDual::MainWindow window;
    QAbstractItemModelTester tester(window.jobs(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto plan = GoDual::planInstall(*GoDual::GoVersion::parse(u"go1.20.14"), GoDual::SideId::local());
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    window.startInstalls({ plan.value() });
    JobsModel *jobs = window.jobs();
    QCOMPARE(jobs->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(jobs->state(0), JobsModel::Failed, 20000);
    const QString message = jobs->index(0, JobsModel::ProgressColumn).data().toString();
    QVERIFY2(message.contains(m_server->url(QStringLiteral("/dl/go1.20.14.linux-amd64.tar.gz")).toString()),
        qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("404")), qPrintable(message));
    QCOMPARE(jobs->index(0, JobsModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(jobs->index(0, JobsModel::StateColumn).data(Qt::ToolTipRole).toString(), message);
    auto *panel = window.findChild<GoDual::JobsPanel *>();
    QVERIFY(!panel->view()->indexWidget(jobs->index(0, JobsModel::ActionColumn)));
    QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("sdk/go1.20.14"))));
}

void TestInstallFlow::cancelLeavesNoTarget()
{
    // Slow enough to watch and cancel: the archive takes many seconds at this rate.
    LoopbackHttpServer::Route slow;
    slow.body = m_archive;
    slow.bytesPerSecond = 512 * 1024;
    m_server->setRoute("/dl/" + m_filename.toUtf8(), slow);

    GoDual::MainWindow window;
    QAbstractItemModelTester tester(window.jobs(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    startInstall(window);
    JobsModel *jobs = window.jobs();
    const QModelIndex progress = jobs->index(0, JobsModel::ProgressColumn);
    QTRY_VERIFY_WITH_TIMEOUT(progress.data(JobsModel::BytesDoneRole).toLongLong() > 0, 20000);
    QCOMPARE(jobs->index(0, JobsModel::StateColumn).data().toString(), QStringLiteral("Downloading"));
    QCOMPARE(progress.data(JobsModel::BytesTotalRole).toLongLong(), m_archive.size());
    QVERIFY2(progress.data().toString().contains(QStringLiteral(" of ")), qPrintable(progress.data().toString()));
    QCOMPARE(jobs->index(0, JobsModel::VersionColumn).data().toString(), m_version);
    QCOMPARE(jobs->index(0, JobsModel::SideColumn).data().toString(), QStringLiteral("This machine"));
    QCOMPARE(jobs->index(0, JobsModel::SideColumn).data(GoDual::SideIdRole).toString(), QStringLiteral("local"));
    // The window's event loop runs while the job runs: a queued timer event is delivered. How
    // long the loop stalls is measured by tests/bench/bench_window, not bounded here.
    QTimer tick;
    tick.setSingleShot(true);
    QSignalSpy ticked(&tick, &QTimer::timeout);
    tick.start(0);
    QVERIFY(ticked.wait(20000));
    QCOMPARE(jobs->state(0), JobsModel::Running);

    auto *panel = window.findChild<GoDual::JobsPanel *>();
    auto *cancel = qobject_cast<QPushButton *>(panel->view()->indexWidget(jobs->index(0, JobsModel::ActionColumn)));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(jobs->state(0), JobsModel::Cancelled, 20000);
    QCOMPARE(jobs->index(0, JobsModel::StateColumn).data().toString(), QStringLiteral("Cancelled"));
    QVERIFY(!panel->view()->indexWidget(jobs->index(0, JobsModel::ActionColumn)));
    const QString target = m_home->filePath(QStringLiteral("sdk/") + m_version);
    QVERIFY(!QFileInfo::exists(target));
    const QStringList left = QDir(m_home->filePath(QStringLiteral("sdk")))
                                 .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));

    // Finished jobs stay listed until cleared.
    auto *clear = window.findChild<QPushButton *>(QStringLiteral("clearJobsButton"));
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(jobs->rowCount(), 0);
}

void TestInstallFlow::installFinishesAndRescans()
{
    m_server->serve("/dl/" + m_filename.toUtf8(), m_archive);
    GoDual::MainWindow window;
    QAbstractItemModelTester tester(window.jobs(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy rescanned(&window, &GoDual::MainWindow::sidesRescanned);
    startInstall(window);
    JobsModel *jobs = window.jobs();
    QTRY_VERIFY_WITH_TIMEOUT(jobs->state(0) != JobsModel::Running, 120000);
    const QString target = m_home->filePath(QStringLiteral("sdk/") + m_version);
    QCOMPARE(jobs->state(0), JobsModel::Succeeded);
    QCOMPARE(jobs->index(0, JobsModel::StateColumn).data().toString(), QStringLiteral("Installed"));
    QCOMPARE(jobs->index(0, JobsModel::ProgressColumn).data().toString(), target);

    // The SDK is there and runs (told its GOROOT: the archive holds only part of the toolchain).
    QVERIFY(QFileInfo(target + QStringLiteral("/bin/go")).isExecutable());
    int exitCode = -1;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GOROOT"), target);
    const QString version = runText(target + QStringLiteral("/bin/go"), { QStringLiteral("version") }, &exitCode, env);
    QCOMPARE(exitCode, 0);
    QVERIFY2(version.startsWith(QStringLiteral("go version ") + m_version), qPrintable(version));

    // The local side is read again and now lists it.
    QVERIFY(rescanned.wait(30000));
    const GoDual::Side *local = window.snapshot().side(GoDual::SideId::local());
    QVERIFY(local);
    const bool listed = std::any_of(local->installs.begin(), local->installs.end(),
        [&](const GoDual::GoInstall &install) { return QFileInfo(install.goroot) == QFileInfo(target); });
    QVERIFY(listed);
}

QTEST_MAIN(TestInstallFlow)
#include "tst_installflow.moc"
