#include "cli/cli.h"
#include "cli/command.h"
#include "cli/scanrun.h"
#include "cli/sdkcommandargs.h"
#include "platform/windowsfiles.h"
#include "scan/machineseams.h"
#include "scan/windowssidereader.h"
#include "sdk/sdkplan.h"
#include "sdk/wslinstalltarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace GoDual::Cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::Cli", text); }

// True when `path` is `folder` or lies below it, both already canonical.
bool isInside(const QString &path, const QString &folder) { return path == folder || path.startsWith(folder + u'/'); }

// GoDual deletes a folder only when it can tell it is the SDK of that version: a real folder (not
// a link) directly under the SDK root, whose VERSION file's first line names the version and
// which has bin/go, none of them reached through a link.
Result<void> checkIsSdk(const QString &folder, const GoVersion &version, const QString &goName)
{
    const QFileInfo info(folder);
    if (info.isSymLink())
        return Failure { tr("%1 is a link; GoDual removes only SDK folders it can identify").arg(folder) };
    if (!info.exists())
        return Failure { tr("there is no %1 in %2").arg(version.toString(), info.absolutePath()) };
    if (!info.isDir())
        return Failure { tr("%1 is not a folder").arg(folder) };
    const QDir dir(folder);
    const QFileInfo versionFile(dir.filePath(QStringLiteral("VERSION")));
    const QFileInfo bin(dir.filePath(QStringLiteral("bin")));
    const QFileInfo go(dir.filePath(QStringLiteral("bin/") + goName));
    QFile file(versionFile.filePath());
    const bool versionMatches = !versionFile.isSymLink() && versionFile.isFile() && file.open(QIODevice::ReadOnly)
        && QString::fromUtf8(file.readLine()).trimmed() == version.toString();
    if (!versionMatches) {
        return Failure { tr("%1 is not a Go SDK of %2 (its VERSION file does not say %2); not removed")
                .arg(folder, version.toString()) };
    }
    if (bin.isSymLink() || go.isSymLink() || !go.isFile())
        return Failure { tr("%1 has no bin/%2, so it is not a Go SDK; not removed").arg(folder, goName) };
    return {};
}

// Renamed away first, so a removal cut short never leaves a half SDK under its version's name.
// `shown` is how the user knows the folder (a Windows path for the Windows side).
int removeFolder(const QString &folder, const QString &shown, const GoVersion &version, Io &io)
{
    const QString doomed = QFileInfo(folder).dir().filePath(QStringLiteral(".godual-removing-%1-%2")
            .arg(version.toString(), QString::number(QRandomGenerator::global()->generate64(), 36)));
    if (!QDir().rename(folder, doomed)) {
        io.err << tr("godual remove: cannot move %1 aside to remove it").arg(shown) << '\n';
        return ExitFailed;
    }
    // removeRecursively deletes links themselves, never what they point to.
    if (!QDir(doomed).removeRecursively()) {
        io.err
            << tr("godual remove: %1 was taken out of use but could not be deleted completely: %2").arg(shown, doomed)
            << '\n';
        return ExitFailed;
    }
    io.out << tr("removed %1").arg(shown) << '\n';
    io.out.flush();
    return ExitOk;
}

// The Windows side: %USERPROFILE%\sdk\VERSION, refused while it holds the go.exe a new Windows
// process runs first on Path (from the registry's environment), unless forced.
int removeFromWindows(const GoVersion &version, bool force, Io &io)
{
    const MachineSeams seams = MachineSeams::fromEnvironment();
    const auto roots = windowsSdkRoot(seams);
    if (!roots) {
        io.err << tr("godual remove: %1").arg(roots.error()) << '\n';
        return ExitUsage;
    }
    const QString folder = QDir(roots->second).filePath(version.toString());
    const QString shown = windowsPathJoin(roots->first, version.toString());
    if (auto sdk = checkIsSdk(folder, version, QStringLiteral("go.exe")); !sdk) {
        io.err << tr("godual remove: %1").arg(sdk.error()) << '\n';
        return ExitFailed;
    }
    auto registry = openRegistry(seams);
    if (!registry) {
        io.err << tr("godual remove: %1").arg(registry.error()) << '\n';
        return ExitUsage;
    }
    const Side windows = WindowsSideReader::read(**registry, *openWindowsFiles(seams));
    if (windows.active && windows.active->goroot.compare(shown, Qt::CaseInsensitive) == 0 && !force) {
        io.err << tr("godual remove: %1 is the active Go (%2 is the first go.exe on Path); pass --force to remove it")
                      .arg(shown, windows.active->path)
               << '\n';
        return ExitFailed;
    }
    return removeFolder(folder, shown, version, io);
}

