#pragma once

#include <QMainWindow>

class QLabel;

namespace GoDual {

// The control panel's top-level window. It owns the panes and remembers its geometry; it never
// runs a process or touches the network itself (scans arrive as snapshots).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreState();
    void showAbout();

    QLabel *m_placeholder = nullptr;
};

} // namespace GoDual
