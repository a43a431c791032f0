// Test driver for the Win32 registry reader, cross-compiled with mingw-w64 and run under Wine by
// tst_win32registry. Commands arrive on stdin, one per line, with every name hex-encoded as
// UTF-16LE so that no console code page stands between the test and the registry:
//   V <hive> <subkey> <name>   ->  V <rc> <type> <data>
//   N <hive> <subkey>          ->  N <rc> <name> <name> ...
//   K <hive> <subkey>          ->  K <rc> <name> <name> ...
// An empty subkey or name is written as "-".
#include "registryreader.h"

#include <cstdio>
#include <cstring>
#include <string>

using namespace GoDual::Win32;

namespace {

std::wstring fromHex(const char *hex)
{
    std::wstring text;
    if (std::strcmp(hex, "-") == 0)
        return text;
    const size_t n = std::strlen(hex);
    for (size_t i = 0; i + 3 < n; i += 4) {
        unsigned lo = 0, hi = 0;
        std::sscanf(hex + i, "%2x%2x", &lo, &hi);
        text.push_back(static_cast<wchar_t>(lo | (hi << 8)));
    }
    return text;
}

void printHex(const unsigned char *bytes, size_t size)
{
    if (size == 0)
        std::fputs("-", stdout);
    for (size_t i = 0; i < size; ++i)
        std::printf("%02x", bytes[i]);
}

void printName(const std::wstring &name)
{
    std::fputs(" ", stdout);
    if (name.empty())
        std::fputs("-", stdout);
    for (const wchar_t c : name)
        std::printf("%02x%02x", unsigned(c) & 0xff, (unsigned(c) >> 8) & 0xff);
}

bool hiveOf(const char *name, Hive &hive)
{
    static const struct {
        const char *name;
        Hive hive;
    } kHives[] = { { "HKLM", Hive::LocalMachine }, { "HKCU", Hive::CurrentUser }, { "HKCR", Hive::ClassesRoot },
        { "HKU", Hive::Users }, { "HKCC", Hive::CurrentConfig } };
    for (const auto &known : kHives) {
        if (std::strcmp(known.name, name) == 0) {
            hive = known.hive;
            return true;
        }
    }
    return false;
}

} // namespace

int main()
{
    static char line[1 << 16];
    while (std::fgets(line, sizeof line, stdin)) {
        char command[4] = {}, hiveName[8] = {};
        static char subkey[1 << 15], name[1 << 15];
        name[0] = '\0';
        const int fields = std::sscanf(line, "%3s %7s %32767s %32767s", command, hiveName, subkey, name);
        Hive hive;
        if (fields < 3 || !hiveOf(hiveName, hive)) {
            std::printf("E bad command\n");
            continue;
        }
        if (command[0] == 'V' && fields == 4) {
            RegistryData data;
            const long rc = readValue(hive, fromHex(subkey), fromHex(name), data);
            std::printf("V %ld %lu ", rc, data.type);
            printHex(data.bytes.data(), rc == 0 ? data.bytes.size() : 0);
        } else if (command[0] == 'N' || command[0] == 'K') {
            std::vector<std::wstring> names;
            const long rc = command[0] == 'N' ? valueNames(hive, fromHex(subkey), names)
                                              : subkeyNames(hive, fromHex(subkey), names);
            std::printf("%c %ld", command[0], rc);
            for (const auto &n : names)
                printName(n);
        } else {
            std::printf("E bad command");
        }
        std::printf("\n");
        std::fflush(stdout);
    }
    return 0;
}
