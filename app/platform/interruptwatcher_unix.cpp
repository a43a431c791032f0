#include "platform/interruptwatcher.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace GoDual {

namespace {

// The self-pipe: the handler may only do async-signal-safe things, so it writes one byte that a
// QSocketNotifier turns into a Qt signal on the event loop.
int g_pipe[2] = { -1, -1 };

extern "C" void onSigint(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &byte, 1);
    // The next Ctrl-C ends the process the usual way, should the clean-up itself hang.
    ::signal(SIGINT, SIG_DFL);
}

} // namespace

class InterruptWatcher::Private {
public:
    QSocketNotifier *notifier = nullptr;
    struct sigaction previous = {};
};

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    d->notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(d->notifier, &QSocketNotifier::activated, this, [this] {
        char buffer[16];
        while (::read(g_pipe[0], buffer, sizeof buffer) > 0) { }
        Q_EMIT interrupted();
    });
    struct sigaction action = {};
    action.sa_handler = onSigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &d->previous);
}

InterruptWatcher::~InterruptWatcher()
{
    if (d->notifier) {
        ::sigaction(SIGINT, &d->previous, nullptr);
        delete d->notifier;
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe[0] = g_pipe[1] = -1;
    }
    delete d;
}

} // namespace GoDual
