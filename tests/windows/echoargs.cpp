// godual_echoargs: prints the arguments Windows hands a program (the CRT's parse of
// GetCommandLineW, the rules CommandLineToArgvW follows), one a line as hex UTF-8, so a test can
// check what a caller's quoting really delivered.
#include <cstdio>
#include <windows.h>

int wmain(int argc, wchar_t **argv)
{
    for (int i = 1; i < argc; ++i) {
        char utf8[4096];
        const int n = WideCharToMultiByte(CP_UTF8, 0, argv[i], -1, utf8, sizeof utf8, nullptr, nullptr);
        for (int j = 0; j + 1 < n; ++j)
            std::printf("%02x", static_cast<unsigned char>(utf8[j]));
        std::printf("\n");
    }
    return argc - 1;
}
