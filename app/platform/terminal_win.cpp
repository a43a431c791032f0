#include "terminal.h"

#include <io.h>
#include <stdio.h>

namespace GoDual::Terminal {

bool isTerminal(Stream stream) { return _isatty(_fileno(stream == Stream::Out ? stdout : stderr)) != 0; }

} // namespace GoDual::Terminal
