#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace GoDual {

// The block GoDual owns in a user's start-up file: the lines between a line `# >>> godual >>>` and
// a line `# <<< godual <<<` (marker lines match with surrounding blanks ignored). Everything
// outside the block is the user's and stays byte for byte as it was: the file's line endings, its
// BOM and a missing final newline included.
//
// A file without a final newline: apply() appends the block after a newline it adds to the last
// line and leaves the end marker without a newline, so the file still ends the way it did; the
// block owns that added newline, and remove() of a block that ends the file without a newline
// takes it away again. So remove(apply(f, body)) == f for every file f without a block.
class ManagedBlock {
    Q_DECLARE_TR_FUNCTIONS(GoDual::ManagedBlock)

public:
    static constexpr char kBegin[] = "# >>> godual >>>";
    static constexpr char kEnd[] = "# <<< godual <<<";

    // Where a block sits: the 1-based lines of its markers.
    struct Location {
        int beginLine = 0;
        int endLine = 0;
    };

    // The block of `file`, if it has one. Errors (naming the line): a second block, a begin marker
    // without its end, an end marker without a begin.
    static Result<std::optional<Location>> find(const QByteArray &file);

    // The block's lines (UTF-8; empty when there is no block).
    static Result<QStringList> body(const QByteArray &file);

    // `file` with its block holding exactly `body`. An existing block is rewritten in place (its
    // markers untouched), unless it sits before line `afterLine` (where it would not take effect):
    // then it moves to just after that line. Without a block, a new one goes after line
    // `afterLine` (1-based; 0 = before the first line; -1 = at the end). The block's lines end in
    // LF even in a CRLF file, since shells read a CR as part of the line. Errors: a malformed block (see find()),
    // `afterLine` past the end, a body line holding a line break or a marker.
    static Result<QByteArray> apply(const QByteArray &file, const QStringList &body, int afterLine = -1);

    // `file` without its block (unchanged when it has none); errors as find().
    static Result<QByteArray> remove(const QByteArray &file);
};

} // namespace GoDual
