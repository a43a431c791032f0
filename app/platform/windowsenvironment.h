#pragma once

#include "platform/registry.h"
#include "platform/windowspathentry.h"
#include "registryvalue.h"

#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace GoDual {

// The environment a new Windows process gets from Explorer, rebuilt from the registry the way
// Windows does it (platform facts 2.2): predefined machine variables (SystemRoot, ProgramFiles,
// ProgramData, ... from their registry values), then the system variables
// (HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Session Manager\Environment), then
// HKEY_CURRENT_USER\Volatile Environment (USERPROFILE, APPDATA, LOCALAPPDATA, ...), then the
// user variables (HKEY_CURRENT_USER\Environment). A later value replaces an earlier one, except
// Path: the user Path is appended to the system Path with ';'. Within each key REG_SZ values are
// set first, then REG_EXPAND_SZ values are expanded in order against what is set so far (the
// order userenv uses), so an expandable value can refer to any plain one.
// Pure: reads only the Registry it is given.
class WindowsEnvironment {
public:
    struct Variable {
        QString name;
        // Expanded value (for Path: system and user parts joined).
        QString value;
        // Unexpanded value as stored (for Path: the parts joined the same way).
        QString raw;
        RegistryValue::Type type = RegistryValue::Sz;
        // The registry value that won (for Path: the user value when there is one).
        Origin origin;

        bool operator==(const Variable &other) const = default;
    };

    static WindowsEnvironment fromRegistry(const Registry &registry);

    // Case-insensitive, like Windows.
    std::optional<Variable> variable(const QString &name) const;
    QString value(const QString &name) const;
    // In the order they were first set.
    const QList<Variable> &variables() const { return m_variables; }
    // Path's entries: system ones, then user ones, each with its own origin, raw text and type.
    const QList<WindowsPathEntry> &path() const { return m_path; }

    // Expands %NAME% references against this environment, as ExpandEnvironmentStrings does: names
    // compare case-insensitively, an unknown name is left as written.
    QString expand(const QString &text) const;

    // The environment to give a child process started now, as Explorer would start it:
    // `process` (the caller's own environment, which also holds what the registry never defines:
    // COMPUTERNAME, USERNAME, TEMP and the like, and whatever the caller was started with) with
    // every variable of this environment set over it. The variables named in `decided` (Path,
    // WSLENV, the Go variables) are the registry's alone: one it no longer defines anywhere is
    // removed, so a value deleted from HKEY_CURRENT_USER\Environment stops reaching children.
    // Names compare case-insensitively, as on Windows; a variable the process has keeps the
    // process's spelling (PATH stays PATH). Pure.
    QProcessEnvironment appliedTo(const QProcessEnvironment &process, const QStringList &decided) const;

    // Sets or replaces a variable (keeps its first position and spelling).
    void set(const Variable &variable);

    static const QString systemKey;
    static const QString volatileKey;
    static const QString userKey;

private:
    void setFromKey(const Registry &registry, const QString &key, bool appendPath);
    void setValue(const QString &key, const QString &name, const RegistryValue &value, bool appendPath);

    QList<Variable> m_variables;
    QHash<QString, qsizetype> m_index; // case-folded name -> position in m_variables
    QList<WindowsPathEntry> m_path;
};

// Splits a Path value into entries where Windows splits it (windowsPathSegments). For a REG_EXPAND_SZ
// value each entry is expanded against `environment` (an entry expanding to several
// ';'-separated parts becomes several entries sharing one raw text); REG_SZ entries stay literal.
QList<WindowsPathEntry> splitWindowsPath(const QString &value, const Origin &origin = {},
    RegistryValue::Type type = RegistryValue::Sz, const WindowsEnvironment *environment = nullptr);

} // namespace GoDual
