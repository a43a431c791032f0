// Rules about GOROOT and GOPATH: whether they name a real toolchain, match the `go` on PATH,
// and stay on their own side of the boundary.

#include "diagnosis/rules.h"
#include "diagnosis/rulesupport.h"
#include "diagnosis/sidepaths.h"
#include "drvfspath.h"

namespace GoDual::Rules {

using S = Finding::Severity;

QList<Finding> gorootMismatch(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        const auto it = side.env.constFind(QStringLiteral("GOROOT"));
        if (it == side.env.cend() || it->origin.kind() == Origin::Kind::Default || !side.active
            || side.active->goroot.isEmpty())
            continue;
        const GoInstall *named = SidePaths::installAt(side, it->value);
        const bool same = SidePaths::same(side, it->value, side.active->goroot)
            || (named && SidePaths::same(side, named->goroot, side.active->goroot));
        if (same)
            continue;
        out.append(about({ QStringLiteral("GOROOT") },
            finding("goroot-mismatch", S::Error, side,
                tr("GOROOT is %1 (set at %2) but the go on PATH, %3, belongs to %4")
                    .arg(it->value, text(it->origin), side.active->path, side.active->goroot),
                { QStringLiteral("GOROOT=") + originNote(*it),
                    QStringLiteral("go on PATH: ") + side.active->path + QStringLiteral(" (") + side.active->version
                        + u')' },
                tr("Remove the GOROOT setting at %1 (Go finds its own root), or point it at %2.")
                    .arg(text(it->origin), side.active->goroot))));
    }
    return out;
}

QList<Finding> gorootInvalid(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        const auto it = side.env.constFind(QStringLiteral("GOROOT"));
        if (it == side.env.cend() || it->origin.kind() == Origin::Kind::Default || !side.scanned)
            continue;
        const GoInstall *install = SidePaths::installAt(side, it->value);
        const QString wantKind = isWindows(side) ? QStringLiteral("pe") : QStringLiteral("elf");
        if (install && install->binaryKind == wantKind)
            continue;
        const QString why = !install
            ? tr("that folder holds no Go toolchain (no VERSION file)")
            : tr("its bin folder holds no %1 for this side (found: %2)").arg(goName(side), install->binaryKind);
        out.append(about({ QStringLiteral("GOROOT") },
            finding("goroot-invalid", S::Error, side,
                tr("GOROOT %1 (set at %2) is not usable: %3").arg(it->value, text(it->origin), why),
                { QStringLiteral("GOROOT=") + originNote(*it) },
                tr("Fix or remove the GOROOT setting at %1.").arg(text(it->origin)))));
    }
    return out;
}

QList<Finding> gorootCrossesBoundary(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        for (const QString &name : { QStringLiteral("GOROOT"), QStringLiteral("GOPATH") }) {
            const auto it = side.env.constFind(name);
            if (it == side.env.cend())
                continue;
            bool crosses = false;
            if (isWsl(side))
                crosses = SidePaths::isWindowsDrivePath(it->value)
                    || (name == QLatin1StringView("GOROOT")
                        && DrvFsPath::isWindowsDrive(it->value, side.automountRoot));
            else if (isWindows(side))
                crosses = SidePaths::isWslUncPath(it->value);
            if (!crosses)
                continue;
            out.append(about({ name },
                finding("goroot-crosses-boundary", S::Error, side,
                    tr("%1 is %2 (from %3), a path on the other side of the WSL boundary")
                        .arg(name, it->value, text(it->origin)),
                    { name + u'=' + originNote(*it) },
                    tr("Give this side its own %1 on its own file system; change or remove it at %2.")
                        .arg(name, text(it->origin)))));
        }
    }
    return out;
}

QList<Finding> gopathInsideGoroot(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        const auto root = side.env.constFind(QStringLiteral("GOROOT"));
        const auto path = side.env.constFind(QStringLiteral("GOPATH"));
        if (root == side.env.cend() || path == side.env.cend())
            continue;
        const QChar listSep = isWindows(side) ? u';' : u':';
        const QStringList entries = path->value.split(listSep, Qt::SkipEmptyParts);
        for (const QString &entry : entries) {
            if (!SidePaths::isInside(side, entry, root->value))
                continue;
            out.append(about({ QStringLiteral("GOPATH") },
                finding("gopath-inside-goroot", S::Error, side,
                    tr("GOPATH entry %1 (from %2) lies inside GOROOT %3 (from %4)")
                        .arg(entry, text(path->origin), root->value, text(root->origin)),
                    { QStringLiteral("GOPATH=") + originNote(*path), QStringLiteral("GOROOT=") + originNote(*root) },
                    tr("Move GOPATH out of the Go installation, e.g. to the default ~/go."))));
        }
    }
    return out;
}

QList<Finding> gopathOnWindowsDrive(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        if (!isWsl(side))
            continue;
        for (const QString &name :
            { QStringLiteral("GOPATH"), QStringLiteral("GOMODCACHE"), QStringLiteral("GOCACHE") }) {
            const auto it = side.env.constFind(name);
            if (it == side.env.cend() || !DrvFsPath::isWindowsDrive(it->value, side.automountRoot))
                continue;
            out.append(about({ name },
                finding("gopath-on-windows-drive", S::Warning, side,
                    tr("%1 is %2 (from %3), on a Windows drive mounted into the distro: builds and module downloads "
                       "there are many times slower")
                        .arg(name, it->value, text(it->origin)),
                    { name + u'=' + originNote(*it) },
                    tr("Use a folder in the distro's own file system, such as ~/go; change it at %1.")
                        .arg(text(it->origin)))));
        }
    }
    return out;
}

QList<Finding> vscodeGorootMismatch(const Snapshot &s)
{
    QList<Finding> out;
    for (const Side &side : s.sides) {
        if (side.vscodeGoroot.isEmpty())
            continue;
        // In a distro a Windows toolchain is named either way: C:\Go, or through its drive mount.
        const bool otherSide = isWsl(side) ? SidePaths::isWindowsDrivePath(side.vscodeGoroot)
                || DrvFsPath::isWindowsDrive(side.vscodeGoroot, side.automountRoot)
                                           : SidePaths::isWslUncPath(side.vscodeGoroot);
        if (!otherSide && SidePaths::installAt(side, side.vscodeGoroot))
            continue;
        out.append(finding("vscode-goroot-mismatch", S::Warning, side,
            otherSide ? tr("VS Code's go.goroot is %1 (%2), a toolchain on the other side of the WSL boundary")
                            .arg(side.vscodeGoroot, text(side.vscodeGorootOrigin))
                      : tr("VS Code's go.goroot is %1 (%2), which holds no Go toolchain")
                            .arg(side.vscodeGoroot, text(side.vscodeGorootOrigin)),
            { QStringLiteral("go.goroot=") + side.vscodeGoroot + QStringLiteral(" (") + text(side.vscodeGorootOrigin)
                + u')' },
            tr("Remove go.goroot from %1 so the Go extension uses the go on PATH.")
                .arg(text(side.vscodeGorootOrigin))));
    }
    return out;
}

} // namespace GoDual::Rules
