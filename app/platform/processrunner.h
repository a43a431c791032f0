#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace GoDual {

struct ProcessRequest {
    QString program;
    QStringList arguments; // passed as a list, never through a shell
    QByteArray input; // written to stdin, which is then closed
    QProcessEnvironment environment; // empty: inherit GoDual's own
    int timeoutMs = 30'000;
};

struct ProcessResult {
    bool started = false; // false: the program is missing or not executable
    bool timedOut = false; // killed at the time limit
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString errorText; // why it did not start or finish, for messages
};

// Runs programs for the adapters; the one place GoDual starts processes. Tests substitute
// scripts for the programs through the environment seams, not by faking this interface.
class ProcessRunner {
public:
    virtual ~ProcessRunner() = default;
    // Starts the process and returns at once; `done` is called exactly once, on `context`'s
    // thread, unless `context` is destroyed first (the process is then killed).
    virtual void run(const ProcessRequest &request, QObject *context, std::function<void(ProcessResult)> done) = 0;

    // The runner GoDual uses: QProcess with a kill at the time limit.
    static ProcessRunner &system();
};

// For a worker thread that may block (never the GUI thread): runs `request` to its end and feeds
// it `inputFile` on stdin (after request.input) in chunks as it reads, so a large archive never
// sits in memory. `progress` sees the bytes of the file written so far and its size, and
// `cancelled` is polled several times a second; either returning false / true kills the process
// and returns with `cancelled` set. The time limit counts from the last byte written or read, so
// a long transfer that keeps moving is not cut off.
struct BlockingProcessResult : ProcessResult {
    bool cancelled = false;
};
BlockingProcessResult runProcessBlocking(const ProcessRequest &request, const QString &inputFile = {},
    const std::function<bool(qint64 done, qint64 total)> &progress = {}, const std::function<bool()> &cancelled = {});

} // namespace GoDual
