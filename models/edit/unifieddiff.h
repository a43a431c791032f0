#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace GoDual {

// The unified diff of a change to one file, as `diff -u` prints its hunks: "--- label" and
// "+++ label" (/dev/null for the side that does not exist: a new file has no `before`, a deleted
// one no `after`), then @@ -a,b +c,d @@ hunks with `context` lines around each change (hunks
// closer than twice that are merged), and "\ No newline at end of file" after a last line
// without a newline. Lines are compared with their endings, and every carriage return is shown
// as U+240D (␍), so a CRLF file in which one line changed shows one changed line, and a line
// whose ending changed shows as changed. A BOM shows as U+FEFF at the start of line 1. Bytes that are not UTF-8 show as
// U+FFFD. Empty when nothing changed.
QString unifiedDiff(const std::optional<QByteArray> &before, const std::optional<QByteArray> &after,
    const QString &label, int context = 3);

} // namespace GoDual
