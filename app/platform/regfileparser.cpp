#include "platform/regfileparser.h"

#include "platform/registry.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace GoDual {

namespace {

class Parser {
    Q_DECLARE_TR_FUNCTIONS(GoDual::RegFile)

public:
    Parser(const QString &text, const QString &path)
        : m_lines(QStringView(text).split(u'\n'))
        , m_path(path)
    {
        for (QStringView &line : m_lines) {
            while (line.endsWith(u'\r'))
                line.chop(1);
        }
    }

    Result<RegFileContents> parse()
    {
        const QStringView header = m_lines.isEmpty() ? QStringView() : m_lines.front().trimmed();
        if (header.compare(QLatin1StringView("REGEDIT4"), Qt::CaseInsensitive) == 0) {
            return fail(1,
                tr("this is a REGEDIT4 (ANSI) file; export the key again with `reg export`, which writes "
                   "'Windows Registry Editor Version 5.00'"));
        }
        if (header != QLatin1StringView("Windows Registry Editor Version 5.00"))
            return fail(1, tr("not a registry export: the first line must be 'Windows Registry Editor Version 5.00'"));

        RegFileContents contents;
        for (m_index = 1; m_index < m_lines.size(); ++m_index) {
            const QStringView line = m_lines.at(m_index).trimmed();
            if (line.isEmpty() || line.startsWith(u';'))
                continue;
            if (line.startsWith(u'[')) {
                std::optional<Failure> error = parseKey(line, contents);
                if (error)
                    return *error;
                continue;
            }
            if (line.startsWith(u'"') || line.startsWith(u'@')) {
                if (contents.keys.isEmpty())
                    return fail(lineNumber(), tr("a value before the first [key] line"));
                if (contents.keys.back().deleted)
                    return fail(lineNumber(), tr("a value inside a [-key] deletion block"));
                const int line0 = lineNumber();
                Result<RegFileValue> value = parseValue(line);
                if (!value)
                    return Failure { value.error() };
                value.value().line = line0;
                value.value().lastLine = lineNumber();
                contents.keys.back().values.append(std::move(value).value());
                continue;
            }
            return fail(lineNumber(), tr("unexpected line '%1'").arg(excerpt(line)));
        }
        return contents;
    }

private:
    int lineNumber() const { return int(m_index) + 1; }

    Failure fail(int line, const QString &what) const
    {
        return Failure { QStringLiteral("%1:%2: %3").arg(m_path, QString::number(line), what) };
    }

    static QString excerpt(QStringView text)
    {
        constexpr qsizetype kMax = 80;
        return text.size() > kMax ? text.left(kMax).toString() + u'\u2026' : text.toString();
    }

    std::optional<Failure> parseKey(QStringView line, RegFileContents &contents)
    {
        if (!line.endsWith(u']'))
            return fail(lineNumber(), tr("a key line must end with ']'"));
        QStringView inner = line.mid(1, line.size() - 2);
        RegFileKey key;
        key.line = lineNumber();
        if (inner.startsWith(u'-')) {
            key.deleted = true;
            inner = inner.mid(1);
        }
        key.path = inner.toString();
        if (Registry::canonicalKey(key.path).isEmpty())
            return fail(lineNumber(),
                tr("'%1' does not start with a registry hive such as HKEY_CURRENT_USER").arg(excerpt(inner)));
        contents.keys.append(key);
        return std::nullopt;
    }

    // Reads a quoted string starting at text[0] == '"'; returns it and advances `rest`.
    std::optional<QString> quoted(QStringView text, QStringView &rest) const
    {
        QString result;
        for (qsizetype i = 1; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'"') {
                rest = text.mid(i + 1);
                return result;
            }
            if (c == u'\\' && i + 1 < text.size()) {
                const QChar next = text.at(++i);
                // regedit writes only \\ and \"; Wine's reader also knows \n and \0. Any
                // other escape is kept literally rather than guessed at.
                if (next == u'\\' || next == u'"')
                    result.append(next);
                else if (next == u'n')
                    result.append(u'\n');
                else if (next == u'0')
                    result.append(QChar(u'\0'));
                else
                    result.append(c).append(next);
                continue;
            }
            result.append(c);
        }
        return std::nullopt;
    }

