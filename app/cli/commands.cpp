#include "command.h"

namespace GoDual::Cli {

QList<Command> commands()
{
    // Each command registers here as it arrives; the contract's list is in docs/cli.md.
    return {};
}

} // namespace GoDual::Cli
