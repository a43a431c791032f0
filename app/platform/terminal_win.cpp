#include "platform/terminal.h"

#include <cstdio>
#include <cstdlib>
#include <io.h>
#include <windows.h>

namespace GoDual::Terminal {

namespace {

UINT g_savedOutputCodePage = 0;

void restoreOutputCodePage()
{
    if (g_savedOutputCodePage != 0)
        SetConsoleOutputCP(g_savedOutputCodePage);
}

// A handle the process inherited that already goes somewhere (a file, a pipe, a console).
bool isConnected(DWORD which)
{
    const HANDLE h = GetStdHandle(which);
    return h != nullptr && h != INVALID_HANDLE_VALUE && GetFileType(h) != FILE_TYPE_UNKNOWN;
}

} // namespace

void prepareConsole()
{
    // A GUI-subsystem process has no console; one started from a console can join it. Streams that
    // were redirected (`godual.exe diagnose > out.txt`) stay where they point.
    if (GetConsoleWindow() == nullptr && AttachConsole(ATTACH_PARENT_PROCESS)) {
        if (!isConnected(STD_OUTPUT_HANDLE))
            std::freopen("CONOUT$", "w", stdout);
        if (!isConnected(STD_ERROR_HANDLE))
            std::freopen("CONOUT$", "w", stderr);
    }
    if (GetConsoleWindow() != nullptr) {
        const UINT current = GetConsoleOutputCP();
        if (current != CP_UTF8 && SetConsoleOutputCP(CP_UTF8)) {
            g_savedOutputCodePage = current;
            std::atexit(restoreOutputCodePage);
        }
    }
}

bool isTerminal(Stream stream)
{
    FILE *file = stream == Stream::In ? stdin : stream == Stream::Out ? stdout : stderr;
    return _isatty(_fileno(file)) != 0;
}

} // namespace GoDual::Terminal
