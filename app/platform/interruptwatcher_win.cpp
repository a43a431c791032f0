#include "platform/interruptwatcher.h"

#include <QMetaObject>
#include <QPointer>

#include <atomic>
#include <windows.h>

namespace GoDual {

namespace {

// The console calls the handler on a thread of its own; the watcher's signal is posted to the
// watcher's thread.
std::atomic<InterruptWatcher *> g_watcher { nullptr };
std::atomic_bool g_seen { false };

BOOL WINAPI onConsoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT)
        return FALSE;
    InterruptWatcher *watcher = g_watcher.load();
    // After the first one, let Windows end the process as usual.
    if (!watcher || g_seen.exchange(true))
        return FALSE;
    QMetaObject::invokeMethod(watcher, &InterruptWatcher::interrupted, Qt::QueuedConnection);
    return TRUE;
}

} // namespace

class InterruptWatcher::Private { };

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    g_seen = false;
    g_watcher = this;
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
}

InterruptWatcher::~InterruptWatcher()
{
    SetConsoleCtrlHandler(onConsoleControl, FALSE);
    g_watcher = nullptr;
    delete d;
}

} // namespace GoDual
