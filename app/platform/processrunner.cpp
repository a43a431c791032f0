#include "platform/processrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QPointer>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <memory>

namespace GoDual {

namespace {

// Starting a process forks the calling process, which costs milliseconds per start in a big one;
// eight probes started at once froze the window for 100 ms. So every QProcess lives on one
// thread of its own, and results travel back to the caller's thread as queued calls.
QObject *processHome()
{
    static QObject *home = [] {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("godual-processes"));
        auto *object = new QObject;
        object->moveToThread(thread);
        // Children (running processes) are killed and reaped when the thread ends.
        QObject::connect(thread, &QThread::finished, object, &QObject::deleteLater);
        thread->start();
        qAddPostRoutine([] {
            QThread *t = processHome()->thread();
            t->quit();
            t->wait();
            delete t;
        });
        return object;
    }();
    return home;
}

// What the two threads share about one run. `relay` lives on the caller's thread and is cleared
// there, under the lock, when it is destroyed, so the process thread never posts to a dead object.
struct Run {
    QMutex lock;
    QPointer<QObject> relay;
    std::function<void(ProcessResult)> done;
    QPointer<QProcess> process; // touched on the process thread only
    bool finished = false; // process thread only
};

void deliver(const std::shared_ptr<Run> &run, ProcessResult result)
{
    const QMutexLocker locker(&run->lock);
    if (!run->relay)
        return;
    QMetaObject::invokeMethod(run->relay, [run, result = std::move(result)]() mutable {
        // Runs on the relay's own thread, where it is also cleared, so no lock is needed here.
        if (QObject *relay = run->relay)
            relay->deleteLater();
        if (auto done = std::exchange(run->done, nullptr))
            done(std::move(result));
    });
}

void start(const ProcessRequest &request, const std::shared_ptr<Run> &run)
{
    auto *process = new QProcess(processHome());
    run->process = process;
    auto *timer = new QTimer(process);
    auto finish = [process, run](ProcessResult result) {
        if (run->finished)
            return;
        run->finished = true;
        result.out = process->readAllStandardOutput();
        result.err = process->readAllStandardError();
        deliver(run, std::move(result));
    };
    // Deleted only once it has ended: destroying a running QProcess blocks on its exit. After a
    // kill at the time limit, finished() still arrives and cleans up.
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QObject::connect(process, &QProcess::finished, process, [process, finish](int code, QProcess::ExitStatus st) {
        ProcessResult r;
        r.started = true;
        r.exitCode = code;
        r.crashed = st == QProcess::CrashExit;
        if (r.crashed)
            r.errorText = process->errorString();
        finish(std::move(r));
    });
    QObject::connect(process, &QProcess::errorOccurred, process, [process, finish](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // crashes and kills arrive through finished()
        ProcessResult r;
        r.errorText = process->errorString();
        finish(std::move(r));
        process->deleteLater();
    });
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, process, [process, finish, request] {
        // finished() may still follow the kill; `finish` ignores everything after the first.
        process->kill();
        ProcessResult r;
        r.started = true;
        r.timedOut = true;
        r.errorText = QCoreApplication::translate("GoDual::ProcessRunner", "%1 did not finish within %2 s")
                          .arg(request.program)
                          .arg(request.timeoutMs / 1000.0);
        finish(std::move(r));
    });
    if (!request.environment.isEmpty())
        process->setProcessEnvironment(request.environment);
    const QByteArray input = request.input;
    QObject::connect(process, &QProcess::started, process, [process, input] {
        process->write(input);
        process->closeWriteChannel();
    });
    timer->start(request.timeoutMs);
    process->start(request.program, request.arguments);
}

class QProcessRunner final : public ProcessRunner {
public:
    void run(const ProcessRequest &request, QObject *context, std::function<void(ProcessResult)> done) override
    {
        auto state = std::make_shared<Run>();
        state->done = std::move(done);
        // The relay receives the result on the context's thread and dies with the context.
        auto *relay = new QObject(context);
        state->relay = relay;
        QObject::connect(relay, &QObject::destroyed, [state] {
            {
                const QMutexLocker locker(&state->lock);
                state->relay = nullptr;
            }
            // The context is gone: nobody wants the result; the process is killed.
            QMetaObject::invokeMethod(processHome(), [state] {
                state->finished = true;
                if (state->process && state->process->state() != QProcess::NotRunning)
                    state->process->kill();
            });
        });
        QMetaObject::invokeMethod(processHome(), [request, state] { start(request, state); });
    }
};

} // namespace

ProcessRunner &ProcessRunner::system()
{
    static QProcessRunner runner;
    return runner;
}

BlockingProcessResult runProcessBlocking(const ProcessRequest &request, const QString &inputFile,
    const std::function<bool(qint64, qint64)> &progress, const std::function<bool()> &cancelled)
{
    BlockingProcessResult result;
    QFile input(inputFile);
    if (!inputFile.isEmpty() && !input.open(QIODevice::ReadOnly)) {
        result.errorText = QCoreApplication::translate("GoDual::ProcessRunner", "cannot read %1: %2")
                               .arg(inputFile, input.errorString());
        return result;
    }
    QProcess process;
    if (!request.environment.isEmpty())
        process.setProcessEnvironment(request.environment);
    process.start(request.program, request.arguments);
    if (!process.waitForStarted(-1)) {
        result.errorText = process.errorString();
        return result;
    }
    result.started = true;
    process.write(request.input);
    const qint64 total = inputFile.isEmpty() ? 0 : input.size();
    qint64 sent = 0;
    bool inputOpen = true;
    constexpr qint64 kChunk = 1 << 20;
    QElapsedTimer idle;
    idle.start();
    auto stop = [&] {
        process.kill();
        process.waitForFinished(-1);
    };
    while (process.state() != QProcess::NotRunning) {
        if ((cancelled && cancelled()) || (progress && total > 0 && !progress(sent, total))) {
            stop();
            result.cancelled = true;
            result.errorText = QCoreApplication::translate("GoDual::ProcessRunner", "cancelled");
            return result;
        }
        // Keep at most two chunks queued: the process reads at its own pace.
        if (inputOpen && process.bytesToWrite() < kChunk) {
            const QByteArray chunk = inputFile.isEmpty() ? QByteArray() : input.read(kChunk);
            if (chunk.isEmpty()) {
                if (process.bytesToWrite() == 0) {
                    process.closeWriteChannel();
                    inputOpen = false;
                }
            } else {
                process.write(chunk);
                sent += chunk.size();
                idle.restart();
            }
        }
        const qint64 seen = result.out.size() + result.err.size();
        if (inputOpen && process.bytesToWrite() > 0)
            process.waitForBytesWritten(100);
        else
            process.waitForFinished(100);
        result.out += process.readAllStandardOutput();
        result.err += process.readAllStandardError();
        if (result.out.size() + result.err.size() != seen)
            idle.restart();
        if (idle.elapsed() > request.timeoutMs) {
            stop();
            result.timedOut = true;
            result.errorText = QCoreApplication::translate("GoDual::ProcessRunner", "%1 did not finish within %2 s")
                                   .arg(request.program)
                                   .arg(request.timeoutMs / 1000.0);
            return result;
        }
    }
    result.out += process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    if (result.crashed)
        result.errorText = process.errorString();
    if (progress && total > 0)
        progress(sent, total);
    return result;
}

} // namespace GoDual
