#include "command.h"

namespace GoDual::Cli {

// Each command's factory lives in its own <name>command.cpp.
Command availableCommand();

QList<Command> commands()
{
    // Each command registers here as it arrives; the contract's list is in docs/cli.md.
    return { availableCommand() };
}

} // namespace GoDual::Cli
