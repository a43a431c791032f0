#pragma once

#include <QObject>
#include <QThread>

#include <memory>

namespace GoDual {

// Runs `work` (a short blocking read: the journal, a plan that reads it) on a thread of its own
// and hands the result to `done` in `context`'s thread, so the window never waits on the disk.
// Nothing arrives when `context` is gone by then; the thread deletes itself.
template <typename Work, typename Done> void runInBackground(QObject *context, Work work, Done done)
{
    using Value = decltype(work());
    auto result = std::make_shared<std::optional<Value>>();
    QThread *thread = QThread::create([result, work = std::move(work)]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)]() mutable {
        if (*result)
            done(**result);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace GoDual
