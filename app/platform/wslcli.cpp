#include "platform/wslcli.h"

#include "godefaults.h"
#include "platform/registry.h"
#include "platform/windowsenvironment.h"
#include "platform/wsllistparser.h"
#include "platform/wsloutput.h"

#include <QSysInfo>

namespace GoDual {

WslCli::WslCli(QString program, QProcessEnvironment environment)
    : m_program(std::move(program))
    , m_environment(std::move(environment))
{
}

int WslCli::timeoutMs(Call call) const
{
    switch (call) {
    case Call::List:
        return m_listTimeoutMs;
    case Call::Probe:
        return m_probeTimeoutMs;
    case Call::Exec:
        return m_execTimeoutMs;
    case Call::Terminate:
        return m_terminateTimeoutMs;
    }
    Q_UNREACHABLE_RETURN(0);
}

void WslCli::setTimeoutMs(Call call, int ms)
{
    switch (call) {
    case Call::List:
        m_listTimeoutMs = ms;
        return;
    case Call::Probe:
        m_probeTimeoutMs = ms;
        return;
    case Call::Exec:
        m_execTimeoutMs = ms;
        return;
    case Call::Terminate:
        m_terminateTimeoutMs = ms;
        return;
    }
}

ProcessRequest WslCli::request(QStringList arguments, Call call) const
{
    ProcessRequest request;
    request.program = m_program;
    request.arguments = std::move(arguments);
    QProcessEnvironment env = m_environment;
    // Exactly "1" (platform facts 1.1); the decoder still detects the UTF-16LE of older builds.
    env.insert(QStringLiteral("WSL_UTF8"), QStringLiteral("1"));
    request.environment = env;
    request.timeoutMs = timeoutMs(call);
    return request;
}

ProcessRequest WslCli::listVerbose() const
{
    return request({ QStringLiteral("-l"), QStringLiteral("-v") }, Call::List);
}

ProcessRequest WslCli::listQuiet() const { return request({ QStringLiteral("-l"), QStringLiteral("-q") }, Call::List); }

ProcessRequest WslCli::listRunning() const
{
    return request({ QStringLiteral("-l"), QStringLiteral("--running"), QStringLiteral("-q") }, Call::List);
}

ProcessRequest WslCli::probe(const QString &distro, const QByteArray &script, const QStringList &arguments) const
{
    ProcessRequest r = request(QStringList { QStringLiteral("-d"), distro, QStringLiteral("--exec"),
                                   QStringLiteral("/bin/sh"), QStringLiteral("-s") }
            + arguments,
        Call::Probe);
    r.input = script;
    return r;
}

ProcessRequest WslCli::exec(
    const QString &distro, const QString &user, const QStringList &argv, const QByteArray &input) const
{
    QStringList arguments { QStringLiteral("-d"), distro };
    if (!user.isEmpty())
        arguments << QStringLiteral("-u") << user;
    arguments << QStringLiteral("--exec");
    ProcessRequest r = request(arguments + argv, Call::Exec);
    r.input = input;
    return r;
}

ProcessRequest WslCli::terminate(const QString &distro) const
{
    return request({ QStringLiteral("--terminate"), distro }, Call::Terminate);
}

void WslCli::refreshEnvironment(const Registry &registry)
{
    QStringList decided { QStringLiteral("Path"), QStringLiteral("WSLENV") };
    decided += GoDefaults::variables();
    const QString linuxPath = m_environment.value(QStringLiteral("PATH"));
    m_environment = WindowsEnvironment::fromRegistry(registry).appliedTo(m_environment, decided);
    // Off Windows (a fake machine read from a .reg file) the caller is a Linux process that needs
    // its own PATH to find its tools; the fake wsl.exe takes Windows' Path from its own seam.
    if (QSysInfo::productType() != QLatin1StringView("windows"))
        m_environment.insert(QStringLiteral("PATH"), linuxPath);
}

int WslCli::exitCode(const ProcessResult &result) { return result.exitCode == 255 ? -1 : result.exitCode; }

QString WslCli::notRun(const ProcessResult &result, const QString &message) const
{
    if (result.started && !result.timedOut && !result.crashed)
        return {};
    return message.arg(m_program, result.errorText);
}

Result<QList<WslDistro>> WslCli::distros(const ProcessResult &result) const
{
    if (const QString error = notRun(result, tr("could not list the WSL distros with %1: %2")); !error.isEmpty())
        return Failure { error };
    auto distros = parseWslListVerbose(result.out, exitCode(result));
    if (!distros)
        return Failure { tr("could not list the WSL distros: %1").arg(distros.error()) };
    return distros;
}

Result<QStringList> WslCli::names(const ProcessResult &result) const
{
    return readNames(result, parseWslListQuiet, tr("could not list the WSL distros with %1: %2"),
        tr("could not list the WSL distros: %1"));
}

Result<QStringList> WslCli::running(const ProcessResult &result) const
{
    return readNames(result, parseWslListRunningQuiet, tr("could not list the running WSL distros with %1: %2"),
        tr("could not list the running WSL distros: %1"));
}

Result<QStringList> WslCli::readNames(const ProcessResult &result,
    Result<QStringList> (*parse)(const QByteArray &, int), const QString &notRunMessage,
    const QString &failedMessage) const
{
    if (const QString error = notRun(result, notRunMessage); !error.isEmpty())
        return Failure { error };
    auto names = parse(result.out, exitCode(result));
    if (!names)
        return Failure { failedMessage.arg(names.error()) };
    return names;
}

Result<void> WslCli::terminated(const ProcessResult &result, const QString &distro) const
{
    if (const QString error = notRun(result, tr("could not stop %3 with %1: %2")); !error.isEmpty())
        return Failure { error.arg(distro) };
    if (exitCode(result) == 0)
        return {};
    const QString why = failure(result);
    return Failure { tr("could not stop %1 (wsl.exe --terminate, exit code %2): %3")
            .arg(distro)
            .arg(exitCode(result))
            .arg(why.isEmpty() ? tr("wsl.exe printed nothing") : why) };
}

QString WslCli::failure(const ProcessResult &result)
{
    if (!result.started || exitCode(result) != -1)
        return {};
    const WslError error = parseWslError(wslOutputLines(decodeWslOutput(result.out)));
    if (error.usage)
        return tr("wsl.exe refused the command line as a usage error, so it is probably too old for it: %1")
            .arg(error.message);
    if (error.code.isEmpty())
        return error.message;
    return tr("%1 (error code %2)").arg(error.message, error.code);
}

} // namespace GoDual
