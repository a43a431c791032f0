#pragma once

#include "platform/processrunner.h"
#include "result.h"
#include "wsldistro.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace GoDual {

class Registry;

// The one adapter for wsl.exe: every request GoDual sends it is built here, and every answer is
// read here. A request is a ProcessRequest for either runner (ProcessRunner's async run() or
// runProcessBlocking()); its result comes back to the matching reader below, which is pure.
//
// Every request asks for UTF-8 (WSL_UTF8=1; the decoder still detects the UTF-16LE of builds that
// ignore it), carries the time limit of its kind and this adapter's environment: GoDual's own by
// default, or one rebuilt from the registry after GoDual changed it (refreshEnvironment), because
// wsl.exe reads WSLENV and the Windows Path it appends from its caller's environment.
//
// Exit codes: wsl.exe's own failures exit with -1, which a Linux process (the fake wsl.exe)
// reports as 255; exitCode() maps both to -1. Its text on stdout then says why: a usage error (an
// older wsl.exe that does not know the arguments), "no installed distributions" (a normal machine
// state for a list), or an error with a code line such as WSL_E_DISTRO_NOT_FOUND.
class WslCli {
    Q_DECLARE_TR_FUNCTIONS(GoDual::WslCli)

public:
    // The kinds of call, each with its own time limit.
    enum class Call { List, Probe, Exec, Terminate };
    static constexpr int kListTimeoutMs = 15'000;
    // A hanging distro costs this much; the probe's login shell has 10 s of it.
    static constexpr int kProbeTimeoutMs = 25'000;
    // For the blocking runner this counts from the last byte moved, so a long transfer is not cut.
    static constexpr int kExecTimeoutMs = 120'000;
    static constexpr int kTerminateTimeoutMs = 30'000;

    // `program` empty: this machine has no wsl.exe (isAvailable() is false; requests cannot start).
    explicit WslCli(QString program = {}, QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    const QString &program() const { return m_program; }
    bool isAvailable() const { return !m_program.isEmpty(); }

    int timeoutMs(Call call) const;
    void setTimeoutMs(Call call, int ms);

    // `wsl.exe -l -v`, `-l -q`, `-l --running -q`.
    ProcessRequest listVerbose() const;
    ProcessRequest listQuiet() const;
    ProcessRequest listRunning() const;
    // The probe: `wsl.exe -d DISTRO --exec /bin/sh -s ARGUMENTS...` with `script` on stdin, run as
    // the distro's default user.
    ProcessRequest probe(const QString &distro, const QByteArray &script, const QStringList &arguments) const;
    // `wsl.exe -d DISTRO [-u USER] --exec ARGV...`: argv runs directly, never through a shell, so
    // data in it is never parsed as shell text. `user` empty: the distro's default user.
    ProcessRequest exec(
        const QString &distro, const QString &user, const QStringList &argv, const QByteArray &input = {}) const;
    // `wsl.exe --terminate DISTRO`.
    ProcessRequest terminate(const QString &distro) const;

    const QProcessEnvironment &environment() const { return m_environment; }
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    // Replaces the environment with the one a process started now would get from Explorer: this
    // adapter's environment with the registry's variables over it, Path, WSLENV and the Go
    // variables exactly as the registry has them (WindowsEnvironment::appliedTo). For the write
    // path to call after it changed HKEY_CURRENT_USER\Environment (or HKLM's).
    void refreshEnvironment(const Registry &registry);

    // Readers of results, for both runners. Failures name the command and say why, in words for
    // the user.
    static int exitCode(const ProcessResult &result);
    // `-l -v`: no distributions is an empty list; a usage error (a wsl.exe too old for `-v`) and
    // every other failure is a Failure.
    Result<QList<WslDistro>> distros(const ProcessResult &result) const;
    // `-l -q`: the names, default first.
    Result<QStringList> names(const ProcessResult &result) const;
    // `-l --running -q`: the running distros' names.
    Result<QStringList> running(const ProcessResult &result) const;
    // `--terminate`: done, or why not (unknown distro, ...).
    Result<void> terminated(const ProcessResult &result, const QString &distro) const;
    // Why a probe or exec call ended in wsl.exe's own failure (exit -1): its message (and code),
    // a usage error said to mean a wsl.exe too old for the call. Empty when wsl.exe itself did not
    // fail (the command ran and exited with its own code).
    static QString failure(const ProcessResult &result);

private:
    ProcessRequest request(QStringList arguments, Call call) const;
    // Not started, timed out or crashed: `message` with %1 the program and %2 why; empty when the
    // call ran to its end.
    QString notRun(const ProcessResult &result, const QString &message) const;
    // A names-only list (`-q`) read by `parse`, failures in these words.
    Result<QStringList> readNames(const ProcessResult &result, Result<QStringList> (*parse)(const QByteArray &, int),
        const QString &notRunMessage, const QString &failedMessage) const;

    QString m_program;
    QProcessEnvironment m_environment;
    int m_listTimeoutMs = kListTimeoutMs;
    int m_probeTimeoutMs = kProbeTimeoutMs;
    int m_execTimeoutMs = kExecTimeoutMs;
    int m_terminateTimeoutMs = kTerminateTimeoutMs;
};

} // namespace GoDual
