#include "processrun.h"

#include <QProcess>
#include <QSignalSpy>

namespace GoDual::ProcessRun {

namespace {

bool inherited(const QString &name)
{
    return name.startsWith(QLatin1StringView("GODUAL_")) || name.startsWith(QLatin1StringView("GO"))
        || name == u"WSLENV" || name.startsWith(QLatin1StringView("WSL_")) || name == u"XDG_CONFIG_HOME";
}

} // namespace

QProcessEnvironment hermeticEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList names = env.keys();
    for (const QString &name : names) {
        if (inherited(name) || name == u"QT_LOGGING_RULES")
            env.remove(name);
    }
    return env;
}

void clearInheritedEnvironment()
{
    const QStringList names = QProcessEnvironment::systemEnvironment().keys();
    for (const QString &name : names) {
        if (inherited(name))
            qunsetenv(name.toLocal8Bit().constData());
    }
}

void start(QProcess &process, const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    process.setProcessEnvironment(env);
    // A child that reads stdin sees its end instead of waiting for the test forever.
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, args);
}

Outcome run(const QString &program, const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    start(process, program, args, env);
    Outcome r;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace GoDual::ProcessRun
