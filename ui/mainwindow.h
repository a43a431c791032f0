#pragma once

#include "snapshot.h"

#include <QMainWindow>

class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace GoDual {

class EnvironmentModel;
class InstallsMatrixModel;
class PathModel;
class ProblemsPane;
class Scanner;
class SideListModel;

// The control panel's top-level window: the sides on the left; Go installations, environment,
// the selected side's PATH and the problems on the right. It shows itself at once and scans in
// the background (child processes and a worker thread; nothing here waits), then feeds the
// models with the snapshot. Geometry, splitter and column widths are remembered.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts a scan; a running one is superseded.
    void refresh();
    bool isScanning() const;
    const Snapshot &snapshot() const { return m_snapshot; }

Q_SIGNALS:
    void scanFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createPanes();
    void restoreSettings();
    void saveSettings() const;
    void showAbout();
    void scanDone();
    void showSelectedSide();

    Scanner *m_scanner;
    Snapshot m_snapshot;
    int m_sidesDone = 0;
    SideListModel *m_sides;
    InstallsMatrixModel *m_installs;
    EnvironmentModel *m_environment;
    PathModel *m_path;
    QSplitter *m_splitter = nullptr;
    QTableView *m_sideView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_installsView = nullptr;
    QTableView *m_environmentView = nullptr;
    QTableView *m_pathView = nullptr;
    QLabel *m_pathTitle = nullptr;
    ProblemsPane *m_problems = nullptr;
};

} // namespace GoDual
