#pragma once

// The only code that changes the Win32 registry. Qt-free for the same reason as the reader
// (registryreader.h): the tests cross-compile it with mingw-w64 and run it under Wine, against
// Wine's implementation of the API, and compare with what Wine's own `reg` tool then reports.

#include "registryreader.h"

namespace GoDual::Win32 {

// The longest string value GoDual writes, in UTF-16 units without the terminator: the limit of an
// environment variable's value (what a longer Path would be cut to by every program that reads
// the environment). GoDual never truncates: it refuses.
constexpr unsigned long kMaxStringValueChars = 32767;
// writeValue's answer to a string value past that limit (ERROR_INVALID_DATA); nothing is written.
constexpr long kErrorValueTooLong = 13;

// Writes one value with exactly the type and bytes given (a REG_EXPAND_SZ stays REG_EXPAND_SZ;
// strings as UTF-16LE with their terminator, as the reader returns them), creating the key when
// it does not exist; 64-bit view. Returns a Win32 error code, 0 on success: 5 without the rights
// (HKLM from a process that is not elevated), kErrorValueTooLong as above.
long writeValue(Hive hive, const std::wstring &subkey, const std::wstring &name, const RegistryData &data);
// Deletes one value; 2 (ERROR_FILE_NOT_FOUND) when it was not there.
long deleteValue(Hive hive, const std::wstring &subkey, const std::wstring &name);

// Tells every top-level window that the environment changed (WM_SETTINGCHANGE "Environment"), as
// the System Properties dialog does, so Explorer starts new programs with the new values. A window
// that does not answer within `timeoutMs` is skipped (SMTO_ABORTIFHUNG). Returns 0, or the error.
long broadcastEnvironmentChange(unsigned timeoutMs = 5000);

} // namespace GoDual::Win32
