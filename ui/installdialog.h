#pragma once

#include "installjob.h"
#include "snapshot.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace GoDual {

class ReleaseFilterModel;
class ReleaseIndexClient;
class ReleaseListModel;

// "Install Go": the releases of the index (stable ones unless asked for all, with a search), the
// sides of the current snapshot as check boxes (those GoDual cannot install on are disabled and
// say why), and Install, which plans one request per checked side and hands them on through
// installRequested(). The index is fetched in the background; loading, an offline answer from
// the cache and errors are shown in the dialog, never in a blocking message box.
class InstallDialog : public QDialog {
    Q_OBJECT

public:
    explicit InstallDialog(const Snapshot &snapshot, QWidget *parent = nullptr);
    ~InstallDialog() override;

    // Fetches the index again, from the network.
    void reload();
    bool isLoading() const;

Q_SIGNALS:
    void installRequested(const QList<GoDual::InstallRequest> &requests);
    void releasesLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onIndexFetched();
    void updateStatus();
    void updateButtons();
    void install();
    const GoRelease *selectedRelease() const;

    Snapshot m_snapshot;
    ReleaseIndexClient *m_index;
    ReleaseListModel *m_releases;
    ReleaseFilterModel *m_filter;
    QLabel *m_status;
    QPushButton *m_retry;
    QLineEdit *m_search;
    QCheckBox *m_showAll;
    QTableView *m_view;
    QLabel *m_sidesLabel;
    QList<QCheckBox *> m_sideBoxes;
    QDialogButtonBox *m_buttons;
    QPushButton *m_install = nullptr;
    QPushButton *m_close = nullptr;
    QString m_planError; // why the last Install did not start
};

} // namespace GoDual
