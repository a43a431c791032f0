#pragma once

#include "cli/command.h"
#include "goversion.h"
#include "sideid.h"

#include <QStringList>

#include <optional>

namespace GoDual::Cli {

// The arguments `install` and `remove` share: VERSION --side ID [--wake], and --force where allowed.
struct SdkCommandArgs {
    GoVersion version;
    SideId side = SideId::local();
    bool force = false;
    bool wake = false; // a stopped distro may be started
};

// Parses the arguments of `command` ("install", "remove"; `description` heads its --help);
// --force is an option only where `allowForce`. Returns the exit code to end with (help printed:
// 0; bad usage: 2, said on stderr) or std::nullopt, with `parsed` filled in.
std::optional<int> parseSdkCommandLine(const QString &command, const QString &description, const QStringList &args,
    bool allowForce, Io &io, SdkCommandArgs &parsed);

} // namespace GoDual::Cli
