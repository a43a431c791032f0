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

// The block's line setting GOROOT to `install`'s root when GOROOT is set anywhere on the side (a
// start-up file, the go env file, WSLENV), where it would name another root; none otherwise.
Result<QStringList> gorootLines(const Side &side, Shell shell, const GoInstall &install)
{
    if (!isSet(side, QStringLiteral("GOROOT")))
        return QStringList();
    return ShellSyntax::setVariable(shell, QStringLiteral("GOROOT"), install.goroot);
}

QString noBlockFile(const Side &side)
{
    return UsePlanner::tr("%1: no start-up file is known to hold GoDual's block").arg(side.id.toString());
}

// The draft as the plan, with the sentence saying how it works on that side.
Result<UsePlan> finishWith(PlanDraft &draft, const Side &side, const GoInstall &install, const QString &mechanism)
{
    auto finished = UsePlanner::finish(draft, side, install);
    if (!finished)
        return finished;
    UsePlan plan = *finished;
    plan.mechanism = mechanism;
    return plan;
}

// Whether update-alternatives' `go` group decides what a new terminal runs: the go found first on
// PATH is the group's master link (/usr/bin/go, found as /bin/go too on merged-/usr systems).
bool runsAlternativesLink(const Side &side)
{
    const auto &group = side.goAlternatives;
    if (!group || !side.active)
        return false;
    const QString folder = QDir::cleanPath(side.active->path + QStringLiteral("/.."));
    const auto entry = std::find_if(
        side.path.cbegin(), side.path.cend(), [&](const PathEntry &e) { return QDir::cleanPath(e.value) == folder; });
    const bool throughLink = entry != side.path.cend() && !entry->realPath.isEmpty()
        && QDir::cleanPath(entry->realPath) + QStringLiteral("/go") == group->link;
    return side.active->path == group->link || throughLink;
}

// The choice of that group that is `install`'s go. Then `use` switches the group instead of
// shadowing it on PATH, so every user of the distro and every program that runs /usr/bin/go agree.
std::optional<QString> alternativeChoice(const Side &side, const GoInstall &install)
{
    if (!runsAlternativesLink(side))
        return std::nullopt;
    for (const QString &root : QStringList { install.goroot } + install.aliases) {
        if (const QString go = root + QStringLiteral("/bin/go"); side.goAlternatives->hasChoice(go))
            return go;
    }
    return std::nullopt;
}

// Whether a version manager's go (goenv's, asdf's or mise's shim; a mise version's go, which
// `mise activate` puts on PATH; a gvm version's go, which gvm's environment puts there) is the go
// a new terminal finds first (the manager there or not).
bool runsManagersGo(const Side &side)
{
    return side.goManager && side.active && side.goManager->runsAs(side.active->path);
}

// Whether `mise activate` decides what a new terminal runs: the go found first is one of mise's
// versions (not its shim) and mise is there. It puts the version it picks first on PATH again at
// every prompt, so the block, which runs once, cannot win in an interactive terminal.
bool runsMiseActivate(const Side &side)
{
    const auto &m = side.goManager;
    return runsManagersGo(side) && m->isMise() && m->present && side.active->path != m->shim();
}

// The manager's version that is `install`, when the manager decides what a new terminal runs: its
// shim is the go found first, the manager is there to run, and no variable overrides its global
// choice. Then `use` sets the manager's global version instead of shadowing the shims on PATH, so
// the manager keeps working as the user set it up.
std::optional<QString> managerVersion(const Side &side, const GoInstall &install)
{
    const auto &manager = side.goManager;
    if (!runsManagersGo(side) || !manager->present || !manager->versionOverride.isEmpty())
        return std::nullopt;
    for (const QString &root : QStringList { install.goroot } + install.aliases) {
        if (const QString version = manager->versionOf(root); !version.isEmpty() && manager->canSelect(version))
            return version;
    }
    return std::nullopt;
}

