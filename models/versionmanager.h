#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace GoDual {

// A Go version manager on a Linux side: goenv, asdf or mise. Its shim (ROOT/shims/go) runs the
// manager, which picks a version (mise's `activate` instead puts the picked version's bin folder
// on PATH, again at every prompt):
//   goenv: GOENV_VERSION, else a .go-version or go.mod in the folder and its parents, else the
//          global version file ROOT/version, which `goenv global` writes;
//   asdf:  ASDF_GOLANG_VERSION, else the `golang` line of a .tool-versions in the folder and its
//          parents, else the one in the home folder, which `asdf global golang` (`asdf set -u`)
//          writes; the first of the line's versions that is installed;
//   mise:  MISE_GO_VERSION, else the config files of the folder and its parents, else the global
//          config file's [tools] go entry, which `mise use -g` writes.
struct VersionManager {
    QString name; // "goenv", "asdf" or "mise"
    // ~/.goenv or the login shell's GOENV_ROOT; ~/.asdf or its ASDF_DATA_DIR; ~/.local/share/mise
    // or its MISE_DATA_DIR
    QString root;
    QString runs; // the manager program its shims run
    bool present = false; // that program is there; without it every shim fails
    QString globalFile; // the file the manager's global command writes
    QStringList globalVersions; // the versions that file names, in its order (goenv: at most one)
    QString versionOverride; // the override variable as a new terminal has it, which wins over the file

    bool isAsdf() const { return name == QLatin1StringView("asdf"); }
    bool isMise() const { return name == QLatin1StringView("mise"); }
    QString shim() const { return root + QStringLiteral("/shims/go"); }
    // Whether a go at `path` (found first on PATH) is the manager's: its shim, or for mise one of
    // its versions' go, which `mise activate` puts on PATH.
    bool runsAs(const QString &path) const;
    // GOENV_VERSION, ASDF_GOLANG_VERSION or MISE_GO_VERSION.
    QString overrideVariable() const;
    // The manager's own command that writes what `use` writes, for the preview.
    QString globalCommand(const QString &version) const;
    // The folder holding the manager's versions, one folder each (with a final '/').
    QString versionsFolder() const;
    // Where the manager keeps `version`: the GOROOT of that install.
    QString versionRoot(const QString &version) const;
    // The version whose GOROOT is `goroot`, when it is one of the manager's; empty otherwise.
    QString versionOf(const QString &goroot) const;

    // Which of `installed` (the manager's version folders, by name) a new terminal runs when the
    // manager is asked for `wanted` (the override, else the global file's versions): the first
    // wanted version installed. goenv and asdf need its exact name; mise also takes a prefix
    // ("1.22", the newest 1.22.x installed) and "latest". Empty when none is installed.
    QString pick(const QStringList &wanted, const QStringList &installed) const;
    // The versions the global file names, read as the manager reads it.
    QStringList versionsIn(const QByteArray &file) const;
    // `file` (the global file's bytes, empty when absent) choosing `version`: goenv's holds only
    // it; in asdf's the `golang` line names only it (added at the end when there is none); in
    // mise's the [tools] go entry (MiseToolsEdit); every other line stays as it was.
    Result<QByteArray> withVersion(const QByteArray &file, const QString &version) const;

    // The version a goenv version file names, as goenv reads one: the first word of a line that
    // does not start a comment, skipping words with a '/' and "..", which goenv refuses too.
    static QString firstVersion(const QByteArray &file);
    // The versions of `tool` in an asdf .tool-versions file, as asdf reads it: a `#` starts a
    // comment, the first line whose first word is `tool` counts.
    static QStringList toolVersions(const QByteArray &file, const QString &tool);
};

} // namespace GoDual
