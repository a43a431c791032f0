#pragma once

#include "finding.h"
#include "snapshot.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolBar;

namespace GoDual {

class ChangeController;
class ChangeHistoryPanel;
class EnvironmentModel;
class InstallsMatrixModel;
class JobsModel;
class JobsPanel;
class LanguageMenu;
class PathModel;
class ProblemsPane;
class RestartBanner;
class Scanner;
class SideListModel;
struct InstallRequest;

// The control panel's top-level window: the sides on the left; Go installations, environment,
// the selected side's PATH and the problems on the right; jobs (installs, changes) and the change
// history in docks below, and a banner above while a change waits for distros to restart. It shows
// itself at once and scans in the background (child processes and a worker thread; nothing here
// waits), then feeds the models with the snapshot. Single sides are read again on request (a
// stopped distro only then started) or after an install, and merged into the snapshot.
// Geometry, splitter and column widths are remembered.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts a scan; a running one is superseded.
    void refresh();
    bool isScanning() const;
    // Reads one side again (`wake`: start it when stopped) and merges it into the snapshot.
    void scanSide(const SideId &side, bool wake);
    const Snapshot &snapshot() const { return m_snapshot; }
    // Opens the install dialog (window-modal; the window keeps running).
    void openInstallDialog();
    // Starts one install job per request and shows the jobs panel.
    void startInstalls(const QList<InstallRequest> &requests);
    JobsModel *jobs() const { return m_jobs; }
    // The write path of the window: fixes, undo, restarts.
    ChangeController *changes() const { return m_changes; }
    ChangeHistoryPanel *history() const { return m_historyPanel; }
    RestartBanner *restartBanner() const { return m_restartBanner; }

Q_SIGNALS:
    void scanFinished();
    // A scan of single sides was merged into the snapshot.
    void sidesRescanned();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createPanes();
    void retranslate();
    void restoreSettings();
    void saveSettings() const;
    void showAbout();
    void scanDone();
    void sideScanDone();
    void applySnapshot();
    void showSelectedSide();
    void showSideMenu(const QPoint &pos);
    void showInstallsMenu(const QPoint &pos);
    // "Use on <side>" for the cell's version, or "Install and use" when it is not installed there.
    void useFromMatrix(const QModelIndex &cell);
    void connectChanges();
    void rescanChanged(const QList<SideId> &sides, bool wake);

    Scanner *m_scanner;
    Scanner *m_sideScanner; // single sides, merged into m_snapshot
    QList<SideId> m_sidesToScan;
    bool m_wakeSides = false;
    Snapshot m_snapshot;
    int m_problemCount = 0;
    int m_sidesDone = 0;
    SideListModel *m_sides;
    InstallsMatrixModel *m_installs;
    EnvironmentModel *m_environment;
    PathModel *m_path;
    JobsModel *m_jobs;
    ChangeController *m_changes;
    QList<Finding> m_findings;
    QSplitter *m_splitter = nullptr;
    QTableView *m_sideView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_installsView = nullptr;
    QTableView *m_environmentView = nullptr;
    QTableView *m_pathView = nullptr;
    QLabel *m_pathTitle = nullptr;
    ProblemsPane *m_problems = nullptr;
    QDockWidget *m_jobsDock = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    QDockWidget *m_historyDock = nullptr;
    ChangeHistoryPanel *m_historyPanel = nullptr;
    RestartBanner *m_restartBanner = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_installAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace GoDual
