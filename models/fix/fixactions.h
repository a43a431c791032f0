#pragma once

#include "fix/fixplanner.h"
#include "fix/flaggedpathentries.h"
#include "fix/plandraft.h"

namespace GoDual::FixActions {

// The edits fixes are made of, each planned into a PlanDraft. A Failure says why there is no
// safe edit; the planner reports it as "not fixed" and plans the others.
struct Context {
    const Snapshot &snapshot;
    PlanDraft &draft;
    const FixOptions &options;
    FlaggedPathEntries &flagged; // the sides' missing and repeated PATH entries, for every fix of the plan
    QString reason; // the finding id being fixed
    // Set by a fix that planned what it could but leaves its finding in place: why (path-too-long
    // when the Path stays above 2,047 characters). The change is kept; the finding is not fixed.
    QString remains = {};
};

// Makes `name` unset on `side` wherever it is set: the go env file key removed, the registry value
// deleted, the WSLENV entry that forwards it removed on Windows, and for start-up files and
// other environment sources an `unset` in the managed block (which runs last).
Result<void> unsetVariable(Context &ctx, const Side &side, const QString &name);

// The WSL interop fix on one distro: `append-off` (appendWindowsPath=false in /etc/wsl.conf, and
// the block re-adds the folders of the Windows tools people run from a distro, never a Go folder)
// or `filter` (appending stays; the block drops Windows Go folders and go shims from PATH). Both
// remove the WSLENV entries forwarding Go variables where Windows sets them.
Result<void> interop(Context &ctx, const Side &distro, const QString &choice);

// Removes the entries forwarding `names` from the WSLENV value Windows sets (the registry value
// that wins on the Windows side).
Result<void> removeWslEnvEntries(Context &ctx, const QStringList &names);

// Whether WSLENV, as this plan leaves it, still forwards `name` from Windows into the distros.
bool forwardsFromWindows(const Context &ctx, const QString &name);

// Drops these folders from the side's PATH in the managed block.
Result<void> removeFromPath(Context &ctx, const Side &side, const QStringList &folders);
// Adds `folder` to the end of the side's PATH: in the managed block, or the user Path on Windows.
Result<void> appendToPath(Context &ctx, const Side &side, const QString &folder);

// Windows' Path, edited in the registry values that store each entry (HKEY_LOCAL_MACHINE only with
// --system), entry by entry: every other entry keeps its stored text and the separators around it.
// Removes the side's PATH entries `pathIndexes` (indexes into `windows.path`).
Result<void> removeWindowsPathEntries(Context &ctx, const Side &windows, const QList<qsizetype> &pathIndexes);
// path-entry-missing: the missing `folder` goes where it is added: its registry Path value on
// Windows, GoDual's block on Linux sides (not an entry WSL appended from Windows' Path).
Result<void> removeMissingPathEntry(Context &ctx, const Side &side, const QString &folder);
// path-entry-duplicate: the later occurrences of `folder` go from the registry Path values; the
// first stays. Linux sides have no safe edit (the block would drop the first one too).
Result<void> removeRepeatedPathEntry(Context &ctx, const Side &side, const QString &folder);
// path-too-long: in one change per Path value, missing and repeated entries go and literal entries
// under the profile or Program Files are stored as %USERPROFILE%\... / %ProgramFiles%\... where
// that is shorter (never %USERPROFILE% in the machine-wide Path, which every user shares). Sets `remains` when the
// combined Path stays above 2,047 characters.
Result<void> shortenWindowsPath(Context &ctx, const Side &windows);

// Turns the user's own start-up file line into a no-op that keeps its text as a comment.
Result<void> disableLine(Context &ctx, const Side &side, const QString &file, int line, const QString &variable);
// Comments out line `line` of the distro's /etc/wsl.conf, so WSL reads the lines after it.
Result<void> commentWslConfLine(Context &ctx, const Side &distro, int line);
// Removes VS Code's go.goroot from the settings file that sets it.
Result<void> removeVsCodeGoroot(Context &ctx, const Side &side);
// Stores a registry string value as REG_EXPAND_SZ, its text unchanged.
Result<void> makeExpandable(Context &ctx, const QString &key, const QString &name);

} // namespace GoDual::FixActions
