#pragma once

#include "changeset.h"
#include "result.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QStringList>

namespace GoDual {

class PlanDraft;

// What `godual use VERSION --side ID` will change, before it does: one change set, and how it
// works on that side in one sentence for the preview (the mechanism, and why it was chosen).
struct UsePlan {
    ChangeSet set; // id and time left empty: the command gives them when it applies
    GoInstall chosen;
    QString mechanism;
};

struct UseOptions {
    bool system = false; // machine-wide registry values (HKEY_LOCAL_MACHINE) may be changed
};

class UsePlanner {
    Q_DECLARE_TR_FUNCTIONS(GoDual::UsePlanner)

public:
    // The installation of `version` ("go1.21.13" or "1.21.13"; "1.21" is the newest 1.21.x) on
    // `side` that `use` would make active: one whose `go` runs on that side, preferring GoDual's
    // own SDKs (~/sdk) when a version is installed twice. std::nullopt when there is none.
    static std::optional<GoInstall> find(const Side &side, const QString &version);
    // The versions installed on `side` that `use` can switch to, newest first, for the message
    // that says which there are.
    static QStringList installedVersions(const Side &side);

    // Plans the switch on `side` to `install` (from find()). Pure: the snapshot in, a plan out.
    // Linux sides: the managed block's `use` section, in the start-up file a new terminal reads
    // last, puts the SDK's bin first on PATH (and sets GOROOT to it where something sets GOROOT),
    // so switching again rewrites only that section; VS Code's go.goroot follows where it is set.
    // Windows: the registry Path and GOROOT values, as UseWindows::plan (usewindows.h) says.
    static Result<UsePlan> plan(
        const Snapshot &snapshot, const SideId &side, const GoInstall &install, const UseOptions &options = {});

    // What a new scan of the side says about a `use` of `chosen`: empty when a new terminal (a new
    // process on Windows) runs it with GOROOT unset or naming it; else why not, for people: which
    // go runs and what put it first on PATH, or the GOROOT in force and its origin. The command
    // and the window both decide with this whether to keep the change.
    static QString whyNotInEffect(const Side &now, const GoInstall &chosen);

    // The end every side's plan shares: VS Code's go.goroot follows where the user set it, the
    // draft becomes the change set, the summary says "use goX on SIDE". The mechanism is the
    // caller's.
    static Result<UsePlan> finish(PlanDraft &draft, const Side &side, const GoInstall &install);
    // The reason a `use` of `install` gives its changes.
    static QString reason(const GoInstall &install) { return QStringLiteral("use ") + install.version; }
};

} // namespace GoDual
