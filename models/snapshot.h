#pragma once

#include "dpkgalternatives.h"
#include "goversion.h"
#include "origin.h"
#include "registryvalue.h"
#include "sideid.h"
#include "versionmanager.h"
#include "wsldistro.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace GoDual {

// A setting that lost to the one that produced a variable's final value; kept as evidence.
struct OverriddenValue {
    Origin origin;
    QString value;

    QString toString() const { return origin.toString() + QStringLiteral(": ") + value; }
    bool operator==(const OverriddenValue &other) const = default;
};

// A value as a new shell on one side sees it, with where it comes from (see Origin for the
// forms). Settings that lost to the winner are kept as evidence, in the order they were made.
struct EnvValue {
    QString value;
    Origin origin;
    QList<OverriddenValue> overridden;
};

// One entry of a side's PATH in lookup order.
struct PathEntry {
    QString value;
    // The flags first, beside the value: fixes and rules pass over a thousand entries per side
    // reading little else, so these share the value's cache line.
    bool exists = true;
    bool onWindowsDrive = false; // on a Windows drive mounted into the distro (DrvFsPath::isWindowsDrive)
    bool duplicate = false; // an earlier entry is the same folder (after resolving links)
    Origin origin; // the assignment that first put this folder on PATH
    // Windows side: the entry as its registry Path value stores it, %VAR% references intact (one
    // stored entry that expands to several folders gives each of them its text); what a fix edits.
    // Empty on other sides; where it is empty on Windows, `value` is the text as stored.
    QString raw;
    QString realPath; // the folder with links resolved, when known
    QString goName; // "go" or "go.exe" when the folder holds one
    QString goKind; // "elf", "pe", "shim" or "other" for that file
    QString goRealPath; // that file with links resolved, when known
};

// A Go installation found on a side, identified by its VERSION file.
struct GoInstall {
    QString version; // Go's spelling from VERSION ("go1.22.6"), or the raw first line
    QString goroot; // as the side names it, symlinks resolved
    QStringList aliases; // other names of the same folder (/usr/lib/go for /usr/lib/go-1.24)
    QString source; // "debian", "tarball", "sdk", "msi", "gvm", "goenv", "mise", "asdf", ...
    QString binaryKind; // "elf", "pe", "shim", "none"
};

// The `go` that a new shell on the side runs.
struct ActiveGo {
    QString path;
    QString version;
    QString goroot; // the GOROOT that binary belongs to, empty when unknown
    QString kind; // "elf", "pe", "shim", "other"
};

// An assignment of a Go variable or PATH in a start-up file the login shell reads.
struct RcAssignment {
    QString file;
    int line = 0;
    QString variable;
    QString value; // as the shell expanded it when traced; else as written, quotes removed
    QString text; // the whole line
    bool traced = false; // seen executing in the login shell's trace, not only read from the file

    Origin origin() const { return Origin::file(file, line); }
};

// The effective [interop] settings of a distro's /etc/wsl.conf.
struct InteropSettings {
    bool enabled = true;
    Origin enabledOrigin = Origin::defaultValue();
    bool appendWindowsPath = true;
    Origin appendWindowsPathOrigin = Origin::defaultValue();
};

// A Windows Path value as stored in the registry, before expansion.
struct RegistryPathValue {
    Origin origin; // the Path value of a registry key
    QString raw;
    bool expandable = true; // REG_EXPAND_SZ; false for REG_SZ
};

struct Side {
    SideId id;
    QString name;
    // A distro's state as wsl.exe lists it: the same six states, and Unknown when nobody could
    // read it (a localized word, or wsl.exe could not list). Windows and local are Running.
    using State = WslDistro::State;
    State state = State::Running;
    int wslVersion = 0;
    bool isDefault = false;
    bool scanned = false;
    QString scanError; // why the side could not be read, when it could not

    QString kernel;
    std::optional<bool> kernelModulesPresent;
    std::optional<InteropSettings> interop; // distros only
    // Where WSL mounts the Windows drives in this distro (`[automount] root` of wsl.conf, always
    // ending in '/'); DrvFsPath classifies the side's paths with it.
    QString automountRoot = QStringLiteral("/mnt/");
    QStringList wslConfIssues; // "<path>:<line>: <what was lost>"

    QList<GoInstall> installs;
    std::optional<ActiveGo> active;
    QMap<QString, EnvValue> env; // GOROOT, GOPATH, GOBIN, ... (set ones and Go's defaults)
    QList<PathEntry> path;
    QString goEnvFile; // path of the go env file, as the side names it
    QMap<QString, EnvValue> goEnvFileValues; // what the go env file sets, origin "<file>:<line>"
    QString gorootEnvFile; // $GOROOT/go.env of the GOROOT in force, as the side names it
    QMap<QString, EnvValue> gorootEnvValues; // its settings, Go's lowest layer, origin "<file>:<line>"
    QList<RcAssignment> rcAssignments;
    QString home;
    QString user; // the default user a new terminal runs as (Linux sides)
    QString shell; // that user's login shell, as /etc/passwd names it (Linux sides)
    // The start-up files that login shell reads as a login + interactive shell, in its order
    // (Linux sides): where a managed block can take effect.
    QStringList startupFiles;
    // The bytes of every file a fix may edit, as the scan read them, by the path the side names
    // it: /etc/wsl.conf, the go env file, the user's own start-up files, VS Code's settings. A
    // path not here was absent. Planning reads only these; writing checks them again.
    QMap<QString, QByteArray> files;
    QList<RegistryPathValue> windowsPathValues; // Windows side only
    // Windows side: every value of the user and system environment keys as the scan read it, by
    // "<key>\<name>" with the hive spelled out (the registry origin's text); a fix's "before".
    QMap<QString, RegistryValue> registryValues;
    // Windows side: what USERPROFILE and ProgramFiles expand to in a new process (the variables a
    // fix may write back into Path as %USERPROFILE% and %ProgramFiles%); absent when not defined.
    QMap<QString, QString> windowsVariables;
    QString vscodeGoroot;
    Origin vscodeGorootOrigin;
    // How many folders WSL appended from Windows' Path before any start-up file ran, and how many
    // of them the login shell dropped again (Debian's /etc/profile resets PATH). Distros only.
    int windowsPathAppended = 0;
    int windowsPathDropped = 0;
    // update-alternatives' `go` group, when the distro has one; why it could not be read, when
    // its administrative file is malformed (then the group is absent).
    std::optional<AlternativeGroup> goAlternatives;
    QString goAlternativesError;
    // goenv or asdf, when its shims are on the side (Linux sides): the one whose shim a new terminal
    // runs as its go, else the first found. A new terminal whose go is the shim runs the version
    // the manager picks; `active` says which when the manager is there to pick one.
    std::optional<VersionManager> goManager;
};

// One scan's picture of the machine. Immutable once published: the diagnosis, the command line,
// the window and the fixes all read the same value.
struct Snapshot {
    QList<Side> sides;
    QStringList errors; // what could not be read at all (wsl.exe missing, a broken registry file)
    QDateTime taken;
    quint64 generation = 0;

    const Side *side(const SideId &id) const;
};

} // namespace GoDual
