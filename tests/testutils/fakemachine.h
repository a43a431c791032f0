#pragma once

#include "processrun.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace GoDual::Test {

// A whole fake machine for tests that run godual as a user would: a .reg file as the registry, a
// folder as C:\ and the fake wsl.exe (tests/fakes) with two real chroot distros: Ubuntu (running,
// default user dev, Debian's Go from the build root's /usr) and Debian (stopped). Windows has Go
// 1.22.6 in C:\Program Files\Go, GOPATH in the user environment and WSLENV=GOPATH/p; WSL appends
// the Windows Path. Needs root (the fake enters the distros with unshare and chroot).
class FakeMachine {
public:
    FakeMachine();

    // Empty when the machine was made; else what went wrong.
    const QString &error() const { return m_error; }
    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    // A path inside the Ubuntu distro's root: distro("/etc/wsl.conf").
    QString distro(const QString &inside) const { return path(QStringLiteral("wsl/distros/Ubuntu") + inside); }
    bool write(const QString &file, const QByteArray &content) const;
    // A Linux Go SDK at `root` as `godual install` leaves one: VERSION saying `version`, pkg/tool
    // and a real Go binary in bin (this machine's go), which finds its GOROOT from where it lies
    // (the folder with pkg/tool), as every go does.
    bool makeLinuxSdk(const QString &root, const QString &version) const;
    static std::optional<QByteArray> read(const QString &file);
    // Makes the Ubuntu distro's /usr writable (an overlay on the build root's, see the fake
    // wsl.exe's .godual-binds) and returns the folder where what the distro writes there lands,
    // which tests may also fill beforehand; empty on failure.
    QString writableUsr() const;

    // godual's environment on this machine: the seams, the fake's, and what a process started on
    // that Windows would inherit (its Path, WSLENV and GOPATH).
    QProcessEnvironment environment() const;
    ProcessRun::Outcome godual(const QStringList &args, int timeoutMs = 120'000) const;
    // The fake wsl.exe's log: one line per call, argv joined by tabs.
    QStringList wslCalls() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
};

} // namespace GoDual::Test
