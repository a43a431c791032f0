#pragma once

#include "result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace GoDual {

// A Go version manager on a Linux side: goenv, asdf, mise or gvm. The shim (ROOT/shims/go) of the
// first three runs the manager, which picks a version (mise's `activate` instead puts the picked
// version's bin folder on PATH, again at every prompt); gvm has no shim: the start-up line sourcing
// ROOT/scripts/gvm loads the default environment, which puts a version's bin folder on PATH:
//   goenv: GOENV_VERSION, else a .go-version or go.mod in the folder and its parents, else the
//          global version file ROOT/version, which `goenv global` writes;
//   asdf:  ASDF_GOLANG_VERSION, else the `golang` line of a .tool-versions in the folder and its
//          parents, else the one in the home folder, which `asdf global golang` (`asdf set -u`)
//          writes; the first of the line's versions that is installed;
//   mise:  MISE_GO_VERSION, else the config files of the folder and its parents, else the global
//          config file's [tools] go entry, which `mise use -g` writes;
//   gvm:   the default environment ROOT/environments/default, a copy of the version's own
//          environment file that `gvm use VERSION --default` makes; a `gvm use` in a start-up file
//          or a .go-version in the folder (gvm's `cd`) loads another one after it.
struct VersionManager {
    QString name; // "goenv", "asdf", "mise" or "gvm"
    // ~/.goenv or the login shell's GOENV_ROOT; ~/.asdf or its ASDF_DATA_DIR; ~/.local/share/mise
    // or its MISE_DATA_DIR; ~/.gvm or its GVM_ROOT
    QString root;
    QString runs; // the manager program its shims run; gvm: the script a start-up file sources
    // That program is there (without it every shim fails); gvm: a new terminal loaded gvm.
    bool present = false;
    QString globalFile; // the file the manager's global command writes
    QStringList globalVersions; // the versions that file names, in its order (goenv, gvm: at most one)
    // The override variable as a new terminal has it, which wins over the file; gvm: the version a
    // new terminal loaded (its gvm_go_name) when it is not the default environment's.
    QString versionOverride;
    // gvm: each version's environment file by version, the bytes `gvm use --default` copies.
    QMap<QString, QByteArray> versionFiles;

    bool isAsdf() const { return name == QLatin1StringView("asdf"); }
    bool isMise() const { return name == QLatin1StringView("mise"); }
    bool isGvm() const { return name == QLatin1StringView("gvm"); }
    QString shim() const { return root + QStringLiteral("/shims/go"); }
    // Whether a go at `path` (found first on PATH) is the manager's: its shim, or for mise one of
    // its versions' go, which `mise activate` puts on PATH; for gvm, which has no shim, only that.
    bool runsAs(const QString &path) const;
    // GOENV_VERSION, ASDF_GOLANG_VERSION, MISE_GO_VERSION or gvm's gvm_go_name.
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
    // Whether the manager can be set to `version`, one of its versions: gvm needs the version's
    // environment file to copy.
    bool canSelect(const QString &version) const { return !isGvm() || versionFiles.contains(version); }
    // The versions the global file names, read as the manager reads it.
    QStringList versionsIn(const QByteArray &file) const;
    // `file` (the global file's bytes, empty when absent) choosing `version`: goenv's holds only
    // it; in asdf's the `golang` line names only it (added at the end when there is none); in
    // mise's the [tools] go entry (MiseToolsEdit); every other line stays as it was; gvm's is a
    // copy of the version's environment file.
    Result<QByteArray> withVersion(const QByteArray &file, const QString &version) const;

    // The version a goenv version file names, as goenv reads one: the first word of a line that
    // does not start a comment, skipping words with a '/' and "..", which goenv refuses too.
    static QString firstVersion(const QByteArray &file);
    // The version a gvm environment file loads: its last gvm_go_name assignment.
    static QString environmentVersion(const QByteArray &file);
    // The versions of `tool` in an asdf .tool-versions file, as asdf reads it: a `#` starts a
    // comment, the first line whose first word is `tool` counts.
    static QStringList toolVersions(const QByteArray &file, const QString &tool);
};

} // namespace GoDual
