#pragma once

#include <QByteArray>
#include <QString>

namespace GoDual {

// A Go version manager whose shims are on a Linux side: goenv. Its shims (ROOT/shims/go) run the
// manager, which picks a version: GOENV_VERSION, else a .go-version or go.mod in the folder and
// its parents, else the global version file ROOT/version, which `goenv global` writes.
struct VersionManager {
    QString name; // "goenv"
    QString root; // ~/.goenv, or the login shell's GOENV_ROOT
    QString runs; // the goenv program its shims run
    bool present = false; // that program is there; without it every shim fails
    QString globalVersion; // the version the global file names, empty when it names none
    QString versionOverride; // GOENV_VERSION as a new terminal has it, which wins over the file

    QString shim() const { return root + QStringLiteral("/shims/go"); }
    QString versionFile() const { return root + QStringLiteral("/version"); }
    QString versionRoot(const QString &version) const { return root + QStringLiteral("/versions/") + version; }

    // The version a goenv version file names, as goenv reads one: the first word of a line that
    // does not start a comment, skipping words with a '/' and "..", which goenv refuses too.
    static QString firstVersion(const QByteArray &file);
};

} // namespace GoDual
