#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace GoDual::ProcessRun {

struct Outcome {
    int exitCode = -1; // -1 when it crashed or did not finish in time (it is then killed)
    QString out;
    QString err;
};

// The test process's environment without what a developer's shell may export and godual, the
// probe or the fake wsl.exe would read: GoDual's seams (GODUAL_*), Go's variables (GO*: GOROOT,
// GOPATH, GOFLAGS, GOTOOLCHAIN, GOENV, ...), WSL's (WSLENV, WSL_*), XDG_CONFIG_HOME (where
// `go env -w` writes) and QT_LOGGING_RULES (log lines on stderr). Every test that starts godual or
// the probe begins from this and inserts exactly what it means.
QProcessEnvironment hermeticEnvironment();

// The same for tests that scan or probe in their own process: removes those variables (but
// QT_LOGGING_RULES, which ctest sets for the test's own log) from this process's environment.
void clearInheritedEnvironment();

// Starts `program` with `env` and an empty stdin, for tests that need the QProcess itself
// (signals, its pid); run() below for the rest.
void start(QProcess &process, const QString &program, const QStringList &args, const QProcessEnvironment &env);

// Runs `program` and waits for it while this thread's event loop keeps running, so a loopback
// server living in the test process can answer it.
Outcome run(const QString &program, const QStringList &args, const QProcessEnvironment &env, int timeoutMs);

} // namespace GoDual::ProcessRun
