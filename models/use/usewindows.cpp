#include "use/usewindows.h"

#include "diagnosis/sidepaths.h"
#include "fix/plandraft.h"

namespace GoDual::UseWindows {

// Why the SDK's own bin folder goes on Path, not a junction such as %USERPROFILE%\sdk\current
// that Path names once: switching then rewrites one registry value, a change the write path
// already previews, journals and undoes byte for byte; a junction would be a new kind of change
// (a reparse point to create, journal and restore) and Path would still have to be edited once.
// Nor could a junction be tested where the Windows program is: Wine 10 (Debian 13) answers
// FSCTL_SET_REPARSE_POINT with ERROR_NOT_SUPPORTED, and CreateSymbolicLinkW reports success
// without creating anything.
//
// For the same reasons a Scoop version is switched as a folder, not with `scoop reset`: that
// re-points apps\go\current and rewrites Scoop's shims, a junction and files outside the change
// set, from a PowerShell process (the switch runs none besides the verification).

namespace {

const QString kUserKey = QStringLiteral("HKEY_CURRENT_USER\\Environment");
const QString kSystemKey
    = QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment");
const QString kPath = QStringLiteral("Path");
const QString kGoroot = QStringLiteral("GOROOT");

std::optional<RegistryValue> scannedValue(const Side &windows, const QString &key, const QString &name)
{
    const QString wanted = key + u'\\' + name;
    for (auto it = windows.registryValues.cbegin(); it != windows.registryValues.cend(); ++it) {
        if (it.key().compare(wanted, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return std::nullopt;
}

bool isPathOf(const PathEntry &e, const QString &key)
{
    return e.origin.kind() == Origin::Kind::Registry && e.origin.registryKey().compare(key, Qt::CaseInsensitive) == 0
        && e.origin.registryName().compare(kPath, Qt::CaseInsensitive) == 0;
}

// The folders an installation is known by: its root and its other names (Scoop's `current`).
QStringList rootsOf(const GoInstall &install) { return QStringList { install.goroot } + install.aliases; }

bool isInstall(const Side &windows, const QString &folder, const GoInstall &install)
{
    const QStringList roots = rootsOf(install);
    return std::any_of(
        roots.cbegin(), roots.cend(), [&](const QString &root) { return SidePaths::same(windows, folder, root); });
}

bool isBinOf(const Side &windows, const QString &folder, const GoInstall &install)
{
    const QStringList roots = rootsOf(install);
    return std::any_of(roots.cbegin(), roots.cend(), [&](const QString &root) {
        return SidePaths::same(windows, folder, SidePaths::join(windows, root, QStringLiteral("bin")));
    });
}

bool isInsideInstall(const Side &windows, const QString &path, const GoInstall &install)
{
    const QStringList roots = rootsOf(install);
    return std::any_of(
        roots.cbegin(), roots.cend(), [&](const QString &root) { return SidePaths::isInside(windows, path, root); });
}

// What one Path entry means for the switch.
enum class Entry {
    None, // no go.exe there
    Chosen, // the chosen SDK's bin, or a shim that runs its go.exe
    OtherGo, // another installation's bin folder, or a folder holding another go.exe
    OtherShim, // a folder of shims whose go.exe runs another Go
};

Entry classify(const Side &windows, const PathEntry &e, const GoInstall &chosen)
{
    if (isBinOf(windows, e.value, chosen))
        return Entry::Chosen;
    if (e.goKind == QLatin1StringView("shim"))
        return isInsideInstall(windows, e.goRealPath, chosen) ? Entry::Chosen : Entry::OtherShim;
    const bool otherBin = std::any_of(windows.installs.cbegin(), windows.installs.cend(),
        [&](const GoInstall &install) { return isBinOf(windows, e.value, install); });
    return otherBin || !e.goName.isEmpty() ? Entry::OtherGo : Entry::None;
}

// What %USERPROFILE% expands to in a new process.
QString profileOf(const Side &windows)
{
    const QString profile = windows.windowsVariables.value(QStringLiteral("USERPROFILE"));
    return profile.isEmpty() ? windows.home : profile;
}

// `folder` as %USERPROFILE%\<rest> when it lies in the profile; empty when not.
QString inProfile(const Side &windows, const QString &folder)
{
    const QString profile = profileOf(windows);
    if (profile.isEmpty() || profile.endsWith(u'\\') || !SidePaths::isInside(windows, folder, profile)
        || SidePaths::same(windows, folder, profile))
        return {};
    return QStringLiteral("%USERPROFILE%") + folder.mid(profile.size());
}

// A GOROOT registry value as a new process sees it: REG_EXPAND_SZ expands %USERPROFILE% and
// %ProgramFiles% (the variables the scan knows); other text stays as stored.
QString expanded(const Side &windows, const RegistryValue &value)
{
    QString text = value.text;
    if (value.type != RegistryValue::ExpandSz)
        return text;
    for (auto it = windows.windowsVariables.cbegin(); it != windows.windowsVariables.cend(); ++it)
        text.replace(u'%' + it.key() + u'%', *it, Qt::CaseInsensitive);
    return text;
}

// A string value with text: what sets a variable (an empty one sets nothing).
bool setsVariable(const std::optional<RegistryValue> &value)
{
    return value && (value->type == RegistryValue::Sz || value->type == RegistryValue::ExpandSz)
        && !value->text.isEmpty();
}

QString untied(const QString &key)
{
    return UsePlanner::tr("GoDual cannot tell which entries of %1\\Path the scan's Path entries come from (one of them "
                          "expands to several folders or to none); edit it by hand")
        .arg(key);
}

} // namespace

Result<UsePlan> plan(const Snapshot &snapshot, const Side &windows, const GoInstall &install, const UseOptions &options)
{
    const QString bin = SidePaths::join(windows, install.goroot, QStringLiteral("bin"));
    const QString reason = UsePlanner::reason(install);
    PlanDraft draft(snapshot);

    // The system Path comes first in every new process: what it finds before the chosen bin wins.
    QList<qsizetype> systemGo; // its other Go entries (removed with --system)
    QStringList shadowing; // those of them a new process meets before the chosen bin
    QStringList shims; // folders of shims for another Go it meets before the chosen bin
    bool systemFindsChosen = false;
    for (qsizetype i = 0; i < windows.path.size(); ++i) {
        const PathEntry &e = windows.path.at(i);
        if (!isPathOf(e, kSystemKey))
            continue;
        switch (classify(windows, e, install)) {
        case Entry::Chosen:
            systemFindsChosen = true;
            break;
        case Entry::OtherGo:
            systemGo.append(i);
            if (!systemFindsChosen)
                shadowing.append(e.value);
            break;
        case Entry::OtherShim:
            if (!systemFindsChosen)
                shims.append(e.value);
            break;
        case Entry::None:
            break;
        }
    }
    const QString systemPath = kSystemKey + u'\\' + kPath;
    if (!shims.isEmpty())
        return Failure { UsePlanner::tr("%1 in the system Path (%2) holds a go.exe shim that runs another Go before "
                                        "anything in the user Path; GoDual does not remove a folder of shims (other "
                                        "programs' shims are in it too): remove that go shim by hand")
                .arg(shims.join(QStringLiteral(", ")), systemPath) };
    if (!shadowing.isEmpty() && !options.system)
        return Failure { UsePlanner::tr("%1 in the system Path (%2) comes before the user Path in every new process, "
                                        "so no change of the user Path can make %3 win; pass --system (and run GoDual "
                                        "as administrator) to remove it from the system Path")
                .arg(shadowing.join(QStringLiteral(", ")), systemPath, install.version) };
    QStringList systemRemoved;
    if (options.system && !systemGo.isEmpty()) {
        auto r = draft.editWindowsPath(windows, kSystemKey, kPath, scannedValue(windows, kSystemKey, kPath), reason,
            [&](WindowsPathEdit &edit) -> Result<void> {
                if (!edit.isTied())
                    return Failure { untied(kSystemKey) };
                for (const qsizetype i : std::as_const(systemGo)) {
                    edit.remove(i);
                    systemRemoved.append(windows.path.at(i).value);
                }
                return {};
            });
        if (!r)
            return Failure { r.error() };
    }

    // The user Path: the chosen bin first (unless the system Path finds it first anyway), every
    // other Go gone. Entries after the chosen bin never win; other Go folders go so that nothing
    // on Path says otherwise, and a repeat of the chosen bin goes as it moves to the front.
    const auto userScanned = scannedValue(windows, kUserKey, kPath);
    QList<qsizetype> userGo;
    QList<qsizetype> userChosen;
    // Shims that run the chosen go.exe (Scoop's, for its `current` version): first, they already
    // win; elsewhere they stay, since they hold the shims of other programs too.
    QList<qsizetype> userChosenShims;
    QString firstShim; // such a folder of shims, when it is the user Path's first entry
    for (qsizetype i = 0; i < windows.path.size(); ++i) {
        const PathEntry &e = windows.path.at(i);
        if (!isPathOf(e, kUserKey))
            continue;
        const Entry kind = classify(windows, e, install);
        if (kind == Entry::OtherGo)
            userGo.append(i);
        else if (kind == Entry::Chosen)
            (isBinOf(windows, e.value, install) ? userChosen : userChosenShims).append(i);
    }
    // Stored as %USERPROFILE%\... in the profile, as Windows' own entries are, so the entry stays
    // right when the profile moves; the value becomes REG_EXPAND_SZ then. A REG_SZ value that
    // already holds a '%' keeps it literal: REG_EXPAND_SZ would expand that '%' too.
    const bool literalPercent
        = userScanned && userScanned->type == RegistryValue::Sz && userScanned->text.contains(u'%');
    QString stored = literalPercent ? QString() : inProfile(windows, bin);
    if (stored.isEmpty())
        stored = bin;
    const bool userFirst = !systemFindsChosen;
    if (userFirst || !userGo.isEmpty()) {
        auto r = draft.editWindowsPath(
            windows, kUserKey, kPath, userScanned, reason, [&](WindowsPathEdit &edit) -> Result<void> {
                if (!edit.isTied() && (!userGo.isEmpty() || !userChosen.isEmpty()))
                    return Failure { untied(kUserKey) };
                for (const qsizetype i : std::as_const(userGo))
                    edit.remove(i);
                if (!userFirst)
                    return {};
                // Already the first entry that stays: it keeps its place and its stored text.
                const QList<qsizetype> order = edit.pathIndexes();
                const auto first
                    = std::find_if(order.cbegin(), order.cend(), [&](qsizetype i) { return edit.holds(i); });
                if (first != order.cend() && userChosenShims.contains(*first))
                    firstShim = windows.path.at(*first).value;
                const bool alreadyFirst
                    = first != order.cend() && (userChosen.contains(*first) || !firstShim.isEmpty());
                for (const qsizetype i : std::as_const(userChosen)) {
                    if (!alreadyFirst || i != *first)
                        edit.remove(i);
                }
                if (!alreadyFirst)
                    edit.prepend(stored, bin);
                return {};
            });
        if (!r)
            return Failure { r.error() };
    }

    // GOROOT: the user's value replaces the system's in a new process; Go reads its go env file
    // only where neither sets it.
    const auto sameRoot
        = [&](const RegistryValue &value) { return isInstall(windows, expanded(windows, value), install); };
    const auto userGoroot = scannedValue(windows, kUserKey, kGoroot);
    const auto systemGoroot = scannedValue(windows, kSystemKey, kGoroot);
    QStringList gorootDeleted;
    bool gorootIsChosen = false;
    if (setsVariable(userGoroot)) {
        gorootIsChosen = sameRoot(*userGoroot);
        if (!gorootIsChosen) {
            draft.editRegistry(kUserKey, kGoroot, userGoroot, std::nullopt, reason);
            gorootDeleted.append(kUserKey + u'\\' + kGoroot);
        }
    }
    if (!gorootIsChosen && setsVariable(systemGoroot)) {
        gorootIsChosen = sameRoot(*systemGoroot);
        if (!gorootIsChosen && !options.system)
            return Failure { UsePlanner::tr("%1 sets GOROOT to %2 for every user, which a new process would use; pass "
                                            "--system (and run GoDual as administrator) to delete it")
                    .arg(kSystemKey + u'\\' + kGoroot, systemGoroot->text) };
        if (!gorootIsChosen) {
            draft.editRegistry(kSystemKey, kGoroot, systemGoroot, std::nullopt, reason);
            gorootDeleted.append(kSystemKey + u'\\' + kGoroot);
        }
    }
    if (const auto file = windows.goEnvFileValues.constFind(kGoroot);
        !gorootIsChosen && file != windows.goEnvFileValues.cend() && !isInstall(windows, file->value, install))
        return Failure { UsePlanner::tr("%1 sets GOROOT to %2; run 'go env -u GOROOT' first")
                .arg(file->origin.toString(), file->value) };

    auto finished = UsePlanner::finish(draft, windows, install);
    if (!finished)
        return finished;
    UsePlan plan = *finished;
    if (!firstShim.isEmpty())
        plan.mechanism = UsePlanner::tr("The shims in %1, first in the user Path (%2), already run %3's go.exe, so "
                                        "the user Path keeps its order.")
                             .arg(firstShim, kUserKey + u'\\' + kPath, install.version);
    else if (userFirst)
        plan.mechanism = UsePlanner::tr("%1 goes first in the user Path (%2), which a new process searches right "
                                        "after the system Path; switching again changes only that value.")
                             .arg(bin, kUserKey + u'\\' + kPath);
    else
        plan.mechanism = UsePlanner::tr("The system Path (%1), which a new process searches first, finds %2 before "
                                        "any other Go, so the user Path does not get it again.")
                             .arg(systemPath, bin);
    if (!systemRemoved.isEmpty())
        plan.mechanism += u' '
            + UsePlanner::tr("With --system, the system Path, which comes before the user Path, loses %1.")
                  .arg(systemRemoved.join(QStringLiteral(", ")));
    if (!gorootDeleted.isEmpty())
        plan.mechanism += u' '
            + UsePlanner::tr("%1 named another GOROOT, so it is deleted.")
                  .arg(gorootDeleted.join(QStringLiteral(", ")));
    if (userFirst && firstShim.isEmpty() && install.source == QLatin1StringView("scoop"))
        plan.mechanism += u' '
            + UsePlanner::tr("The version is Scoop's: GoDual names its folder instead of running 'scoop reset', "
                             "which would change Scoop's current link and shims outside this preview and its "
                             "undo; while this entry comes first, 'scoop update go' does not change the Go that "
                             "runs.");
    return plan;
}

} // namespace GoDual::UseWindows
