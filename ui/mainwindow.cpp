#include "mainwindow.h"

#include "version.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace GoDual {

namespace {
const QLatin1StringView kGeometryKey("mainWindow/geometry");
const QLatin1StringView kStateKey("mainWindow/state");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("GoDual"));
    setAccessibleName(tr("GoDual control panel"));

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Go on Windows and in every WSL distro, side by side.\n"
                              "The panes arrive with the next releases; until then "
                              "'godual diagnose' reports what GoDual finds."));
    setCentralWidget(m_placeholder);

    createActions();
    statusBar()->showMessage(tr("Ready"));
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About GoDual"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 700);
    QMainWindow::restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
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
