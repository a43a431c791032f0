#include "use/useplanner.h"

#include "edit/jsoncedit.h"
#include "edit/shellsyntax.h"
#include "fix/plandraft.h"
#include "fix/startuptarget.h"
#include "goversion.h"
#include "use/usewindows.h"

#include <QDir>

namespace GoDual {

namespace {

// The version as Go spells it: "1.21.13" and "go1.21.13" both name go1.21.13.
std::optional<GoVersion> requested(const QString &text)
{
    const QString trimmed = text.trimmed();
    return GoVersion::parse(trimmed.startsWith(QLatin1StringView("go")) ? trimmed : QStringLiteral("go") + trimmed);
}

bool runsHere(const Side &side, const GoInstall &install)
{
    // A Windows toolchain seen from a distro (through /mnt/c) is not one a Linux terminal runs.
    if (side.id.kind() == SideId::Kind::Windows)
        return install.binaryKind == QLatin1StringView("pe");
    return install.binaryKind == QLatin1StringView("elf");
}

// GoDual's own SDKs first, then installs nobody else manages, then the managers' and packages'.
int preference(const GoInstall &install)
{
    static const QStringList order { QStringLiteral("sdk"), QStringLiteral("tarball"), QStringLiteral("opt"),
        QStringLiteral("msi"), QStringLiteral("debian") };
    const qsizetype at = order.indexOf(install.source);
    return at < 0 ? int(order.size()) : int(at);
}

bool isSet(const Side &side, const QString &name)
{
    const auto v = side.env.constFind(name);
    const bool inEnvironment = v != side.env.cend() && v->origin.kind() != Origin::Kind::Default;
    return inEnvironment || side.goEnvFileValues.contains(name);
}

Result<UsePlan> planLinux(const Snapshot &snapshot, const Side &side, const GoInstall &install)
{
    const auto target = startupTarget(side);
    if (!target)
        return Failure {
            UsePlanner::tr("%1: no start-up file is known to hold GoDual's block").arg(side.id.toString())
        };
    const QString bin = install.goroot + QStringLiteral("/bin");
    const auto first = ShellSyntax::putPathFirst(target->shell, bin);
    if (!first)
        return Failure { first.error() };
    QStringList lines = *first;
    // GOROOT set anywhere (a start-up file, the go env file, WSLENV) would name the other root;
    // the block sets it to the chosen one, after everything else has run.
    const bool goroot = isSet(side, QStringLiteral("GOROOT"));
    if (goroot) {
        auto set = ShellSyntax::setVariable(target->shell, QStringLiteral("GOROOT"), install.goroot);
        if (!set)
            return Failure { set.error() };
        lines += *set;
    }
    PlanDraft draft(snapshot);
    if (auto r
        = draft.setBlockSection(side, QStringLiteral("use"), install.version, lines, UsePlanner::reason(install));
        !r)
        return Failure { r.error() };
    auto finished = UsePlanner::finish(draft, side, install);
    if (!finished)
        return finished;
    UsePlan plan = *finished;
    plan.mechanism
        = UsePlanner::tr("GoDual's block at the end of %1, which a new terminal reads last, puts %2 first on "
                         "PATH%3; switching again rewrites only that block.")
              .arg(target->path, bin,
                  goroot
                      ? UsePlanner::tr(" and sets GOROOT to %1, since GOROOT is set on this side").arg(install.goroot)
                      : QString());
    return plan;
}

} // namespace

namespace {

// The folder part of a path as the side names it (Windows paths use backslashes).
QString folderOf(const QString &path)
{
    const qsizetype slash = std::max(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\'));
    return slash <= 0 ? path : path.left(slash);
}

bool sameFolder(const QString &a, const QString &b) { return QDir::cleanPath(a) == QDir::cleanPath(b); }

} // namespace

QString UsePlanner::whyNotInEffect(const Side &now, const GoInstall &chosen)
{
    if (!now.active)
        return tr("a new terminal finds no go on PATH");
    if (!sameFolder(now.active->goroot, chosen.goroot)) {
        const QString folder = folderOf(now.active->path);
        const auto entry
            = std::find_if(now.path.cbegin(), now.path.cend(), [&](const PathEntry &e) { return e.value == folder; });
        return entry == now.path.cend() ? tr("a new terminal runs %1 (%2)").arg(now.active->path, now.active->version)
                                        : tr("a new terminal runs %1 (%2), which %3 puts on PATH first")
                                              .arg(now.active->path, now.active->version, entry->origin.toString());
    }
    const auto goroot = now.env.constFind(QStringLiteral("GOROOT"));
    if (goroot != now.env.cend() && goroot->origin.kind() != Origin::Kind::Default
        && !sameFolder(goroot->value, chosen.goroot))
        return tr("GOROOT is %1 (from %2)").arg(goroot->value, goroot->origin.toString());
    return {};
}

Result<UsePlan> UsePlanner::finish(PlanDraft &draft, const Side &side, const GoInstall &install)
{
    // VS Code's go.goroot, where the user set it, follows (comments and formatting kept).
    if (side.vscodeGorootOrigin.isFileLine()) {
        auto r = draft.editFile(side, side.vscodeGorootOrigin.path(), Change::Kind::File, false, reason(install),
            [&](const QByteArray &current) {
                return JsoncEdit::set(current, QStringLiteral("go.goroot"), install.goroot);
            });
        if (!r)
            return Failure { r.error() };
    }
    auto changes = draft.finish();
    if (!changes)
        return Failure { changes.error() };
    UsePlan plan;
    plan.chosen = install;
    plan.set.changes = *changes;
    plan.set.summary = tr("use %1 on %2").arg(install.version, side.id.toString());
    return plan;
}

std::optional<GoInstall> UsePlanner::find(const Side &side, const QString &version)
{
    const auto wanted = requested(version);
    if (!wanted)
        return std::nullopt;
    const bool wholeRelease = wanted->patch() < 0 && !wanted->isPrerelease();
    std::optional<GoInstall> best;
    std::optional<GoVersion> bestVersion;
    for (const GoInstall &install : side.installs) {
        const auto v = GoVersion::parse(install.version);
        if (!v || !runsHere(side, install))
            continue;
        const bool matches
            = wholeRelease ? v->languageVersion() == wanted->languageVersion() && !v->isPrerelease() : *v == *wanted;
        if (!matches)
            continue;
        const bool better
            = !best || *v > *bestVersion || (*v == *bestVersion && preference(install) < preference(*best));
        if (better) {
            best = install;
            bestVersion = v;
        }
    }
    return best;
}

QStringList UsePlanner::installedVersions(const Side &side)
{
    QList<GoVersion> versions;
    for (const GoInstall &install : side.installs) {
        const auto v = GoVersion::parse(install.version);
        if (v && runsHere(side, install) && !versions.contains(*v))
            versions.append(*v);
    }
    std::sort(versions.begin(), versions.end(), std::greater<>());
    QStringList names;
    for (const GoVersion &v : std::as_const(versions))
        names.append(v.toString());
    return names;
}

Result<UsePlan> UsePlanner::plan(
    const Snapshot &snapshot, const SideId &sideId, const GoInstall &install, const UseOptions &options)
{
    const Side *side = snapshot.side(sideId);
    if (!side)
        return Failure { tr("there is no side %1 in the scan").arg(sideId.toString()) };
    if (sideId.kind() == SideId::Kind::Windows)
        return UseWindows::plan(snapshot, *side, install, options);
    return planLinux(snapshot, *side, install);
}

} // namespace GoDual
