#include "edit/managedblock.h"

#include "edit/textlines.h"

namespace GoDual {

namespace {

bool isMarker(const QByteArray &text, const char *marker) { return text.trimmed() == marker; }

Result<std::optional<ManagedBlock::Location>> locate(const TextLines &lines)
{
    std::optional<ManagedBlock::Location> found;
    int openAt = 0;
    for (qsizetype i = 0; i < lines.lines.size(); ++i) {
        const QByteArray &text = lines.lines.at(i).text;
        const int line = int(i + 1);
        if (isMarker(text, ManagedBlock::kBegin)) {
            if (openAt)
                return Failure { ManagedBlock::tr("line %1: a second \"%2\" before the \"%3\" of line %4")
                        .arg(QString::number(line), QLatin1StringView(ManagedBlock::kBegin),
                            QLatin1StringView(ManagedBlock::kEnd), QString::number(openAt)) };
            if (found)
                return Failure { ManagedBlock::tr("line %1: a second GoDual block (the first is at lines %2-%3)")
                        .arg(QString::number(line), QString::number(found->beginLine),
                            QString::number(found->endLine)) };
            openAt = line;
        } else if (isMarker(text, ManagedBlock::kEnd)) {
            if (!openAt)
                return Failure { ManagedBlock::tr("line %1: \"%2\" without a \"%3\" before it")
                        .arg(QString::number(line), QLatin1StringView(ManagedBlock::kEnd),
                            QLatin1StringView(ManagedBlock::kBegin)) };
            found = ManagedBlock::Location { openAt, line };
            openAt = 0;
        }
    }
    if (openAt)
        return Failure { ManagedBlock::tr("line %1: the GoDual block is not closed (no \"%2\" follows)")
                .arg(QString::number(openAt), QLatin1StringView(ManagedBlock::kEnd)) };
    return found;
}

// Removes the block's lines; a block that ended the file without a newline takes the newline it
// added to the line before it (see the header).
void cut(TextLines &lines, const ManagedBlock::Location &at)
{
    const bool endsFileWithoutNewline = at.endLine == lines.lines.size() && lines.lines.constLast().ending.isEmpty();
    lines.lines.remove(at.beginLine - 1, at.endLine - at.beginLine + 1);
    if (endsFileWithoutNewline && at.beginLine > 1)
        lines.lines[at.beginLine - 2].ending.clear();
}

} // namespace

Result<std::optional<ManagedBlock::Location>> ManagedBlock::find(const QByteArray &file)
{
    return locate(TextLines::split(file));
}

Result<QStringList> ManagedBlock::body(const QByteArray &file)
{
    const TextLines lines = TextLines::split(file);
    const auto found = locate(lines);
    if (!found)
        return Failure { found.error() };
    QStringList body;
    if (*found) {
        for (int line = (*found)->beginLine + 1; line < (*found)->endLine; ++line)
            body.append(QString::fromUtf8(lines.lines.at(line - 1).text));
    }
    return body;
}

Result<QByteArray> ManagedBlock::apply(const QByteArray &file, const QStringList &body, int afterLine)
{
    // LF whatever the file uses: every shell reads a CR as part of the line (`export A=1\r` sets
    // "1\r", `esac\r` is no keyword), so a CRLF block would not run. The user's lines keep theirs.
    const QByteArray ending = QByteArrayLiteral("\n");
    QList<TextLine> bodyLines;
    bodyLines.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QString &line = body.at(i);
        if (line.contains(u'\n') || line.contains(u'\r'))
            return Failure { tr("line %1 of the block holds a line break").arg(QString::number(i + 1)) };
        const QByteArray text = line.toUtf8();
        if (isMarker(text, kBegin) || isMarker(text, kEnd))
            return Failure { tr("line %1 of the block is a block marker").arg(QString::number(i + 1)) };
        bodyLines.append({ text, ending });
    }
    TextLines lines = TextLines::split(file);
    const auto found = locate(lines);
    if (!found)
        return Failure { found.error() };
    if (afterLine < -1 || afterLine > lines.lines.size())
        return Failure { tr("line %1 is outside the file (%2 lines)")
                .arg(QString::number(afterLine), QString::number(lines.lines.size())) };

    if (*found && (afterLine == -1 || (*found)->beginLine > afterLine)) {
        // In place: only the lines between the markers change.
        const Location at = **found;
        lines.lines.remove(at.beginLine, at.endLine - at.beginLine - 1);
        lines.lines = lines.lines.first(at.beginLine) + bodyLines + lines.lines.sliced(at.beginLine);
        return lines.join();
    }
    if (*found) {
        // Before the line it must follow: move it. Lines after the cut shift up.
        const Location at = **found;
        cut(lines, at);
        const int removed = at.endLine - at.beginLine + 1;
        afterLine = afterLine >= at.endLine ? afterLine - removed : at.beginLine - 1;
    }
    const int insertAt = afterLine == -1 ? int(lines.lines.size()) : afterLine;
    QList<TextLine> block;
    block.append({ QByteArray(kBegin), ending });
    block.append(bodyLines);
    block.append({ QByteArray(kEnd), ending });
    if (insertAt == lines.lines.size() && lines.lacksFinalNewline()) {
        // The block owns the newline it adds here and ends without one, as the file did.
        lines.lines.last().ending = ending;
        block.last().ending.clear();
    }
    lines.lines = lines.lines.first(insertAt) + block + lines.lines.sliced(insertAt);
    return lines.join();
}

Result<QByteArray> ManagedBlock::remove(const QByteArray &file)
{
    TextLines lines = TextLines::split(file);
    const auto found = locate(lines);
    if (!found)
        return Failure { found.error() };
    if (!*found)
        return file;
    cut(lines, **found);
    return lines.join();
}

} // namespace GoDual
