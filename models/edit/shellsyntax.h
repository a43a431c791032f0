#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace GoDual {

// The shells whose start-up files GoDual writes blocks into. Zsh takes the POSIX sh syntax bash
// does; fish has its own.
enum class Shell { Bash, Zsh, Fish };

// The lines a managed block holds (edit/managedblock.h), per shell. Every value is quoted so that
// nothing in it is expanded or ends the word: POSIX single quotes with ' written as '\'' (bash,
// zsh); fish single quotes with \ and ' escaped. A value or folder holding a line break or a NUL
// is refused (a start-up file line cannot hold it safely), as is a variable name that is not
// [A-Za-z_][A-Za-z0-9_]*.
class ShellSyntax {
    Q_DECLARE_TR_FUNCTIONS(GoDual::ShellSyntax)

public:
    static Result<QString> quote(Shell shell, const QString &value);

    // `export NAME='value'` / `set -gx NAME 'value'`.
    static Result<QStringList> setVariable(Shell shell, const QString &name, const QString &value);
    // `unset NAME` / `set -e NAME`.
    static Result<QStringList> unsetVariable(Shell shell, const QString &name);
    // Puts `folder` first on PATH unless PATH already has it (anywhere), so sourcing the file
    // again adds nothing.
    static Result<QStringList> prependPath(Shell shell, const QString &folder);
    // Makes `folder` the first PATH entry wherever it was (its other occurrences go), so the go
    // in it wins over every other one: what `godual use` writes.
    static Result<QStringList> putPathFirst(Shell shell, const QString &folder);
    // Puts `folder` last on PATH unless PATH already has it (what appendWindowsPath did for it).
    static Result<QStringList> appendPath(Shell shell, const QString &folder);
    // Drops from PATH every entry equal to or under one of `prefixes` (folders, compared as text),
    // and every entry under `windowsRoot` (the automount root, e.g. /mnt/; empty: none) whose
    // folder holds a `go.exe` or `go`: the Windows Go folders and shims the interop fix's `filter`
    // choice removes. Other entries keep their order; the helper variables are unset afterwards.
    static Result<QStringList> removePathEntries(Shell shell, const QStringList &prefixes, const QString &windowsRoot);
};

} // namespace GoDual
