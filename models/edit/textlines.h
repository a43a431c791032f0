#pragma once

#include <QByteArray>
#include <QList>

namespace GoDual {

// One line of a text file: its bytes and its own line ending ("\n", "\r\n", or empty for a last
// line without a newline). A lone '\r' inside a line is text.
struct TextLine {
    QByteArray text;
    QByteArray ending;

    bool operator==(const TextLine &other) const = default;
};

// A file's bytes as lines, each with its own ending, and whether it starts with a UTF-8 BOM (kept
// out of the first line's text). join() returns the exact bytes split() was given, so an editor
// that changes only the lines it means to leaves everything else as it was, by construction.
class TextLines {
public:
    static TextLines split(const QByteArray &bytes);
    QByteArray join() const;

    bool bom = false;
    // An empty file has no lines; "a\n" has one ("a", "\n"); "a\nb" two, the last without ending.
    QList<TextLine> lines;

    // The ending new lines should get: the one most lines use, CRLF only when it is the majority;
    // "\n" for a file without line endings.
    QByteArray dominantEnding() const;
    // The bytes cut after each '\n', every piece keeping its "\n" (Go's strings.SplitAfter, without
    // its empty last piece): for code that must treat a line and its ending as one.
    static QList<QByteArray> splitAfterNewlines(const QByteArray &bytes);

    // Whether the file ends without a newline (a last line without ending).
    bool lacksFinalNewline() const { return !lines.isEmpty() && lines.constLast().ending.isEmpty(); }
};

} // namespace GoDual