// The side's active Go, as the scan finds it: the `go` a new terminal of the side's default user
// runs (a login + interactive shell's PATH), the one `list` and `diagnose` show. Scans that one
// side only; a side that could not be read is an error, since then nothing is known to be safe.
Result<std::optional<ActiveGo>> scannedActiveGo(const SideId &id, bool wake)
{
    ScanOptions options;
    options.only = { id };
    options.wake = wake;
    const Snapshot snapshot = scanAndWait(options);
    const Side *side = snapshot.side(id);
    if (!side || !side->scanned) {
        const QString why
            = side && !side->scanError.isEmpty() ? side->scanError : snapshot.errors.join(QStringLiteral("; "));
        return Failure {
            tr("cannot tell which Go is active on %1 (%2); pass --force to remove it anyway").arg(id.toString(), why)
        };
    }
    return side->active;
}

int runRemove(const QStringList &args, Io &io)
{
    SdkCommandArgs parsed;
    if (auto exit = parseSdkCommandLine(QStringLiteral("remove"),
            tr("Removes a Go SDK that GoDual installed on the side (its folder under ~/sdk)."), args, true, io, parsed))
        return *exit;
    if (parsed.side.kind() == SideId::Kind::Wsl) {
        const QString wsl = MachineSeams::fromEnvironment().wsl;
        WslInstallTarget distro(WslCli(wsl), parsed.side.distro());
        // A distro that cannot be reached (no wsl.exe, stopped without --wake) says so before a
        // scan would only find it unreadable.
        if (auto running = distro.checkRunning(parsed.wake); !running) {
            io.err << tr("godual remove: %1").arg(running.error()) << '\n';
            return wsl.isEmpty() ? ExitUsage : ExitFailed;
        }
        QString activeGo;
        if (!parsed.force) {
            const auto active = scannedActiveGo(parsed.side, parsed.wake);
            if (!active) {
                io.err << tr("godual remove: %1").arg(active.error()) << '\n';
                return ExitUsage;
            }
            activeGo = *active ? (*active)->path : QString();
        }
        const auto removed = distro.remove(parsed.version, parsed.force, parsed.wake, activeGo);
        if (!removed) {
            io.err << tr("godual remove: %1").arg(removed.error()) << '\n';
            // Without wsl.exe the distro cannot be reached at all; otherwise the remove was refused.
            return wsl.isEmpty() ? ExitUsage : ExitFailed;
        }
        io.out << tr("removed %1").arg(*removed) << '\n';
        io.out.flush();
        return ExitOk;
    }
    if (parsed.side.kind() == SideId::Kind::Windows)
        return removeFromWindows(parsed.version, parsed.force, io);
    const QString root = localSdkRoot();
    const QString folder = QDir(root).filePath(parsed.version.toString());
    if (auto sdk = checkIsSdk(folder, parsed.version, QStringLiteral("go")); !sdk) {
        io.err << tr("godual remove: %1").arg(sdk.error()) << '\n';
        return ExitFailed;
    }

    // The `go` a new terminal runs: removing its SDK breaks every build until PATH changes.
    if (!parsed.force) {
        const auto active = scannedActiveGo(SideId::local(), false);
        if (!active) {
            io.err << tr("godual remove: %1").arg(active.error()) << '\n';
            return ExitUsage;
        }
        const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
        if (*active && isInside(QFileInfo((*active)->path).canonicalFilePath(), canonicalFolder)) {
            io.err << tr("godual remove: %1 is the active Go (%2 is the first go on PATH); pass --force to remove it")
                          .arg(folder, (*active)->path)
                   << '\n';
            return ExitFailed;
        }
    }

    return removeFolder(folder, folder, parsed.version, io);
}

} // namespace

Command removeCommand()
{
    return Command { QStringLiteral("remove"), QStringLiteral("remove VERSION --side ID [--wake] [--force]"),
        tr("delete an SDK GoDual installed (refuses the active one without --force)"), runRemove };
}

} // namespace GoDual::Cli
