#pragma once

#include <QMetaType>
#include <QString>

namespace GoDual {

// Where a value shown to the user comes from. One small set of kinds, each with the contract's
// spelling (toString()); rules and fixes look at kind() and the parts, never at the text.
//
//   File         "<path>:<line>"     a line of a start-up file, wsl.conf or settings.json
//   GoEnvFile    "<path>:<line>"     a line of the go env file (`go env -w`)
//   Registry     "<key>\<name>"      a registry value, hive spelled out; `detail` is appended
//                                    after " = " when the value itself is the evidence (Flags)
//   WslEnv       "WSLENV:<entry>"    forwarded by WSLENV (`GOPATH/p`)
//   AppendWindowsPath "appendWindowsPath"  added by WSL from Windows' Path
//   Wsl          "wsl"               WSL's start-up environment of a launched process
//   Environment  "environment"       the environment the local side's login shell inherited
//   LoginShell   "login shell"       set while the login shell started, no line could be named
//   Default      "default"           Go's (or WSL's) built-in default
//   None         ""                  no origin known
class Origin {
public:
    enum class Kind {
        None,
        File,
        GoEnvFile,
        Registry,
        WslEnv,
        AppendWindowsPath,
        Wsl,
        Environment,
        LoginShell,
        Default
    };

    Origin() = default;
    static Origin file(const QString &path, int line) { return Origin(Kind::File, path, line); }
    static Origin goEnvFile(const QString &path, int line) { return Origin(Kind::GoEnvFile, path, line); }
    static Origin registry(const QString &key, const QString &name, const QString &detail = {});
    static Origin wslEnv(const QString &entry) { return Origin(Kind::WslEnv, entry, 0); }
    static Origin appendWindowsPath() { return Origin(Kind::AppendWindowsPath, {}, 0); }
    static Origin wsl() { return Origin(Kind::Wsl, {}, 0); }
    static Origin environment() { return Origin(Kind::Environment, {}, 0); }
    static Origin loginShell() { return Origin(Kind::LoginShell, {}, 0); }
    static Origin defaultValue() { return Origin(Kind::Default, {}, 0); }

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::None; }
    // A file line (a start-up file or the go env file): the file as its side names it, the line.
    bool isFileLine() const { return m_kind == Kind::File || m_kind == Kind::GoEnvFile; }
    const QString &path() const { return m_text; } // File, GoEnvFile
    int line() const { return m_line; } // File, GoEnvFile
    const QString &registryKey() const { return m_text; } // Registry
    const QString &registryName() const { return m_name; } // Registry
    const QString &wslEnvEntry() const { return m_text; } // WslEnv

    // The contract's origin string (docs/cli.md, "origin is one string").
    QString toString() const;

    bool operator==(const Origin &other) const = default;

private:
    Origin(Kind kind, QString text, int line)
        : m_kind(kind)
        , m_text(std::move(text))
        , m_line(line)
    {
    }

    Kind m_kind = Kind::None;
    QString m_text;
    QString m_name;
    QString m_detail;
    int m_line = 0;
};

} // namespace GoDual

Q_DECLARE_METATYPE(GoDual::Origin)
