#pragma once

#include <QFrame>
#include <QStringList>

class QVBoxLayout;

namespace GoDual {

// A bar above the panes while changes wait for distros to restart: one line per distro saying
// so, and that restarting ends the programs running in it, with "Restart now". Hidden when no
// distro waits.
class RestartBanner : public QFrame {
    Q_OBJECT

public:
    explicit RestartBanner(QWidget *parent = nullptr);

    void setDistros(const QStringList &distros);
    const QStringList &distros() const { return m_distros; }
    // While a change runs, restarting waits (one change of the machine at a time).
    void setBusy(bool busy);

Q_SIGNALS:
    void restartRequested(const QString &distro);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QStringList m_distros;
    QVBoxLayout *m_rows;
    bool m_busy = false;
};

} // namespace GoDual
