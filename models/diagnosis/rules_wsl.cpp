// Rules about the WSL boundary itself: wsl.conf, interop, WSLENV and the distro's state.

#include "diagnosis/rules.h"
#include "diagnosis/rulesupport.h"
#include "drvfspath.h"
#include "wslenv.h"

#include <algorithm>

namespace GoDual::Rules {

using S = Finding::Severity;

QList<Finding> wslenvForwardsGoVars(const Snapshot &s)
{
    const QStringList &goVars = boundaryGoVariables();
    QList<Finding> out;
    for (const Side &side : s.sides) {
        if (isWindows(side) == false && !isWsl(side))
            continue;
        const auto it = side.env.constFind(QStringLiteral("WSLENV"));
        if (it == side.env.cend())
            continue;
        // WSL's own reading of the list: an entry with an unknown flag, or /uw, carries nothing.
        for (const WslEnvEntry &parsed : parseWslEnv(it->value)) {
            const QString &entry = parsed.text;
            const QString &name = parsed.name;
            if (!goVars.contains(name) || !parsed.crossesBoundary())
                continue;
            QString meaning
                = parsed.translatesPaths() ? tr("translated between Windows and Linux paths") : tr("copied verbatim");
            if (!parsed.forwardsToWindows())
                meaning += tr(", only from Windows into WSL");
            else if (!parsed.forwardsToWsl())
                meaning += tr(", only from WSL into Windows");
            else
                meaning += tr(", in both directions");
            out.append(about({ entry, it->origin.toString() },
                finding("wslenv-forwards-go-vars", S::Warning, side,
                    tr("WSLENV entry %1 (from %2) forwards %3 across the WSL boundary (%4), so one side's Go setting "
                       "overrides the other's")
                        .arg(entry, text(it->origin), name, meaning),
                    { QStringLiteral("WSLENV=") + originNote(*it) },
                    isWsl(side)
                        ? tr("Remove %1 from WSLENV where Windows sets it (its user environment variables); give "
                             "each side its own %2.")
                              .arg(entry, name)
                        : tr("Remove %1 from WSLENV at %2; give each side its own %3.")
                              .arg(entry, text(it->origin), name))));
        }
    }
    return out;
}

QList<Finding> windowsPathAppended(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        if (!isWsl(side) || !side.interop || !side.interop->enabled || !side.interop->appendWindowsPath)
            continue;
        // What WSL appended before any start-up file ran, not what survived them: the login shell
        // may reset PATH (Debian's /etc/profile does), and the user should know both.
        qsizetype onPath = 0;
        for (const PathEntry &e : side.path)
            onPath += e.origin.kind() == Origin::Kind::AppendWindowsPath ? 1 : 0;
        const qsizetype count = std::max<qsizetype>(side.windowsPathAppended, onPath);
        QString message = tr("appendWindowsPath is on (%1): WSL adds %2 Windows Path entries to the end of PATH")
                              .arg(text(side.interop->appendWindowsPathOrigin))
                              .arg(count);
        if (side.windowsPathDropped > 0 && side.windowsPathDropped >= count)
            message += tr("; the login shell drops all of them again, so a new terminal does not see them");
        else if (side.windowsPathDropped > 0)
            message += tr("; the login shell drops %1 of them again").arg(side.windowsPathDropped);
        out.append(finding("windows-path-appended", S::Info, side, message,
            { QStringLiteral("[interop] appendWindowsPath=true (") + text(side.interop->appendWindowsPathOrigin)
                + u')' },
            tr("Set appendWindowsPath=false under [interop] in /etc/wsl.conf if the distro should not see Windows "
               "programs.")));
    }
    return out;
}

QList<Finding> wslConfIgnoredLines(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        if (!isWsl(side))
            continue;
        for (const QString &issue : side.wslConfIssues) {
            // "<path>:<line>: <what was lost>": the line is what a fix edits.
            const QString issueLine = issue.section(u':', 1, 1);
            out.append(about({ issueLine },
                finding("wsl-conf-ignored-lines", S::Warning, side, issue, { issue },
                    tr("Correct the line in /etc/wsl.conf, then run 'wsl --terminate %1'.").arg(side.name))));
        }
    }
    return out;
}

QList<Finding> interopDisabledButNeeded(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        if (!isWsl(side) || !side.interop || side.interop->enabled)
            continue;
        QStringList reliesOn;
        if (side.interop->appendWindowsPathOrigin.kind() != Origin::Kind::Default && side.interop->appendWindowsPath)
            reliesOn.append(
                QStringLiteral("appendWindowsPath=true (") + text(side.interop->appendWindowsPathOrigin) + u')');
        if (const auto w = side.env.constFind(QStringLiteral("WSLENV")); w != side.env.cend() && !w->value.isEmpty())
            reliesOn.append(QStringLiteral("WSLENV=") + originNote(*w));
        if (DrvFsPath::isWindowsDrive(side.vscodeGoroot, side.automountRoot))
            reliesOn.append(QStringLiteral("go.goroot=") + side.vscodeGoroot);
        if (reliesOn.isEmpty())
            continue;
        out.append(finding("interop-disabled-but-needed", S::Info, side,
            tr("[interop] enabled=false (%1), yet %2 relies on interop")
                .arg(text(side.interop->enabledOrigin), reliesOn.join(QStringLiteral(", "))),
            reliesOn, tr("Either enable interop or remove the settings that rely on it.")));
    }
    return out;
}

QList<Finding> kernelModulesMissing(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        if (!isWsl(side) || !side.kernelModulesPresent.has_value() || *side.kernelModulesPresent)
            continue;
        out.append(finding("kernel-modules-missing", S::Warning, side,
            tr("/lib/modules/%1 does not exist, so kernel modules such as overlay cannot be loaded").arg(side.kernel),
            { QStringLiteral("uname -r: ") + side.kernel },
            tr("Update WSL ('wsl --update'), which ships the modules for its kernel, or use a kernel with its "
               "modules.")));
    }
    return out;
}

QList<Finding> distroNotScanned(const Snapshot &s)
{
    // Every distro GoDual did not read, whatever the reason: stopped and not woken, in a state
    // such as Installing, a state nobody could read, or a probe that failed.
    QList<Finding> out;
    for (const Side &side : s.sides) {
        if (!isWsl(side) || side.scanned)
            continue;
        const bool stopped = side.state == Side::State::Stopped && side.scanError.isEmpty();
        out.append(finding("distro-not-scanned", S::Info, side,
            stopped ? tr("%1 is stopped and was not started for this scan").arg(side.name)
                    : tr("%1 was not scanned: %2")
                          .arg(side.name,
                              side.scanError.isEmpty() ? tr("wsl.exe did not say whether it runs") : side.scanError),
            side.scanError.isEmpty() ? QStringList() : QStringList { side.scanError },
            stopped ? tr("Scan it with 'godual diagnose --wake' or the window's Scan action (this starts the distro).")
                    : tr("Scan again once the distro is ready; 'wsl.exe -l -v' shows its state.")));
    }
    return out;
}

} // namespace GoDual::Rules
