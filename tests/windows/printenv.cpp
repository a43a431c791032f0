// godual_printenv: stands in for wsl.exe and prints the environment it was started with, one
// variable a line as hex of its UTF-8 bytes (NAME=VALUE), so a test can check what a caller
// really handed a child, whatever the values hold.
#include <cstdio>
#include <cwchar>
#include <windows.h>

int wmain()
{
    wchar_t *block = GetEnvironmentStringsW();
    for (const wchar_t *entry = block; *entry; entry += wcslen(entry) + 1) {
        char utf8[65536];
        const int n = WideCharToMultiByte(CP_UTF8, 0, entry, -1, utf8, sizeof utf8, nullptr, nullptr);
        for (int j = 0; j + 1 < n; ++j)
            std::printf("%02x", static_cast<unsigned char>(utf8[j]));
        std::printf("\n");
    }
    FreeEnvironmentStringsW(block);
    return 0;
}
