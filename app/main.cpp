#include "cli/cli.h"
#include "guientry.h"

// Without a command GoDual is the control panel; with one it is a command-line tool that needs
// no display.
int main(int argc, char **argv)
{
    if (GoDual::Cli::isCliInvocation(argc, argv))
        return GoDual::Cli::run(argc, argv);
    return GoDual::runGui(argc, argv);
}
