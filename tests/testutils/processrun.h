#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace GoDual::ProcessRun {

struct Outcome {
    int exitCode = -1; // -1 when it crashed or did not finish in time (it is then killed)
    QString out;
    QString err;
};

// Runs `program` and waits for it while this thread's event loop keeps running, so a loopback
// server living in the test process can answer it.
Outcome run(const QString &program, const QStringList &args, const QProcessEnvironment &env, int timeoutMs);

} // namespace GoDual::ProcessRun