    Result<RegFileValue> parseValue(QStringView line)
    {
        RegFileValue entry;
        QStringView rest;
        if (line.startsWith(u'@')) {
            rest = line.mid(1);
        } else {
            const std::optional<QString> name = quoted(line, rest);
            if (!name)
                return fail(lineNumber(), tr("the value name has no closing quote"));
            entry.name = *name;
        }
        rest = rest.trimmed();
        if (!rest.startsWith(u'='))
            return fail(lineNumber(), tr("expected '=' after the value name"));
        const QStringView data = rest.mid(1).trimmed();

        RegistryValue &value = entry.value;
        if (data == u"-") {
            entry.deleted = true;
            return entry;
        }
        if (data.startsWith(u'"')) {
            QStringView after;
            const std::optional<QString> text = quoted(data, after);
            if (!text)
                return fail(lineNumber(), tr("the string value has no closing quote"));
            if (!after.trimmed().isEmpty() && !after.trimmed().startsWith(u';'))
                return fail(lineNumber(), tr("unexpected text after the string value"));
            value = RegistryValue::fromString(RegistryValue::Sz, *text);
            return entry;
        }
        if (data.startsWith(QLatin1StringView("dword:"), Qt::CaseInsensitive)) {
            const QStringView digits = data.mid(6).trimmed();
            bool ok = false;
            const uint number = digits.toUInt(&ok, 16);
            if (!ok || digits.isEmpty() || digits.size() > 8 || digits.startsWith(u'+') || digits.startsWith(u'-'))
                return fail(lineNumber(), tr("'%1' is not a dword (up to 8 hex digits)").arg(excerpt(data)));
            value = RegistryValue::fromDword(number);
            return entry;
        }
        if (data.startsWith(QLatin1StringView("hex"), Qt::CaseInsensitive)) {
            std::optional<Failure> error = parseHex(data, value);
            if (error)
                return *error;
            return entry;
        }
        return fail(lineNumber(), tr("unknown value data '%1'").arg(excerpt(data)));
    }

    std::optional<Failure> parseHex(QStringView data, RegistryValue &value)
    {
        const int firstLine = lineNumber();
        int rawType = 3;
        QStringView rest = data.mid(3);
        if (rest.startsWith(u'(')) {
            const qsizetype close = rest.indexOf(u')');
            bool ok = false;
            const QStringView number = close > 1 ? rest.mid(1, close - 1) : QStringView();
            const uint type = number.toUInt(&ok, 16);
            if (!ok || number.size() > 8 || type > 0x7fffffffu)
                return fail(firstLine, tr("'%1' is not a valid hex(N) type").arg(excerpt(data)));
            rawType = int(type);
            rest = rest.mid(close + 1);
        }
        if (!rest.startsWith(u':'))
            return fail(firstLine, tr("expected ':' after '%1'").arg(excerpt(data.left(data.size() - rest.size()))));
        rest = rest.mid(1);

        QByteArray bytes;
        for (;;) {
            QStringView chunk = rest.trimmed();
            const bool continued = chunk.endsWith(u'\\');
            if (continued)
                chunk.chop(1);
            const QList<QStringView> tokens = chunk.split(u',');
            for (qsizetype i = 0; i < tokens.size(); ++i) {
                const QStringView token = tokens.at(i).trimmed();
                // Only the last token may be empty: "73,00,\" splits into "73", "00", "".
                if (token.isEmpty() && i + 1 == tokens.size())
                    break;
                bool ok = false;
                const uint byte = token.toUInt(&ok, 16);
                if (!ok || token.size() > 2 || token.startsWith(u'+') || token.startsWith(u'-'))
                    return fail(lineNumber(), tr("'%1' is not a hex byte").arg(excerpt(token)));
                bytes.append(char(byte));
            }
            if (!continued)
                break;
            if (m_index + 1 >= m_lines.size() || m_lines.at(m_index + 1).trimmed().isEmpty()) {
                return fail(firstLine,
                    tr("the hex data is cut off: a line continuation is followed by a blank line or the end "
                       "of the file"));
            }
            rest = m_lines.at(++m_index);
        }
        value = RegistryValue::fromRaw(rawType, bytes);
        return std::nullopt;
    }

    QList<QStringView> m_lines;
    QString m_path;
    qsizetype m_index = 0;
};

QString decodeText(const QByteArray &bytes)
{
    if (regFileEncoding(bytes) == RegFileEncoding::Utf16Le) {
        QStringDecoder decoder(QStringConverter::Utf16LE);
        return decoder(QByteArrayView(bytes).mid(bytes.startsWith("\xff\xfe") ? 2 : 0));
    }
    return QString::fromUtf8(bytes); // drops a UTF-8 BOM, replaces invalid sequences
}

} // namespace

RegFileEncoding regFileEncoding(const QByteArray &bytes)
{
    // Without a BOM, ASCII text in UTF-16LE has a NUL in every odd byte.
    if (bytes.startsWith("\xff\xfe") || (bytes.size() >= 2 && bytes.at(0) != '\0' && bytes.at(1) == '\0'))
        return RegFileEncoding::Utf16Le;
    return RegFileEncoding::Utf8;
}

Result<QByteArray> readRegFile(const QString &path)
{
    constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Failure { QCoreApplication::translate("GoDual::RegFile", "cannot read the registry file %1: %2")
                .arg(path, file.errorString()) };
    }
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    if (file.size() > kMaxFileSize || bytes.size() > kMaxFileSize) {
        return Failure {
            QCoreApplication::translate("GoDual::RegFile", "the registry file %1 is larger than 64 MiB").arg(path)
        };
    }
    return bytes;
}

Result<RegFileContents> parseRegFile(const QByteArray &bytes, const QString &path)
{
    const QString text = decodeText(bytes);
    return Parser(text, path).parse();
}

} // namespace GoDual