Result<UsePlan> planAlternative(const Snapshot &snapshot, const Side &side, const GoInstall &install,
    const AlternativeGroup &group, const QString &choice)
{
    PlanDraft draft(snapshot);
    draft.setAlternative(side, group, choice, UsePlanner::reason(install));
    // GOROOT set anywhere would name the other root: the block sets it to the chosen one. A `use`
    // section an earlier switch left would put its own go first: it is emptied.
    const auto target = startupTarget(side);
    const bool goroot = isSet(side, QStringLiteral("GOROOT"));
    if (target && (goroot || PlanDraft::blockHasSection(side.files.value(target->path), QStringLiteral("use")))) {
        const auto lines = gorootLines(side, target->shell, install);
        if (!lines)
            return Failure { lines.error() };
        if (auto r = draft.setBlockSection(side, QStringLiteral("use"),
                install.version + QStringLiteral(" (update-alternatives)"), *lines, UsePlanner::reason(install));
            !r)
            return Failure { r.error() };
    } else if (goroot) {
        return Failure { noBlockFile(side) };
    }
    return finishWith(draft, side, install,
        UsePlanner::tr("update-alternatives --set %1 %2 (as root): %3 is update-alternatives' link, "
                       "so switching it changes the go every user and program of this distro runs%4.")
            .arg(group.name, choice, group.link,
                goroot ? UsePlanner::tr("; GoDual's block sets GOROOT to %1, since GOROOT is set on "
                                        "this side")
                             .arg(install.goroot)
                       : QString()));
}

QString managerMechanism(const Side &side, const VersionManager &manager, const QString &version)
{
    if (manager.isGvm())
        return UsePlanner::tr("gvm's default environment %1 becomes a copy of %2's (what `%3` does): a new "
                              "terminal loads it through %4, which puts that version's bin folder first on PATH and "
                              "sets GOROOT and GOPATH to its own; a .go-version in a project folder still picks its "
                              "own there.")
            .arg(manager.globalFile, version, manager.globalCommand(version), manager.runs);
    return UsePlanner::tr("%1's global version in %2 (what `%3` writes): a new terminal's go is %1's %4, so %1 "
                          "picks the version; a project folder's own version file still picks its own there.")
        .arg(manager.name, manager.globalFile, manager.globalCommand(version),
            side.active->path == manager.shim() ? UsePlanner::tr("shim %1").arg(manager.shim()) : side.active->path);
}

Result<UsePlan> planManager(const Snapshot &snapshot, const Side &side, const GoInstall &install,
    const VersionManager &manager, const QString &version)
{
    PlanDraft draft(snapshot);
    if (auto r = draft.editFile(side, manager.globalFile, Change::Kind::File, false, UsePlanner::reason(install),
            [&](const QByteArray &current) { return manager.withVersion(current, version); });
        !r)
        return Failure { UsePlanner::tr("%1; change it with `%2`").arg(r.error(), manager.globalCommand(version)) };
    return finishWith(draft, side, install, managerMechanism(side, manager, version));
}

// Why the block, not gvm, when a new terminal's go is one of gvm's versions.
QString whyNotGvm(const VersionManager &gvm, const GoInstall &install)
{
    if (!gvm.present)
        return UsePlanner::tr(" (a new terminal's go is one of gvm's versions, but the terminal does not load gvm "
                              "through %1, so its default environment decides nothing)")
            .arg(gvm.runs);
    if (!gvm.versionOverride.isEmpty())
        return UsePlanner::tr(" (a new terminal loads gvm's %1 after its default environment, through a `gvm use` "
                              "in a start-up file or a .go-version in the home folder, and that wins)")
            .arg(gvm.versionOverride);
    if (const QString version = gvm.versionOf(install.goroot); !version.isEmpty())
        return UsePlanner::tr(" (gvm has no environment file %1environments/%2 for it)").arg(gvm.root + u'/', version);
    return UsePlanner::tr(" (%1 is not one of gvm's versions in %2)").arg(install.goroot, gvm.versionsFolder());
}

