#pragma once

// The only code that calls the Win32 registry API. It is free of Qt on purpose: the tests
// cross-compile it with mingw-w64 and run it under Wine, against Wine's implementation of the
// same API, where no Qt for Windows is available. Win32Registry adapts it to GoDual::Registry.

#include <string>
#include <vector>

namespace GoDual::Win32 {

enum class Hive { LocalMachine, CurrentUser, ClassesRoot, Users, CurrentConfig };

struct RegistryData {
    unsigned long type = 0; // REG_SZ, REG_EXPAND_SZ, ...
    std::vector<unsigned char> bytes; // as stored; strings are UTF-16LE with their terminator
};

// Each returns a Win32 error code: 0 on success, 2 (ERROR_FILE_NOT_FOUND) when the key or value
// does not exist, another code (5, access denied, ...) when it could not be read. Keys are opened
// read-only in the 64-bit view, so a 32-bit build sees what 64-bit Windows tools see.
long readValue(Hive hive, const std::wstring &subkey, const std::wstring &name, RegistryData &out);
// Names in the key's enumeration order.
long valueNames(Hive hive, const std::wstring &subkey, std::vector<std::wstring> &out);
long subkeyNames(Hive hive, const std::wstring &subkey, std::vector<std::wstring> &out);

} // namespace GoDual::Win32
