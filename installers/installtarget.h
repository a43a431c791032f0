#pragma once

#include "archiveentry.h"
#include "goversion.h"
#include "result.h"

#include <QString>

#include <functional>

namespace GoDual {

// A side whose files this process cannot write directly: a WSL distro, reached through wsl.exe.
// InstallJob keeps what is the same everywhere (lock, release index, verified download, the
// archive's checked entry list); a target does the part that needs the side. app/ implements it,
// so the installers library never starts wsl.exe itself.
//
// Both functions block and are called on InstallJob's worker thread, one after the other, never
// on the thread the job lives in. `cancelled` turns true when the job is cancelled; a function
// must then stop soon, clean up and fail.
class InstallTarget {
public:
    using Cancelled = std::function<bool()>;
    // Bytes of the archive handed to the side so far, and its size; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Prepared {
        QString sdkRoot; // as the side names it: /home/dev/sdk
        qint64 bytesFree = -1; // on the disk holding sdkRoot; -1 when the side did not say
    };

    virtual ~InstallTarget() = default;

    // Short name for messages and the lock file: "wsl:Ubuntu".
    virtual QString name() const = 0;

    // Checks that the side can take `version` now (reachable, <sdkRoot>/<version> absent) without
    // writing anything, and says where the SDK will land. A stopped side (a distro) is refused
    // unless `wake`: starting it is the user's decision.
    virtual Result<Prepared> prepare(const GoVersion &version, bool wake, const Cancelled &cancelled) = 0;

    // Puts `archive` (a verified download whose entries, `listing`, passed the checks) in place as
    // <sdkRoot>/<version>: into a staging folder beside it, verified there (VERSION, bin/go, the
    // tree equals `listing`), then one rename. Returns the GOROOT as the side names it. On failure
    // or cancel neither the staging folder nor the target remains.
    virtual Result<QString> place(const QString &archive, const ArchiveListing &listing, const GoVersion &version,
        const Progress &progress, const Cancelled &cancelled)
        = 0;
};

} // namespace GoDual
