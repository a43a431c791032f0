#include "mainwindow.h"

#include "changecontroller.h"
#include "changehistorypanel.h"
#include "diagnosis/diagnosis.h"
#include "icons.h"
#include "installdialog.h"
#include "itemmodels/environmentmodel.h"
#include "itemmodels/installsmatrixmodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/pathmodel.h"
#include "itemmodels/sidelistmodel.h"
#include "itemmodels/sidename.h"
#include "jobsmodel.h"
#include "jobspanel.h"
#include "languagemenu.h"
#include "problemspane.h"
#include "restartbanner.h"
#include "scan/scanner.h"
#include "sdk/sdkplan.h"
#include "sidedelegate.h"
#include "snapshotmerge.h"
#include "statusdelegate.h"
#include "version.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace GoDual {

namespace {

const QLatin1StringView kGeometryKey("mainWindow/geometry");
const QLatin1StringView kStateKey("mainWindow/state");
const QLatin1StringView kSplitterKey("mainWindow/splitter");
const QLatin1StringView kTabKey("mainWindow/tab");

QTableView *makeTable(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_scanner(new Scanner(MachineSeams::fromEnvironment(), ProcessRunner::system(), this))
    , m_sideScanner(new Scanner(MachineSeams::fromEnvironment(), ProcessRunner::system(), this))
    , m_sides(new SideListModel(this))
    , m_installs(new InstallsMatrixModel(this))
    , m_environment(new EnvironmentModel(this))
    , m_path(new PathModel(this))
    , m_jobs(new JobsModel(this))
    , m_changes(new ChangeController(m_jobs, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::app());
    createPanes();
    createActions();
    retranslate();
    restoreSettings();

    connect(m_scanner, &Scanner::sideFinished, this, [this] {
        ++m_sidesDone;
        statusBar()->showMessage(tr("Scanning… %n side(s) read", nullptr, m_sidesDone));
    });
    connect(m_scanner, &Scanner::finished, this, &MainWindow::scanDone);
    connect(m_sideScanner, &Scanner::finished, this, &MainWindow::sideScanDone);
    connectChanges();
    // An installed SDK shows up in the panes once its side is read again.
    connect(m_jobs, &JobsModel::succeeded, this, [this](const QString &side) {
        if (const Result<SideId> id = SideId::parse(side))
            scanSide(*id, false);
    });
    // The window is painted first; the scan starts from the event loop.
    QTimer::singleShot(0, this, &MainWindow::refresh);
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanes()
{
    m_sideView = makeTable(QStringLiteral("sidesView"), m_sides, this);
    m_sideView->setItemDelegate(new SideDelegate(m_sideView));
    m_sideView->verticalHeader()->hide();
    m_sideView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sideView, &QWidget::customContextMenuRequested, this, &MainWindow::showSideMenu);
    connect(m_sideView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelectedSide);

    m_installsView = makeTable(QStringLiteral("installsView"), m_installs, this);
    m_installsView->setItemDelegate(
        new StatusDelegate({ InstallsMatrixModel::Active }, { InstallsMatrixModel::Absent }, {}, m_installsView));
    m_installsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_installsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_installsView, &QWidget::customContextMenuRequested, this, &MainWindow::showInstallsMenu);
    connect(m_installsView, &QAbstractItemView::doubleClicked, this, &MainWindow::useFromMatrix);
    m_environmentView = makeTable(QStringLiteral("environmentView"), m_environment, this);
    m_environmentView->setItemDelegate(
        new StatusDelegate({}, { EnvironmentModel::Unset }, { EnvironmentModel::Conflict }, m_environmentView));

    auto *pathPage = new QWidget(this);
    m_pathTitle = new QLabel(pathPage);
    m_pathTitle->setObjectName(QStringLiteral("pathTitle"));
    m_pathView = makeTable(QStringLiteral("pathView"), m_path, pathPage);
    m_pathView->setItemDelegate(new StatusDelegate({ PathModel::GoWins }, { PathModel::GoShadowed }, {}, m_pathView));
    m_pathView->verticalHeader()->hide();
    auto *pathLayout = new QVBoxLayout(pathPage);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    pathLayout->addWidget(m_pathTitle);
    pathLayout->addWidget(m_pathView);

    m_problems = new ProblemsPane(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(m_installsView, QString());
    m_tabs->addTab(m_environmentView, QString());
    m_tabs->addTab(pathPage, QString());
    m_tabs->addTab(m_problems, QString());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sideView);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 3);
    m_restartBanner = new RestartBanner(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_restartBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_jobsPanel = new JobsPanel(m_jobs, this);
    m_jobsDock = new QDockWidget(this);
    m_jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsDock->setWidget(m_jobsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    m_jobsDock->hide();

    m_historyPanel = new ChangeHistoryPanel(this);
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_historyPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_jobsDock, m_historyDock);
    m_historyDock->hide();
}

void MainWindow::connectChanges()
{
    connect(m_problems, &ProblemsPane::fixRequested, m_changes,
        [this](const Finding &finding) { m_changes->fix({ finding }); });
    connect(m_problems, &ProblemsPane::fixAllRequested, m_changes, &ChangeController::fixAll);
    connect(m_historyPanel, &ChangeHistoryPanel::undoRequested, m_changes, &ChangeController::undo);
    connect(m_restartBanner, &RestartBanner::restartRequested, m_changes,
        [this](const QString &distro) { m_changes->restart({ distro }); });
    connect(m_changes, &ChangeController::busyChanged, this, [this](bool busy) {
        m_problems->setFixEnabled(!busy);
        m_historyPanel->setBusy(busy);
        m_restartBanner->setBusy(busy);
        if (busy) {
            m_jobsDock->show();
            m_jobsDock->raise();
        }
    });
    connect(m_changes, &ChangeController::pendingRestartsChanged, m_restartBanner, &RestartBanner::setDistros);
    connect(m_changes, &ChangeController::historyChanged, m_historyPanel, &ChangeHistoryPanel::reload);
    connect(m_changes, &ChangeController::wslEnvironmentChanged, this, [this](const QProcessEnvironment &environment) {
        m_scanner->wsl().setEnvironment(environment);
        m_sideScanner->wsl().setEnvironment(environment);
    });
    connect(m_changes, &ChangeController::rescanRequested, this, &MainWindow::rescanChanged);
    connect(
        m_changes, &ChangeController::message, this, [this](const QString &text) { statusBar()->showMessage(text); });
    m_historyPanel->reload();
}

// Reads the sides a change touched again; ChangeController says what became of the fixed
// problems once they are in.
void MainWindow::rescanChanged(const QList<SideId> &sides, bool wake)
{
    if (sides.isEmpty()) {
        m_changes->sidesRescanned(m_findings);
        return;
    }
    for (const SideId &side : sides)
        scanSide(side, wake);
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_installAction = m_fileMenu->addAction(Icons::install(), QString(), this, &MainWindow::openInstallDialog);
    m_installAction->setObjectName(QStringLiteral("installAction"));
    m_installAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_refreshAction = m_fileMenu->addAction(Icons::refresh(), QString(), this, &MainWindow::refresh);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));

    m_viewMenu = menuBar()->addMenu(QString());
    QAction *jobs = m_jobsDock->toggleViewAction();
    jobs->setObjectName(QStringLiteral("showJobsAction"));
    m_viewMenu->addAction(jobs);
    QAction *history = m_historyDock->toggleViewAction();
    history->setObjectName(QStringLiteral("showHistoryAction"));
    m_viewMenu->addAction(history);
    m_languageMenu = new LanguageMenu(this);
    m_viewMenu->addMenu(m_languageMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addAction(m_installAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("GoDual"));
    setAccessibleName(tr("GoDual control panel"));
    m_sideView->setAccessibleName(tr("Sides"));
    m_installsView->setAccessibleName(tr("Go installations"));
    m_environmentView->setAccessibleName(tr("Environment"));
    m_pathView->setAccessibleName(tr("PATH lookup order"));
    m_tabs->setTabText(0, tr("Go &installations"));
    m_tabs->setTabText(1, tr("&Environment"));
    m_tabs->setTabText(2, tr("&PATH"));
    m_tabs->setTabText(3, tr("P&roblems"));
    m_jobsDock->setWindowTitle(tr("Jobs"));
    m_historyDock->setWindowTitle(tr("Change history"));
    m_fileMenu->setTitle(tr("&File"));
    m_installAction->setText(tr("&Install Go…"));
    m_installAction->setToolTip(tr("Install a Go release from the official index"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(tr("Read every side again"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About GoDual"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_toolBar->setWindowTitle(tr("Main"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The models translate when asked for data; feeding them again refreshes every view.
        if (!m_snapshot.sides.isEmpty() || !m_snapshot.errors.isEmpty())
            applySnapshot();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::refresh()
{
    m_sidesDone = 0;
    statusBar()->showMessage(tr("Scanning…"));
    m_scanner->start();
}

bool MainWindow::isScanning() const { return m_scanner->isRunning() || m_sideScanner->isRunning(); }

void MainWindow::scanSide(const SideId &side, bool wake)
{
    // A newer start supersedes a running one, so the sides asked for meanwhile go along with it.
    if (!m_sidesToScan.contains(side))
        m_sidesToScan.append(side);
    m_wakeSides = m_wakeSides || wake;
    QStringList names;
    for (const SideId &id : std::as_const(m_sidesToScan)) {
        const Side *known = m_snapshot.side(id);
        names.append(known ? sideDisplayName(*known) : id.toString());
    }
    statusBar()->showMessage(tr("Scanning %1…").arg(names.join(QStringLiteral(", "))));
    ScanOptions options;
    options.only = m_sidesToScan;
    options.wake = m_wakeSides;
    m_sideScanner->start(options);
}

void MainWindow::scanDone()
{
    m_snapshot = m_scanner->snapshot();
    applySnapshot();
    Q_EMIT scanFinished();
}

void MainWindow::sideScanDone()
{
    m_sidesToScan.clear();
    m_wakeSides = false;
    m_snapshot = mergeSides(m_snapshot, m_sideScanner->snapshot());
    applySnapshot();
    m_changes->sidesRescanned(m_findings);
    Q_EMIT sidesRescanned();
}

void MainWindow::applySnapshot()
{
    const QString selected = m_sideView->currentIndex().data(SideIdRole).toString();
    const QList<Finding> findings = Diagnosis::run(m_snapshot);
    m_findings = findings;
    m_problemCount = int(findings.size());
    m_changes->setSnapshot(m_snapshot, findings);
    QList<bool> fixable;
    for (const Finding &f : findings)
        fixable.append(m_changes->isFixable(f));
    m_sides->setSnapshot(m_snapshot, findings);
    m_installs->setSnapshot(m_snapshot);
    m_environment->setSnapshot(m_snapshot);
    m_problems->setFindings(findings, fixable);
    m_problems->setFixEnabled(!m_changes->isBusy());
    int row = 0;
    for (int r = 0; r < m_sides->rowCount(); ++r) {
        if (m_sides->index(r, 0).data(SideIdRole).toString() == selected)
            row = r;
    }
    if (m_sides->rowCount() > 0)
        m_sideView->selectRow(row);
    showSelectedSide();
    for (QTableView *v : { m_sideView, m_installsView, m_environmentView, m_pathView })
        v->resizeColumnsToContents();

    QString message = tr("%n side(s) scanned, %1", nullptr, int(m_snapshot.sides.size()))
                          .arg(tr("%n problem(s)", nullptr, m_problemCount));
    if (!m_snapshot.errors.isEmpty())
        message += QStringLiteral(" — ") + m_snapshot.errors.join(QStringLiteral("; "));
    statusBar()->showMessage(message);
}

void MainWindow::showSelectedSide()
{
    const Side *side = m_sides->side(m_sideView->currentIndex().row());
    if (!side) {
        m_path->setSide(Side());
        m_pathTitle->clear();
        return;
    }
    m_path->setSide(*side);
    m_pathTitle->setText(side->scanned
            ? tr("PATH of %1, in lookup order").arg(sideDisplayName(*side))
            : tr("%1 was not read: %2")
                  .arg(sideDisplayName(*side), side->scanError.isEmpty() ? tr("it is stopped") : side->scanError));
}

void MainWindow::showSideMenu(const QPoint &pos)
{
    const QModelIndex index = m_sideView->indexAt(pos);
    const Side *side = m_sides->side(index.row());
    if (!side)
        return;
    const SideId id = side->id;
    QMenu menu(this);
    if (id.kind() == SideId::Kind::Wsl && side->state == Side::State::Stopped) {
        QAction *wake = menu.addAction(Icons::refresh(), tr("&Scan this distro (starts it)"));
        wake->setObjectName(QStringLiteral("wakeScanAction"));
        connect(wake, &QAction::triggered, this, [this, id] { scanSide(id, true); });
    } else {
        QAction *again = menu.addAction(Icons::refresh(), tr("&Scan this side again"));
        again->setObjectName(QStringLiteral("sideScanAction"));
        connect(again, &QAction::triggered, this, [this, id] { scanSide(id, false); });
    }
    menu.addAction(m_installAction);
    menu.exec(m_sideView->viewport()->mapToGlobal(pos));
}

void MainWindow::showInstallsMenu(const QPoint &pos)
{
    const QModelIndex cell = m_installsView->indexAt(pos);
    const Result<SideId> side = SideId::parse(cell.data(SideIdRole).toString());
    if (!cell.isValid() || !side)
        return;
    const QString version = m_installs->headerData(cell.row(), Qt::Vertical).toString();
    const Side *known = m_snapshot.side(*side);
    const QString name = known ? sideDisplayName(*known) : side->toString();
    QMenu menu(this);
    QAction *action = nullptr;
    switch (InstallsMatrixModel::CellStatus(cell.data(StatusRole).toInt())) {
    case InstallsMatrixModel::Active:
        action = menu.addAction(tr("%1 runs on %2").arg(version, name));
        action->setEnabled(false);
        break;
    case InstallsMatrixModel::Installed:
        action = menu.addAction(tr("&Use on %1…").arg(name));
        action->setObjectName(QStringLiteral("useAction"));
        break;
    case InstallsMatrixModel::Absent:
        action = menu.addAction(Icons::install(), tr("&Install and use on %1…").arg(name));
        action->setObjectName(QStringLiteral("installAndUseAction"));
        action->setEnabled(canInstallOn(*side));
        break;
    }
    action->setEnabled(action->isEnabled() && !m_changes->isBusy());
    connect(action, &QAction::triggered, this, [this, cell] { useFromMatrix(cell); });
    menu.exec(m_installsView->viewport()->mapToGlobal(pos));
}

void MainWindow::useFromMatrix(const QModelIndex &cell)
{
    const Result<SideId> side = SideId::parse(cell.data(SideIdRole).toString());
    if (!cell.isValid() || !side || m_changes->isBusy())
        return;
    const QString version = m_installs->headerData(cell.row(), Qt::Vertical).toString();
    switch (InstallsMatrixModel::CellStatus(cell.data(StatusRole).toInt())) {
    case InstallsMatrixModel::Active:
        return;
    case InstallsMatrixModel::Installed:
        m_changes->use(version, *side);
        return;
    case InstallsMatrixModel::Absent: {
        const auto goVersion = GoVersion::parse(version);
        const Result<InstallRequest> request = goVersion
            ? planInstall(*goVersion, *side, m_snapshot.side(*side))
            : Result<InstallRequest>(Failure { tr("%1 is not a Go release").arg(version) });
        if (!request) {
            statusBar()->showMessage(request.error());
            return;
        }
        // The switch is previewed once the install has landed and its side was read again.
        m_changes->useAfterInstall(version, *side);
        startInstalls({ *request });
        return;
    }
    }
}

void MainWindow::openInstallDialog()
{
    auto *dialog = new InstallDialog(m_snapshot, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InstallDialog::installRequested, this, &MainWindow::startInstalls);
    dialog->open();
}

void MainWindow::startInstalls(const QList<InstallRequest> &requests)
{
    for (const InstallRequest &request : requests)
        m_jobs->start(request);
    if (!requests.isEmpty()) {
        m_jobsDock->show();
        m_jobsDock->raise();
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(kStateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({ 320, 960 });
    m_tabs->setCurrentIndex(settings.value(kTabKey, 0).toInt());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kTabKey, m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    // Deleting the jobs (with the window) cancels them; their partial downloads stay resumable.
    m_jobs->cancelAll();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About GoDual"),
        tr("<h3>GoDual %1</h3><p>A control panel for developers who run Go both on Windows and inside "
           "WSL distros.</p>")
            .arg(QStringLiteral(GODUAL_VERSION_STRING)));
}

} // namespace GoDual
