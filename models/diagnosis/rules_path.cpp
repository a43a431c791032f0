// Rules about PATH: which go wins, what it shadows, and entries that are missing or repeated.

#include "diagnosis/rules.h"
#include "diagnosis/rulesupport.h"
#include "diagnosis/sidepaths.h"
#include "drvfspath.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace GoDual::Rules {

using S = Finding::Severity;

namespace {

// WSL's default PATH (and Debian's) lists /usr/sbin and /usr/bin and later /sbin and /bin; on a
// merged /usr those are links to the same folders. Nobody wrote anything twice, so the pair is not
// a duplicate worth reporting.
bool isUsrMergeAlias(const QString &a, const QString &b)
{
    auto trimmed = [](QString p) {
        while (p.size() > 1 && p.endsWith(u'/'))
            p.chop(1);
        return p;
    };
    const QString x = trimmed(a);
    const QString y = trimmed(b);
    for (const QLatin1StringView dir : { QLatin1StringView("/bin"), QLatin1StringView("/sbin") }) {
        const QString usr = QStringLiteral("/usr") + dir;
        if ((x == dir && y == usr) || (x == usr && y == dir))
            return true;
    }
    return false;
}

QString entryNote(const PathEntry &e, qsizetype index)
{
    return QStringLiteral("PATH[%1] %2 (%3)").arg(index).arg(e.value, text(e.origin));
}

} // namespace

QList<Finding> windowsGoOnWslPath(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        if (!isWsl(side))
            continue;
        // The first Go bin folder on PATH: a Windows one there means Windows' go wins or lurks first.
        for (qsizetype i = 0; i < side.path.size(); ++i) {
            const PathEntry &e = side.path[i];
            if (e.goName.isEmpty() || e.duplicate)
                continue;
            const bool windowsGo = e.onWindowsDrive || e.goKind == QLatin1StringView("pe")
                || (e.goKind == QLatin1StringView("shim") && e.onWindowsDrive);
            if (windowsGo) {
                // Name the Windows installation behind the mount when the Windows side knows it.
                const Side *windows = s.side(SideId::windows());
                const QString bin = DrvFsPath::windowsPath(e.value, side.automountRoot);
                const GoInstall *install = windows && !bin.isEmpty()
                    ? SidePaths::installAt(*windows, bin.left(qMax(bin.lastIndexOf(u'\\'), 2)))
                    : nullptr;
                out.append(about({ e.value },
                    finding("windows-go-on-wsl-path", S::Error, side,
                        install
                            ? tr("the first Go on PATH is Windows' %1 in %2 (added by %3): the Windows installation "
                                 "%4 (%5), not a Linux toolchain")
                                  .arg(e.goName, e.value, text(e.origin), install->goroot, install->version)
                            : tr("the first Go on PATH is Windows' %1 in %2 (added by %3), not a Linux toolchain")
                                  .arg(e.goName, e.value, text(e.origin)),
                        { entryNote(e, i) },
                        e.origin.kind() == Origin::Kind::AppendWindowsPath
                            ? tr("Turn off appendWindowsPath in /etc/wsl.conf, or install Go inside the distro and "
                                 "put its bin folder first.")
                            : tr("Remove %1 from PATH at %2, or put a Linux Go's bin folder before it.")
                                  .arg(e.value, text(e.origin)))));
            }
            break;
        }
    }
    return out;
}

QList<Finding> goShadowedOnPath(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        // Folders whose go is the same file (a symlink such as /usr/bin/go into a GOROOT) shadow nothing.
        QList<qsizetype> hits;
        QStringList binaries;
        for (qsizetype i = 0; i < side.path.size(); ++i) {
            const PathEntry &e = side.path[i];
            if (e.duplicate || e.goName != goName(side))
                continue;
            const QString binary = e.goRealPath.isEmpty() ? SidePaths::join(side, e.value, e.goName) : e.goRealPath;
            if (binaries.contains(binary))
                continue;
            binaries.append(binary);
            hits.append(i);
        }
        if (hits.size() < 2)
            continue;
        QStringList evidence;
        QStringList shadowed;
        for (qsizetype i : std::as_const(hits)) {
            evidence.append(entryNote(side.path[i], i));
            if (i != hits.first())
                shadowed.append(side.path[i].value);
        }
        out.append(about(shadowed,
            finding("go-shadowed-on-path", S::Warning, side,
                tr("%1 Go bin folders on PATH: %2 wins, %3 never runs")
                    .arg(hits.size())
                    .arg(side.path[hits.first()].value, shadowed.join(QStringLiteral(", "))),
                evidence, tr("Keep one Go bin folder on PATH; remove the others where they are added."))));
    }
    return out;
}

