#include "mainwindow.h"

#include "diagnosis.h"
#include "environmentmodel.h"
#include "installsmatrixmodel.h"
#include "modelroles.h"
#include "pathmodel.h"
#include "problemspane.h"
#include "scanner.h"
#include "sidelistmodel.h"
#include "sidename.h"
#include "statusdelegate.h"
#include "version.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
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

QTableView *makeTable(
    const QString &objectName, const QString &accessibleName, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
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
    , m_sides(new SideListModel(this))
    , m_installs(new InstallsMatrixModel(this))
    , m_environment(new EnvironmentModel(this))
    , m_path(new PathModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("GoDual"));
    setAccessibleName(tr("GoDual control panel"));
    createPanes();
    createActions();
    restoreSettings();

    connect(m_scanner, &Scanner::sideFinished, this, [this] {
        ++m_sidesDone;
        statusBar()->showMessage(tr("Scanning… %n side(s) read", nullptr, m_sidesDone));
    });
    connect(m_scanner, &Scanner::finished, this, &MainWindow::scanDone);
    // The window is painted first; the scan starts from the event loop.
    QTimer::singleShot(0, this, &MainWindow::refresh);
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanes()
{
    m_sideView = makeTable(QStringLiteral("sidesView"), tr("Sides"), m_sides, this);
    m_sideView->setItemDelegate(new StatusDelegate({}, { int(Side::State::Stopped) }, {}, m_sideView));
    m_sideView->verticalHeader()->hide();
    connect(m_sideView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelectedSide);

    m_installsView = makeTable(QStringLiteral("installsView"), tr("Go installations"), m_installs, this);
    m_installsView->setItemDelegate(
        new StatusDelegate({ InstallsMatrixModel::Active }, { InstallsMatrixModel::Absent }, {}, m_installsView));
    m_environmentView = makeTable(QStringLiteral("environmentView"), tr("Environment"), m_environment, this);
    m_environmentView->setItemDelegate(
        new StatusDelegate({}, { EnvironmentModel::Unset }, { EnvironmentModel::Conflict }, m_environmentView));

    auto *pathPage = new QWidget(this);
    m_pathTitle = new QLabel(pathPage);
    m_pathTitle->setObjectName(QStringLiteral("pathTitle"));
    m_pathView = makeTable(QStringLiteral("pathView"), tr("PATH lookup order"), m_path, pathPage);
    m_pathView->setItemDelegate(new StatusDelegate({ PathModel::GoWins }, { PathModel::GoShadowed }, {}, m_pathView));
    m_pathView->verticalHeader()->hide();
    auto *pathLayout = new QVBoxLayout(pathPage);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    pathLayout->addWidget(m_pathTitle);
    pathLayout->addWidget(m_pathView);

    m_problems = new ProblemsPane(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(m_installsView, tr("Go &installations"));
    m_tabs->addTab(m_environmentView, tr("&Environment"));
    m_tabs->addTab(pathPage, tr("&PATH"));
    m_tabs->addTab(m_problems, tr("P&roblems"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sideView);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About GoDual"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->addAction(refresh);
}

void MainWindow::refresh()
{
    m_sidesDone = 0;
    statusBar()->showMessage(tr("Scanning…"));
    m_scanner->start();
}

bool MainWindow::isScanning() const { return m_scanner->isRunning(); }

void MainWindow::scanDone()
{
    const QString selected = m_sideView->currentIndex().data(SideIdRole).toString();
    m_snapshot = m_scanner->snapshot();
    const QList<Finding> findings = Diagnosis::run(m_snapshot);
    m_sides->setSnapshot(m_snapshot, findings);
    m_installs->setSnapshot(m_snapshot);
    m_environment->setSnapshot(m_snapshot);
    m_problems->setFindings(findings);
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
                          .arg(tr("%n problem(s)", nullptr, int(findings.size())));
    if (!m_snapshot.errors.isEmpty())
        message += QStringLiteral(" — ") + m_snapshot.errors.join(QStringLiteral("; "));
    statusBar()->showMessage(message);
    Q_EMIT scanFinished();
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
