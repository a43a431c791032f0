#pragma once

#include "platform/registry.h"
#include "result.h"

#include <QCoreApplication>

namespace GoDual {

// A Registry that GoDual can change: the live Win32 registry (Win32Registry) or a `reg export`
// file (WritableRegFileRegistry, the GODUAL_REGISTRY seam). The rules every write follows live
// here, once, for both: setValue and deleteValue check them and only then call the backend.
//
// - A value is written with exactly the type and bytes given (a REG_EXPAND_SZ stays one); the
//   key is created when it does not exist.
// - A string value (REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ) longer than kMaxStringValueChars UTF-16
//   units is refused, never cut short: it is what an environment variable can hold, and a longer
//   Path would be truncated by every program that reads it.
// - Without the rights (HKLM from a process that is not elevated, Win32 error 5) the failure
//   names the value and says administrator rights are needed.
// Failures name the value (HKEY_CURRENT_USER\Environment\Path) in words for the user; nothing is
// changed when one is returned. Reads see every write made through the same object. Not for
// concurrent use: one thread writes and reads.
class WritableRegistry : public Registry {
    Q_DECLARE_TR_FUNCTIONS(GoDual::WritableRegistry)

public:
    static constexpr qsizetype kMaxStringValueChars = 32767;

    Result<void> setValue(const QString &key, const QString &name, const RegistryValue &value);
    // A value (or key) that is not there: success, nothing done.
    Result<void> deleteValue(const QString &key, const QString &name);
    // Tells running programs that environment variables changed: WM_SETTINGCHANGE "Environment"
    // on Windows, so Explorer starts new programs with the new values; nothing for a file.
    virtual Result<void> notifyEnvironmentChanged() = 0;

    // UTF-16 units of a string value's data without its terminator (REG_MULTI_SZ: without the
    // final empty string's); 0 for other types.
    static qsizetype stringLength(const RegistryValue &value);
    // How a value is named in messages: the key, a backslash and the name; "(Default)" for the
    // key's default value, as regedit shows it.
    static QString displayName(const QString &key, const QString &name);
    // The failure for a Win32 error code from changing key\name (5: administrator rights).
    static Failure win32Failure(long code, const QString &key, const QString &name);

protected:
    // Called with the canonical key (Registry::canonicalKey) once the rules above are met.
    virtual Result<void> storeValue(const QString &key, const QString &name, const RegistryValue &value) = 0;
    // An absent value or key is success.
    virtual Result<void> removeValue(const QString &key, const QString &name) = 0;
};

} // namespace GoDual
