#include "platform/terminal.h"

#include <unistd.h>

namespace GoDual::Terminal {

void prepareConsole() { }

bool isTerminal(Stream stream)
{
    const int fd = stream == Stream::In ? STDIN_FILENO : stream == Stream::Out ? STDOUT_FILENO : STDERR_FILENO;
    return ::isatty(fd) == 1;
}

} // namespace GoDual::Terminal
