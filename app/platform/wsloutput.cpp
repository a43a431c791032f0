#include "platform/wsloutput.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace GoDual {

namespace {

QString decodeUtf16Le(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf16LE);
    QString text = decoder(bytes);
    // A dangling odd byte (truncated capture) is held back by the stateful decoder; show it
    // as a replacement character rather than silently losing it.
    if (bytes.size() % 2 != 0)
        text.append(QChar::ReplacementCharacter);
    return text;
}

bool looksLikeUtf16Le(QByteArrayView bytes)
{
    // UTF-8 never contains NUL; UTF-16LE text has NULs as the high byte of every ASCII
    // character (spaces and line endings included, even in CJK-localized output). Counting
    // both parities keeps a stray NUL in UTF-8 from flipping the decision.
    qsizetype oddNuls = 0;
    qsizetype evenNuls = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\0')
            ++((i % 2) ? oddNuls : evenNuls);
    }
    return oddNuls > 0 && oddNuls > evenNuls;
}

} // namespace

QString decodeWslOutput(const QByteArray &bytes)
{
    QString text;
    if (bytes.startsWith("\xff\xfe"))
        text = decodeUtf16Le(QByteArrayView(bytes).mid(2));
    else if (bytes.size() % 2 == 0 && looksLikeUtf16Le(bytes))
        text = decodeUtf16Le(bytes);
    else {
        QStringDecoder utf8(QStringConverter::Utf8);
        text = utf8(bytes); // replaces invalid sequences, drops a UTF-8 BOM
        // Short UTF-16LE made only of CJK characters has no NUL byte at all; it is rarely valid
        // UTF-8, so an even-sized buffer that fails as UTF-8 is read as UTF-16LE instead.
        if ((utf8.hasError() || !utf8.isValid()) && bytes.size() % 2 == 0)
            text = decodeUtf16Le(bytes);
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.remove(QChar(u'\0'));
    return text;
}

QStringList wslOutputLines(const QString &text)
{
    QStringList result;
    for (QStringView line : QStringView(text).split(u'\n')) {
        while (line.endsWith(u'\r'))
            line.chop(1);
        if (!line.isEmpty())
            result.append(line.toString());
    }
    return result;
}

WslError parseWslError(const QStringList &lines)
{
    // The code line's label is a localized resource ("Error code: {}"), the code itself is not:
    // <context>/<code>, where code is a symbolic name or 0x%x. Recognise it by the value.
    static const QRegularExpression codeLine(
        QStringLiteral("[:\uff1a]\\s*((?:[A-Za-z][A-Za-z0-9_]*/)+(?:[A-Za-z][A-Za-z0-9_]*|0x[0-9A-Fa-f]+))\\s*$"));
    WslError error;
    QStringList message;
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = codeLine.match(line);
        if (match.hasMatch() && error.code.isEmpty()) {
            error.code = match.captured(1);
            continue;
        }
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            message.append(trimmed);
    }
    error.message = message.join(u' ');
    // The messages are localized; the option names and the usage synopsis ("wsl.exe [Argument]
    // ...") are not.
    error.usage = error.code.isEmpty() && std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.contains(QLatin1StringView("--help")) || line.contains(QLatin1StringView("wsl.exe ["));
    });
    return error;
}

} // namespace GoDual
