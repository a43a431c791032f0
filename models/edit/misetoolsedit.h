#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace GoDual {

// The `go` entry of the [tools] table in a mise config file (TOML), which `mise use -g go@X`
// writes. Only the shapes that entry has when mise or a person writes a plain version are read or
// changed: `go = "1.22.6"` (or 'literal', or "go" quoted) in a [tools] table. Every other line
// stays byte for byte: other tools, comments, other tables, line endings.
class MiseToolsEdit {
    Q_DECLARE_TR_FUNCTIONS(GoDual::MiseToolsEdit)

public:
    // The versions of the go entry: one for a string, the strings of an array in order; empty
    // when there is no go entry (or one of another shape).
    static QStringList goVersions(const QByteArray &file);
    // `file` whose go entry is `version`: its value replaced (the line's comment kept), or the
    // entry added at the top of [tools], or a [tools] table with it added at the end. Errors,
    // naming the line, when the go entry is not a plain string (an array, an inline table, a
    // [tools.go] table or a dotted tools.go key), which GoDual leaves to the user.
    static Result<QByteArray> setGo(const QByteArray &file, const QString &version);
};

} // namespace GoDual
