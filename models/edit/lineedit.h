#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace GoDual {

// Edits of one line of a user's own file (a fix whose origin is that line: an `export WSLENV=...`,
// a conflicting export). Every other byte stays: line endings, the BOM, a missing final newline.
class LineEdit {
    Q_DECLARE_TR_FUNCTIONS(GoDual::LineEdit)

public:
    // `file` with the text of line `line` (1-based) replaced by `text` (UTF-8), keeping the line's
    // ending. Errors: a line outside the file, a text holding a line break.
    static Result<QByteArray> replaceLine(const QByteArray &file, int line, const QString &text);
    // `file` without line `line`, its ending included. Deleting a last line without a newline
    // also takes the newline of the line before it, so the file still ends without one.
    static Result<QByteArray> removeLine(const QByteArray &file, int line);
};

// Edits of a WSLENV value's text (the planner puts the result back into the line it came from).
class WslEnvEdit {
public:
    // `wslenvValue` without the entries naming any of `names` (case-sensitive, as WSLENV is; an
    // entry WSL skips for an unknown flag is removed too). The other entries keep their flags and
    // their order; empty entries, which WSL ignores, are dropped.
    static QString withoutEntries(const QString &wslenvValue, const QStringList &names);
};

} // namespace GoDual
