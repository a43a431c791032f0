#include "fix/fixplanner.h"

#include "diagnosis/sidepaths.h"
#include "fix/fixactions.h"
#include "fix/plandraft.h"

#include <numeric>

namespace GoDual {

namespace {

using namespace FixActions;

const QString kAppendOff = QStringLiteral("append-off");
const QString kFilter = QStringLiteral("filter");

bool isInteropId(const QString &id)
{
    return id == QLatin1StringView("windows-path-appended") || id == QLatin1StringView("windows-go-on-wsl-path");
}

const PathEntry *pathEntry(const Side &side, const QString &value)
{
    for (const PathEntry &e : side.path) {
        if (e.value == value)
            return &e;
    }
    return nullptr;
}

// The bin folder of one of the side's Go installations (by its root or another name of it): the
// only PATH entries GoDual removes for go-shadowed-on-path (never a shared folder such as /usr/bin
// or a folder of shims). Compared as the side compares paths: Windows' case-insensitively.
bool isGoBinFolder(const Side &side, const QString &folder)
{
    const QString bin = QStringLiteral("bin");
    return std::any_of(side.installs.cbegin(), side.installs.cend(), [&](const GoInstall &install) {
        if (SidePaths::same(side, folder, SidePaths::join(side, install.goroot, bin)))
            return true;
        return std::any_of(install.aliases.cbegin(), install.aliases.cend(),
            [&](const QString &alias) { return SidePaths::same(side, folder, SidePaths::join(side, alias, bin)); });
    });
}

Result<void> planOne(Context &ctx, const Side &side, const Finding &f, const QString &choice)
{
    const QString &id = f.id;
    const QString subject = f.subjects.value(0);
    if (isInteropId(id)) {
        if (id == QLatin1StringView("windows-go-on-wsl-path")) {
            const PathEntry *e = pathEntry(side, subject);
            if (e && e->origin.kind() != Origin::Kind::AppendWindowsPath)
                return removeFromPath(ctx, side, { e->value });
        }
        return interop(ctx, side, choice.isEmpty() ? kAppendOff : choice);
    }
    if (id == QLatin1StringView("goroot-mismatch") || id == QLatin1StringView("goroot-invalid")
        || id == QLatin1StringView("goroot-crosses-boundary") || id == QLatin1StringView("gopath-on-windows-drive")
        || id == QLatin1StringView("gopath-inside-goroot") || id == QLatin1StringView("checksum-db-disabled")) {
        for (const QString &name : f.subjects) {
            if (auto r = unsetVariable(ctx, side, name); !r)
                return r;
        }
        return {};
    }
    if (id == QLatin1StringView("goenv-file-conflict")) {
        // The go env file loses to the environment (or must not set GOROOT at all): its line goes.
        const auto v = side.goEnvFileValues.constFind(subject);
        if (v == side.goEnvFileValues.cend())
            return Failure { FixPlanner::tr("the go env file does not set %1").arg(subject) };
        Side fileOnly = side;
        fileOnly.env.remove(subject);
        return unsetVariable(ctx, fileOnly, subject);
    }
    if (id == QLatin1StringView("wslenv-forwards-go-vars")) {
        const QString entry = subject.section(u'/', 0, 0);
        return removeWslEnvEntries(ctx, { entry });
    }
    if (id == QLatin1StringView("rc-conflicting-exports")) {
        const auto winner = side.env.constFind(subject);
        if (winner == side.env.cend() || winner->origin.kind() != Origin::Kind::File)
            return Failure { FixPlanner::tr("%1's final value does not come from a start-up file").arg(subject) };
        for (const RcAssignment &a : side.rcAssignments) {
            if (a.variable != subject || a.file == winner->origin.path() || a.value == winner->value)
                continue;
            if (auto r = disableLine(ctx, side, a.file, a.line, subject); !r)
                return r;
        }
        return {};
    }
    if (id == QLatin1StringView("gopath-bin-not-on-path")) {
        // A GOPATH forwarded from Windows that this plan stops forwarding is Go's default
        // ($HOME/go) once the distro restarts: that bin is the one to add, not the Windows one.
        const auto gopath = side.env.constFind(QStringLiteral("GOPATH"));
        const bool forwarded = !side.env.contains(QStringLiteral("GOBIN")) && gopath != side.env.cend()
            && gopath->origin.kind() == Origin::Kind::WslEnv;
        if (forwarded && !forwardsFromWindows(ctx, QStringLiteral("GOPATH"))) {
            const QString bin = side.home + QStringLiteral("/go/bin");
            const bool onPath
                = std::any_of(side.path.cbegin(), side.path.cend(), [&](const PathEntry &e) { return e.value == bin; });
            return onPath ? Result<void>() : appendToPath(ctx, side, bin);
        }
        return appendToPath(ctx, side, subject);
    }
    if (id == QLatin1StringView("go-shadowed-on-path")) {
        for (const QString &folder : f.subjects) {
            if (!isGoBinFolder(side, folder))
                return Failure { FixPlanner::tr("%1 is not the bin folder of a Go installation GoDual found; remove it "
                                                "by hand")
                        .arg(folder) };
        }
        if (side.id.kind() != SideId::Kind::Windows)
            return removeFromPath(ctx, side, f.subjects);
        // Every occurrence goes (a repeat of a shadowed folder would take its place).
        QList<qsizetype> indexes;
        for (qsizetype i = 0; i < side.path.size(); ++i) {
            if (std::any_of(f.subjects.cbegin(), f.subjects.cend(),
                    [&](const QString &folder) { return SidePaths::same(side, side.path.at(i).value, folder); }))
                indexes.append(i);
        }
        return removeWindowsPathEntries(ctx, side, indexes);
    }
    if (id == QLatin1StringView("path-entry-missing"))
        return removeMissingPathEntry(ctx, side, subject);
    if (id == QLatin1StringView("path-entry-duplicate"))
        return removeRepeatedPathEntry(ctx, side, subject);
    if (id == QLatin1StringView("path-too-long"))
        return shortenWindowsPath(ctx, side);
    if (id == QLatin1StringView("wsl-conf-ignored-lines"))
        return commentWslConfLine(ctx, side, subject.toInt());
    if (id == QLatin1StringView("vscode-goroot-mismatch"))
        return removeVsCodeGoroot(ctx, side);
    if (id == QLatin1StringView("path-unexpanded-variable"))
        return makeExpandable(ctx, f.subjects.value(0), f.subjects.value(1));
    return Failure { FixPlanner::tr("GoDual has no fix for %1").arg(id) };
}

} // namespace

QStringList FixPlanner::choices(const QString &id)
{
    if (isInteropId(id))
        return { kAppendOff, kFilter };
    return {};
}

QString FixPlanner::choiceTradeOff(const QString &choice)
{
    if (choice == kAppendOff)
        return tr("WSL stops adding Windows' Path to the distro; GoDual adds back only the folders of Windows tools "
                  "such as VS Code's code and explorer.exe. Takes effect when the distro restarts.");
    if (choice == kFilter)
        return tr("WSL keeps adding Windows' Path; a block in the start-up file removes the Windows Go folders and go "
                  "shims from it. Takes effect in new terminals.");
    return {};
}

FixPlan FixPlanner::plan(const Snapshot &snapshot, const QList<Finding> &findings, const FixOptions &options)
{
    FixPlan plan;
    PlanDraft draft(snapshot);
    FlaggedPathEntries flagged;
    // Fixes whose edit depends on what others leave come after them: gopath-bin-not-on-path
    // after WSLENV stops forwarding GOPATH (the folder to add changes), path-too-long last (the
    // length left counts what the other fixes remove).
    const auto rank = [](const Finding &f) {
        if (f.id == QLatin1StringView("path-too-long"))
            return 2;
        return f.id == QLatin1StringView("gopath-bin-not-on-path") ? 1 : 0;
    };
    QList<qsizetype> order(findings.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](qsizetype a, qsizetype b) { return rank(findings.at(a)) < rank(findings.at(b)); });
    // What is reported (the fixed findings, the ids in the summary) keeps the caller's order.
    QList<qsizetype> planned;
    QList<qsizetype> fixed;
    for (const qsizetype at : std::as_const(order)) {
        const Finding &f = findings.at(at);
        const Side *side = snapshot.side(f.side);
        const QString where = f.id + QStringLiteral(" on ") + f.side.toString();
        if (!side) {
            plan.notFixed.append(where + QStringLiteral(": ") + tr("the side is not in the scan"));
            continue;
        }
        if (!options.choice.isEmpty() && !choices(f.id).isEmpty() && !choices(f.id).contains(options.choice)) {
            plan.notFixed.append(where + QStringLiteral(": ")
                + tr("%1 is not one of its choices (%2)")
                    .arg(options.choice, choices(f.id).join(QStringLiteral(", "))));
            continue;
        }
        // A failing fix must leave nothing of itself in the draft: plan it on a copy first.
        PlanDraft attempt = draft;
        Context ctx { snapshot, attempt, options, flagged, f.id };
        if (auto r = planOne(ctx, *side, f, options.choice); !r) {
            plan.notFixed.append(where + QStringLiteral(": ") + r.error());
            continue;
        }
        // Fixes of one target (both interop ids of a distro, two unsets in one block, two edits of
        // one Path value) add up: every edit is idempotent on the draft.
        draft = attempt;
        planned.append(at);
        if (!ctx.remains.isEmpty()) {
            // Planned as far as it goes, yet the finding stays: said so, and not counted as fixed.
            plan.notFixed.append(where + QStringLiteral(": ") + ctx.remains);
            continue;
        }
        fixed.append(at);
    }
    std::sort(planned.begin(), planned.end());
    std::sort(fixed.begin(), fixed.end());
    for (const qsizetype at : std::as_const(fixed))
        plan.fixed.append(findings.at(at));
    QStringList ids;
    for (const qsizetype at : std::as_const(planned)) {
        if (!ids.contains(findings.at(at).id))
            ids.append(findings.at(at).id);
    }
    auto changes = draft.finish();
    if (changes)
        plan.set.changes = *changes;
    plan.set.restartDistros = draft.restartDistros();
    plan.set.summary = tr("fix %1").arg(ids.join(QStringLiteral(", ")));
    return plan;
}

bool FixPlanner::isFixable(const Snapshot &snapshot, const Finding &finding)
{
    const FixPlan plan = FixPlanner::plan(snapshot, { finding });
    return plan.notFixed.isEmpty() && !plan.set.changes.isEmpty();
}

} // namespace GoDual