// Why the block, not the manager (goenv, asdf, mise, update-alternatives) that decides what a new terminal
// runs, when there is one: it is missing, or it cannot pick the chosen installation.
QString whyNotManager(const Side &side, const GoInstall &install)
{
    if (const auto &manager = side.goManager; runsManagersGo(side)) {
        if (manager->isGvm())
            return whyNotGvm(*manager, install);
        // A mise version's own go runs without mise: then it is an SDK like any other.
        if (!manager->present && side.active->path != manager->shim())
            return {};
        if (!manager->present)
            return UsePlanner::tr(" (a new terminal's go is %1's shim %2, but the %1 it runs, %3, is not there, "
                                  "so the shim fails; the block puts the SDK ahead of it)")
                .arg(manager->name, manager->shim(),
                    manager->runs.isEmpty() ? manager->root + QStringLiteral("/bin/") + manager->name : manager->runs);
        if (!manager->versionOverride.isEmpty())
            return UsePlanner::tr(" (%1=%2 is set for new terminals and wins over %3's global version)")
                .arg(manager->overrideVariable(), manager->versionOverride, manager->name);
        return UsePlanner::tr(" (%1 is not one of %2's versions in %3)")
            .arg(install.goroot, manager->name, manager->versionsFolder());
    }
    if (const auto &manager = side.goManager;
        manager && !manager->present && !manager->versionOf(install.goroot).isEmpty()) {
        if (manager->isGvm())
            return UsePlanner::tr(" (%1 is one of gvm's versions, but a new terminal does not load gvm through %2, so "
                                  "it is put first like any SDK)")
                .arg(install.goroot, manager->runs);
        return UsePlanner::tr(" (%1 is one of %2's versions, but the %2 that would pick it, %3, is not there, so "
                              "it is put first like any SDK)")
            .arg(install.goroot, manager->name,
                manager->runs.isEmpty() ? UsePlanner::tr("%1 on the login PATH").arg(manager->name) : manager->runs);
    }
    if (!side.goAlternativesError.isEmpty())
        return UsePlanner::tr(" (update-alternatives' record of go could not be read: %1)")
            .arg(side.goAlternativesError);
    if (runsAlternativesLink(side))
        return UsePlanner::tr(" (update-alternatives does not list %1/bin/go as a choice of %2)")
            .arg(install.goroot, side.goAlternatives->link);
    return {};
}

Result<UsePlan> planLinux(const Snapshot &snapshot, const Side &side, const GoInstall &install)
{
    if (const auto choice = alternativeChoice(side, install))
        return planAlternative(snapshot, side, install, *side.goAlternatives, *choice);
    if (const auto version = managerVersion(side, install))
        return planManager(snapshot, side, install, *side.goManager, *version);
    if (runsMiseActivate(side))
        return Failure { UsePlanner::tr("a new terminal's go is %1, which `mise activate` puts first on PATH again at "
                                        "every prompt, so GoDual's block cannot win there%2")
                .arg(side.active->path, whyNotManager(side, install)) };
    const auto target = startupTarget(side);
    if (!target)
        return Failure { noBlockFile(side) };
    const QString bin = install.goroot + QStringLiteral("/bin");
    const auto first = ShellSyntax::putPathFirst(target->shell, bin);
    // The GOROOT line comes after everything else of the side has run.
    const auto goroot = gorootLines(side, target->shell, install);
    if (!first || !goroot)
        return Failure { first ? goroot.error() : first.error() };
    const QStringList lines = *first + *goroot;
    PlanDraft draft(snapshot);
    if (auto r
        = draft.setBlockSection(side, QStringLiteral("use"), install.version, lines, UsePlanner::reason(install));
        !r)
        return Failure { r.error() };
    return finishWith(draft, side, install,
        UsePlanner::tr("GoDual's block at the end of %1, which a new terminal reads last, puts %2 first on "
                       "PATH%3; switching again rewrites only that block%4.")
            .arg(target->path, bin,
                goroot->isEmpty()
                    ? QString()
                    : UsePlanner::tr(" and sets GOROOT to %1, since GOROOT is set on this side").arg(install.goroot),
                whyNotManager(side, install)));
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
