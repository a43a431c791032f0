#pragma once

#include "goversion.h"
#include "result.h"
#include "sideid.h"

#include <QStringList>

namespace GoDual::Cli {

// The arguments `install` and `remove` share: VERSION --side ID [--wake], and --force where allowed.
struct SdkCommandArgs {
    GoVersion version;
    SideId side = SideId::local();
    bool force = false;
    bool wake = false; // a stopped distro may be started
};

// `command` names the command in failures ("install"); --force is an error unless `allowForce`.
Result<SdkCommandArgs> parseSdkCommandArgs(const QString &command, const QStringList &args, bool allowForce);

} // namespace GoDual::Cli
