// Test driver for the Win32 registry reader and writer, cross-compiled with mingw-w64 and run under
// Wine by tst_win32registry. Commands arrive on stdin, one per line, with every name hex-encoded
// as UTF-16LE so that no console code page stands between the test and the registry:
//   V <hive> <subkey> <name>               ->  V <rc> <type> <data>
//   N <hive> <subkey>                      ->  N <rc> <name> <name> ...
//   K <hive> <subkey>                      ->  K <rc> <name> <name> ...
//   W <hive> <subkey> <name> <type> <data> ->  W <rc>     (data: the value's bytes in hex)
//   D <hive> <subkey> <name>               ->  D <rc>
//   B <timeout ms>                         ->  B <rc>     (WM_SETTINGCHANGE "Environment")
// An empty subkey, name or data is written as "-".
#include "registryreader.h"
#include "registrywriter.h"

#include <cstdio>
#include <cstdlib>
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

std::vector<unsigned char> bytesFromHex(const char *hex)
{
    std::vector<unsigned char> bytes;
    if (std::strcmp(hex, "-") == 0)
        return bytes;
    for (size_t i = 0; hex[i] && hex[i + 1]; i += 2) {
        const char pair[3] = { hex[i], hex[i + 1], 0 };
        bytes.push_back(static_cast<unsigned char>(std::strtoul(pair, nullptr, 16)));
    }
    return bytes;
}

// The write commands, whose data can be longer than the read commands' fields.
bool writeCommand(char *line)
{
    const char *command = std::strtok(line, " \r\n");
    if (!command
        || (std::strcmp(command, "W") != 0 && std::strcmp(command, "D") != 0 && std::strcmp(command, "B") != 0))
        return false;
    if (command[0] == 'B') {
        const char *timeout = std::strtok(nullptr, " \r\n");
        std::printf(
            "B %ld\n", broadcastEnvironmentChange(timeout ? unsigned(std::strtoul(timeout, nullptr, 10)) : 5000));
        return true;
    }
    const char *hiveName = std::strtok(nullptr, " \r\n");
    const char *subkey = std::strtok(nullptr, " \r\n");
    const char *name = std::strtok(nullptr, " \r\n");
    Hive hive;
    if (!hiveName || !subkey || !name || !hiveOf(hiveName, hive)) {
        std::printf("E bad command\n");
        return true;
    }
    if (command[0] == 'D') {
        std::printf("D %ld\n", deleteValue(hive, fromHex(subkey), fromHex(name)));
        return true;
    }
    const char *type = std::strtok(nullptr, " \r\n");
    const char *data = std::strtok(nullptr, " \r\n");
    if (!type || !data) {
        std::printf("E bad command\n");
        return true;
    }
    RegistryData value;
    value.type = std::strtoul(type, nullptr, 10);
    value.bytes = bytesFromHex(data);
    std::printf("W %ld\n", writeValue(hive, fromHex(subkey), fromHex(name), value));
    return true;
}

} // namespace

int main()
{
    // A 32,767-character value is 131 kB of hex.
    static char line[1 << 19];
    while (std::fgets(line, sizeof line, stdin)) {
        if (line[0] == 'W' || line[0] == 'D' || line[0] == 'B') {
            writeCommand(line);
            std::fflush(stdout);
            continue;
        }
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
