#pragma once

#include <QObject>

namespace GoDual {

// Turns the user's Ctrl-C (SIGINT on Unix, the console's Ctrl-C and Ctrl-Break events on Windows)
// into a signal in the thread that created the watcher, so a running job can be cancelled and
// cleaned up instead of the process dying half way. While one watcher exists, Ctrl-C no longer
// ends the process by itself; a second Ctrl-C, after interrupted() was emitted, does.
// One watcher at a time per process.
class InterruptWatcher : public QObject {
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    class Private;
    Private *d;
};

} // namespace GoDual
