#include "edit/textlines.h"

namespace GoDual {

namespace {
constexpr char kBom[] = "\xef\xbb\xbf";
}

TextLines TextLines::split(const QByteArray &bytes)
{
    TextLines result;
    result.lines.reserve(bytes.count('\n') + 1);
    qsizetype pos = 0;
    if (bytes.startsWith(kBom)) {
        result.bom = true;
        pos = 3;
    }
    while (pos < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', pos);
        if (newline < 0) {
            result.lines.append({ bytes.mid(pos), {} });
            break;
        }
        const bool crlf = newline > pos && bytes.at(newline - 1) == '\r';
        const qsizetype textEnd = crlf ? newline - 1 : newline;
        // Literals: static data every line shares, no allocation per line.
        result.lines.append(
            { bytes.mid(pos, textEnd - pos), crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n") });
        pos = newline + 1;
    }
    return result;
}

QList<QByteArray> TextLines::splitAfterNewlines(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
        lines.append(bytes.mid(pos, end - pos));
        pos = end;
    }
    return lines;
}

QByteArray TextLines::join() const
{
    QByteArray out;
    qsizetype size = bom ? 3 : 0;
    for (const TextLine &line : lines)
        size += line.text.size() + line.ending.size();
    out.reserve(size);
    if (bom)
        out.append(kBom);
    for (const TextLine &line : lines)
        out.append(line.text).append(line.ending);
    return out;
}

QByteArray TextLines::dominantEnding() const
{
    qsizetype crlf = 0;
    qsizetype lf = 0;
    for (const TextLine &line : lines) {
        if (line.ending == "\r\n")
            ++crlf;
        else if (line.ending == "\n")
            ++lf;
    }
    return crlf > lf ? QByteArray("\r\n") : QByteArray("\n");
}

} // namespace GoDual
