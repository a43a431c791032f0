#pragma once

#include "installtarget.h"
#include "platform/wslcli.h"

#include <QCoreApplication>
#include <QString>

namespace GoDual {

// Installs into a WSL distro's ~/sdk through wsl.exe, never through the \\wsl$ share (which pays
// a round trip per file). Measured on Go's archive with the fake wsl.exe (docs/install.md), the
// fastest way that keeps the checks is to stream the plain .tar, which this machine inflated once
// and whose entries it listed and checked, into `tar -xf -` inside the distro.
//
// Every call is `wsl.exe -d NAME --exec /bin/sh -c SCRIPT godual ARGS...` (WslCli::exec): fixed
// scripts from the resources (resources/probe/wsl-sdk-*.sh), the version and folder names passed
// as arguments, never spliced into a command line. The distro's
// default user's $HOME decides where ~/sdk is. A stopped distro is refused unless `wake`.
class WslInstallTarget final : public InstallTarget {
    Q_DECLARE_TR_FUNCTIONS(GoDual::WslInstallTarget)

public:
    WslInstallTarget(WslCli wsl, QString distro);

    QString name() const override;
    Result<Prepared> prepare(const GoVersion &version, bool wake, const Cancelled &cancelled) override;
    Result<QString> place(const QString &archive, const ArchiveListing &listing, const GoVersion &version,
        const Progress &progress, const Cancelled &cancelled) override;

    // Removes <sdk>/<version> in the distro when it is that version's SDK (a real folder, VERSION
    // naming it, bin/go present), refusing it while it holds `activeGo` unless `force`.
    // `activeGo` is the distro's active Go as the scan found it (Side::active: the `go` a new
    // terminal of the default user runs), so remove judges by the same lookup as list and
    // diagnose. Returns the removed folder as the distro names it. Blocks: not for the GUI thread.
    Result<QString> remove(const GoVersion &version, bool force, bool wake, const QString &activeGo);

    // Whether the distro can be reached now: wsl.exe exists, the distro is registered and running
    // (or stopped and `wake`). The failure says which, in words for the user.
    Result<void> checkRunning(bool wake, const Cancelled &cancelled = {}) const;

private:
    // Runs the resource script `file` with `args`; exit 3 is the script's own "error" line.
    Result<QByteArray> runScript(const char *file, const QStringList &args, const QString &what,
        const QString &stdinFile = {}, const Progress &progress = {}, const Cancelled &cancelled = {}) const;
    void removeStaging(const QString &staging) const;

    WslCli m_wsl;
    QString m_distro;
};

} // namespace GoDual
