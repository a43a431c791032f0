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

} // namespace GoDual
