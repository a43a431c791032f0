#include "platform/terminal.h"

#include <unistd.h>

namespace GoDual::Terminal {

void prepareConsole() { }

bool isTerminal(Stream stream) { return ::isatty(stream == Stream::Out ? STDOUT_FILENO : STDERR_FILENO) == 1; }

} // namespace GoDual::Terminal
