#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace GoDual {

// What the side probe (resources/probe/godual-probe.sh) reported, field by field, before any
// interpretation. Paths are as the probed side names them.
struct ProbeReport {
    struct File {
        QString path;
        QByteArray bytes;
    };
    struct RcLine {
        QString path;
        int line = 0;
        QString text;
    };
    struct Install {
        QString dir;
        QString realDir;
        QString versionLine;
        QString binaryKind;
    };
    struct GoHit {
        int pathIndex = 0;
        QString dir;
        QString name;
        QString kind;
        QString realPath; // symlinks resolved
    };
    // A start-up file command that changed PATH or a Go variable, seen in the login shell's
    // xtrace: the value after it, as the shell expanded it.
    struct TraceChange {
        QString variable;
        QString file;
        int line = 0;
        bool set = true; // false: the command unset the variable
        QString value;
    };
    struct PathDir {
        QString dir;
        bool exists = false;
        QString realDir; // symlinks resolved; /bin and /usr/bin are one folder on merged-/usr systems
    };

    QString userName;
    QString home;
    QString shell;
    QString kernel;
    bool kernelModulesPresent = false;
    QString loginShell;
    int loginStatus = -1; // the login shell's exit status; 124 when it hit the time limit
    QMap<QString, File> files; // by role: wslconf, goenv, vscode-machine, env-initial, env-login, ...
    QList<RcLine> rcLines; // the start-up files the login shell reads, in its order
    QStringList startupFiles; // those files, in that order
    // Roles of `files` holding a whole start-up file of the user's own (its path follows).
    static inline const QString startupRolePrefix = QStringLiteral("startup:");
    QString traceShell; // "bash" or "zsh" when the login shell ran traced, empty otherwise
    int tracedCommands = 0;
    QList<TraceChange> trace; // in the order the commands ran
    QList<Install> installs;
    QList<GoHit> goHits;
    QList<PathDir> pathDirs; // the login PATH in lookup order
    // update-alternatives groups GoDual reads (`go`): where /etc/alternatives/NAME points, by
    // NAME; the group's administrative file is in `files` as role alternativesRolePrefix + NAME.
    QMap<QString, QString> alternatives;
    // Version managers whose shims or versions are there (goenv, asdf, mise, gvm): root, the
    // program the shims run, whether it is there, and the global version file, which is in `files`
    // as role managerRolePrefix + name when it exists (gvm's versions' environment files as that
    // role + ':' + version).
    struct Manager {
        QString name;
        QString root;
        QString runs;
        bool present = false;
        QString globalFile;
    };
    QList<Manager> managers;
    static inline const QString managerRolePrefix = QStringLiteral("manager:");
    static inline const QString alternativesRolePrefix = QStringLiteral("alternatives:");

    // The NUL-separated environment dump of role `role` as name -> value, in file order.
    QList<std::pair<QString, QString>> environment(const QString &role) const;
};

} // namespace GoDual