QList<Finding> pathEntryMissing(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        for (qsizetype i = 0; i < side.path.size(); ++i) {
            const PathEntry &e = side.path[i];
            if (e.exists || e.duplicate)
                continue;
            out.append(about({ e.value },
                finding("path-entry-missing", S::Info, side,
                    tr("PATH entry %1 (from %2) does not exist").arg(e.value, text(e.origin)), { entryNote(e, i) },
                    tr("Remove it at %1.").arg(text(e.origin)))));
        }
    }
    return out;
}

QList<Finding> pathEntryDuplicate(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        if (std::none_of(side.path.cbegin(), side.path.cend(), [](const PathEntry &e) { return e.duplicate; }))
            continue;
        auto folder = [](const PathEntry &p) -> const QString & { return p.realPath.isEmpty() ? p.value : p.realPath; };
        for (qsizetype i = 0; i < side.path.size(); ++i) {
            const PathEntry &e = side.path[i];
            if (!e.duplicate)
                continue;
            qsizetype earlier = 0;
            while (earlier < i && !SidePaths::same(side, folder(side.path[earlier]), folder(e)))
                ++earlier;
            if (earlier == i)
                continue; // marked as a repeat, but of nothing: nothing to report
            const qsizetype first = earlier;
            if (!isWindows(side) && isUsrMergeAlias(side.path[first].value, e.value))
                continue;
            out.append(about({ e.value },
                finding("path-entry-duplicate", S::Info, side,
                    tr("PATH entry %1 (from %2) is the same folder as entry %3, %4 (from %5)")
                        .arg(e.value, text(e.origin))
                        .arg(first)
                        .arg(side.path[first].value, text(side.path[first].origin)),
                    { entryNote(side.path[first], first), entryNote(e, i) },
                    tr("Remove the second one at %1.").arg(text(e.origin)))));
        }
    }
    return out;
}

QList<Finding> gopathBinNotOnPath(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        if (!side.scanned || side.path.isEmpty())
            continue;
        QString bin;
        QString origin;
        if (const auto gobin = side.env.constFind(QStringLiteral("GOBIN")); gobin != side.env.cend()) {
            bin = gobin->value;
            origin = text(gobin->origin);
        } else if (const auto gopath = side.env.constFind(QStringLiteral("GOPATH")); gopath != side.env.cend()) {
            const QString first = gopath->value.split(isWindows(side) ? u';' : u':').value(0);
            if (first.isEmpty())
                continue;
            bin = SidePaths::join(side, first, QStringLiteral("bin"));
            origin = text(gopath->origin);
        } else {
            continue;
        }
        const bool found = std::any_of(side.path.cbegin(), side.path.cend(),
            [&](const PathEntry &e) { return SidePaths::same(side, e.value, bin); });
        if (found)
            continue;
        out.append(about({ bin },
            finding("gopath-bin-not-on-path", S::Warning, side,
                tr("%1 (from %2) is not on PATH, so tools installed with 'go install' are not found").arg(bin, origin),
                { QStringLiteral("GOBIN/GOPATH: ") + bin + QStringLiteral(" (") + origin + u')' },
                tr("Add %1 to PATH in the side's start-up file or user Path.").arg(bin))));
    }
    return out;
}

QList<Finding> pathUnexpandedVariable(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        for (const RegistryPathValue &v : side.windowsPathValues) {
            if (v.expandable || !v.raw.contains(u'%'))
                continue;
            static const QRegularExpression var(QStringLiteral("%[^%;]+%"));
            const auto m = var.match(v.raw);
            if (!m.hasMatch())
                continue;
            out.append(about({ v.origin.registryKey(), v.origin.registryName() },
                finding("path-unexpanded-variable", S::Error, side,
                    tr("%1 holds %2 but is stored as REG_SZ, so Windows never expands it")
                        .arg(text(v.origin), m.captured()),
                    { text(v.origin) + QStringLiteral(" (REG_SZ) = ") + v.raw },
                    tr("Store %1 as REG_EXPAND_SZ (GoDual's fix keeps the text and changes the type).")
                        .arg(text(v.origin)))));
        }
    }
    return out;
}

QList<Finding> pathTooLong(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        if (!isWindows(side))
            continue;
        qsizetype length = 0;
        for (const PathEntry &e : side.path)
            length += e.value.size() + 1;
        length = qMax<qsizetype>(0, length - 1);
        if (length <= 2047)
            continue;
        QStringList evidence;
        for (const RegistryPathValue &v : side.windowsPathValues)
            evidence.append(text(v.origin) + QStringLiteral(": %1 characters").arg(v.raw.size()));
        out.append(finding("path-too-long", S::Warning, side,
            tr("the combined Path is %1 characters; tools that read it through older APIs cut it at 2047").arg(length),
            evidence,
            tr("Remove entries that are missing or repeated, or shorten them with variables such as %USERPROFILE%.")));
    }
    return out;
}

} // namespace GoDual::Rules
