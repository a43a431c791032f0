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
    QMap<QString, File> files; // by role: wslconf, goenv, vscode-machine, env-initial, env-login
    QList<RcLine> rcLines;
    QList<Install> installs;
    QList<GoHit> goHits;
    QList<PathDir> pathDirs; // the login PATH in lookup order

    // The NUL-separated environment dump of role `role` as name -> value, in file order.
    QList<std::pair<QString, QString>> environment(const QString &role) const;
};

} // namespace GoDual
