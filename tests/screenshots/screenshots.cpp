// Saves a PNG of every pane of the real window, for the README and for reviewing the look:
// `tools/dev screenshots` runs it against a demo machine (tests/fakes/demo-machine) in English
// and Simplified Chinese. The install dialog and the jobs panel are shown against a loopback
// server with the release index fixture: one job downloading slowly, one failing (the server has
// no such file), so both states are in the picture. Nothing leaves 127.0.0.1. Then the write path:
// the preview of "Fix all…", the interop fix's choices, and the change history with the banner of
// a distro waiting for its restart after that fix was applied to the (temporary) demo machine.

#include "changecontroller.h"
#include "changehistorypanel.h"
#include "changepreviewdialog.h"
#include "installdialog.h"
#include "itemmodels/findingsmodel.h"
#include "jobsmodel.h"
#include "loopbackhttpserver.h"
#include "mainwindow.h"
#include "problemspane.h"
#include "sdk/sdkplan.h"
#include "testdata.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

namespace {

bool save(QWidget *widget, const QString &out, const QString &language, const QString &name)
{
    const QString file = QDir(out).filePath(language + u'-' + name + QStringLiteral(".png"));
    if (!widget->grab().save(file)) {
        QTextStream(stderr) << "cannot write " << file << '\n';
        return false;
    }
    QTextStream(stdout) << file << '\n';
    return true;
}

// Fix all…, the interop fix's choices, then that fix applied and the history.
bool writePathShots(GoDual::MainWindow &window, const QString &out, const QString &language)
{
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto *problems = window.findChild<GoDual::ProblemsPane *>();
    tabs->setCurrentWidget(problems);
    GoDual::ChangeController *changes = window.changes();
    problems->fixAllButton()->click();
    if (!changes->preview()) {
        QTextStream(stderr) << "Fix all… opened no preview\n";
        return false;
    }
    QApplication::processEvents();
    if (!save(changes->preview(), out, language, QStringLiteral("fix-preview")))
        return false;
    changes->preview()->reject();
    QApplication::processEvents();

    QAbstractItemModel *model = problems->view()->model();
    int interop = -1;
    for (int r = 0; r < model->rowCount() && interop < 0; ++r) {
        if (model->index(r, GoDual::FindingsModel::IdColumn).data().toString()
            == QLatin1StringView("windows-path-appended"))
            interop = r;
    }
    if (interop < 0) {
        QTextStream(stderr) << "the demo machine has no windows-path-appended finding to fix\n";
        return false;
    }
    problems->view()->selectRow(interop);
    problems->fixButton()->click();
    GoDual::ChangePreviewDialog *dialog = changes->preview();
    if (!dialog) {
        QTextStream(stderr) << "Fix… opened no preview for windows-path-appended\n";
        return false;
    }
    QApplication::processEvents();
    if (!save(dialog, out, language, QStringLiteral("interop-choice")))
        return false;
    QSignalSpy finished(changes, &GoDual::ChangeController::changeFinished);
    QSignalSpy rescanned(&window, &GoDual::MainWindow::sidesRescanned);
    QSignalSpy loaded(window.history(), &GoDual::ChangeHistoryPanel::loaded);
    dialog->findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
    if (!finished.wait(120000) || !finished.first().first().toBool()) {
        QTextStream(stderr) << "the interop fix did not apply\n";
        return false;
    }
    if ((!rescanned.count() && !rescanned.wait(120000)) || (!loaded.count() && !loaded.wait(30000))) {
        QTextStream(stderr) << "no re-scan or history after the fix\n";
        return false;
    }
    window.findChild<QDockWidget *>(QStringLiteral("historyDock"))->show();
    window.findChild<QDockWidget *>(QStringLiteral("historyDock"))->raise();
    QApplication::processEvents();
    if (!save(&window, out, language, QStringLiteral("history")))
        return false;

    // Use on Ubuntu: the preview of switching to the demo machine's second Go there.
    changes->use(QStringLiteral("go1.21.13"), GoDual::SideId::wsl(QStringLiteral("Ubuntu")));
    if (!changes->preview()) {
        QTextStream(stderr) << "Use on Ubuntu opened no preview (does the demo machine have go1.21.13 there?)\n";
        return false;
    }
    QApplication::processEvents();
    const bool saved = save(changes->preview(), out, language, QStringLiteral("use-preview"));
    changes->preview()->reject();
    return saved;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: godual_screenshots OUTDIR LANGUAGE\n";
        return 2;
    }
    const QString out = args[1];
    const QString language = args[2];
    QApplication::setOrganizationName(QStringLiteral("GoDualScreenshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QLocale locale(language);
    QLocale::setDefault(locale);
    GoDual::Translations::install(app, locale);

    // Installs land in a temporary home and state dir, from the loopback server.
    QTemporaryDir home;
    QTemporaryDir state;
    GoDual::Test::LoopbackHttpServer server;
    if (!home.isValid() || !state.isValid() || !server.listen()) {
        QTextStream(stderr) << "cannot prepare the install server\n";
        return 1;
    }
    qputenv("HOME", home.path().toUtf8());
    qputenv("GODUAL_STATE_DIR", state.path().toUtf8());
    qputenv("GODUAL_RELEASES_URL", server.url(QStringLiteral("/dl/")).toString().toUtf8());
    server.serve("/dl/", GoDual::TestData::fixture(QStringLiteral("releases/index-all.json")));
    GoDual::Test::LoopbackHttpServer::Route slow;
    slow.body = GoDual::TestData::randomBytes(64 * 1024 * 1024, 7);
    slow.bytesPerSecond = 3 * 1024 * 1024;
    server.setRoute("/dl/go1.22.6.linux-amd64.tar.gz", slow);

    GoDual::MainWindow window;
    window.resize(1280, 720);
    QSignalSpy scanned(&window, &GoDual::MainWindow::scanFinished);
    window.show();
    if (!scanned.wait(60000)) {
        QTextStream(stderr) << "the scan did not finish\n";
        return 1;
    }
    QDir().mkpath(out);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    const QStringList names { QStringLiteral("installs"), QStringLiteral("environment"), QStringLiteral("path"),
        QStringLiteral("problems") };
    for (int i = 0; i < tabs->count() && i < names.size(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        if (!save(&window, out, language, names[i]))
            return 1;
    }

    window.openInstallDialog();
    auto *dialog = window.findChild<GoDual::InstallDialog *>(QStringLiteral("installDialog"));
    QSignalSpy loaded(dialog, &GoDual::InstallDialog::releasesLoaded);
    if (!loaded.count() && !loaded.wait(20000)) {
        QTextStream(stderr) << "the release index did not load\n";
        return 1;
    }
    QApplication::processEvents();
    if (!save(dialog, out, language, QStringLiteral("install")))
        return 1;
    dialog->reject();

    // The demo machine has no local side; the jobs go there anyway, as the command line would.
    QList<GoDual::InstallRequest> requests;
    for (const char *version : { "go1.22.6", "go1.22.5" }) {
        const auto plan = GoDual::planInstall(
            *GoDual::GoVersion::parse(QString::fromLatin1(version)), GoDual::SideId::local(), nullptr);
        if (!plan) {
            QTextStream(stderr) << plan.error() << '\n';
            return 1;
        }
        requests.append(plan.value());
    }
    window.startInstalls(requests);
    tabs->setCurrentIndex(0);
    // Long enough for the download to show a rate and an ETA and for the second job to fail.
    QTest::qWait(2500);
    if (!save(&window, out, language, QStringLiteral("jobs")))
        return 1;
    window.jobs()->cancelAll();
    return writePathShots(window, out, language) ? 0 : 1;
}
