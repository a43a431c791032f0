#include "edit/wslconfedit.h"

#include "edit/textlines.h"
#include "wslconfparser.h"

#include <QRegularExpression>

#include <climits>

namespace GoDual {

namespace {

Result<void> checkName(const QString &what, const QString &name)
{
    // WSL's own rule for section and key names: a letter, then letters and digits.
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z][A-Za-z0-9]*$"));
    if (!valid.match(name).hasMatch())
        return Failure {
            WslConfEdit::tr("'%1' is not a valid wsl.conf %2 name (a letter, then letters and digits)").arg(name, what)
        };
    return {};
}

QByteArray settingName(const QString &section, const QString &key) { return (section + u'.' + key).toLower().toUtf8(); }

// The edit must change exactly `name` (to `value`, or away when it is empty) among the values WSL
// reads, and WSL must accept the new value.
Result<QByteArray> verified(
    const QByteArray &before, const QByteArray &after, const QByteArray &name, const std::optional<QByteArray> &value)
{
    QMap<QByteArray, QByteArray> expected = readWslConfLayout(before).effectiveValues();
    if (value)
        expected.insert(name, *value);
    else
        expected.remove(name);
    const WslConfLayout layout = readWslConfLayout(after);
    if (layout.effectiveValues() != expected)
        return Failure { WslConfEdit::tr("editing %1 would change other settings WSL reads from wsl.conf; "
                                         "the file is left as it is")
                .arg(QString::fromUtf8(name)) };
    if (value) {
        for (const WslConfLayout::Entry &entry : layout.entries) {
            if (!entry.effective || entry.name() != name)
                continue;
            for (const WslConfIssue &issue : parseWslConf(after).issues) {
                if (issue.kind == WslConfIssue::InvalidValue && issue.line == entry.line)
                    return Failure { issue.message };
            }
        }
    }
    return after;
}

Result<void> checkReadable(const QByteArray &conf)
{
    if (conf.startsWith("\xef\xbb\xbf"))
        return Failure { WslConfEdit::tr("wsl.conf starts with a UTF-8 byte order mark, so WSL reads none of it; "
                                         "no setting written into it would take effect") };
    return {};
}

// Inserts `newLines` before index `at` of `lines`; at the end of a file without a final newline,
// the last line gets one (WSL reads the file the same either way).
void insertLines(TextLines &lines, qsizetype at, const QList<QByteArray> &newLines)
{
    const QByteArray ending = lines.dominantEnding();
    if (at == lines.lines.size() && lines.lacksFinalNewline())
        lines.lines.last().ending = ending;
    for (qsizetype i = 0; i < newLines.size(); ++i)
        lines.lines.insert(at + i, { newLines.at(i), ending });
}

} // namespace

Result<QByteArray> WslConfEdit::encodeValue(const QString &value)
{
    if (value.contains(u'\n') || value.contains(u'\r') || value.contains(QChar(0)))
        return Failure { tr("a wsl.conf value cannot hold a line break or NUL character") };
    QByteArray escaped;
    const QByteArray bytes = value.toUtf8();
    for (const char ch : bytes) {
        switch (ch) {
        case '\\':
            escaped.append("\\\\");
            break;
        case '"':
            escaped.append("\\\"");
            break;
        case '\t':
            escaped.append("\\t");
            break;
        case '\b':
            escaped.append("\\b");
            break;
        default:
            escaped.append(ch);
        }
    }
    // Quotes keep blanks at either end (WSL trims them otherwise) and make '#' text.
    const bool quote = bytes.contains('#') || bytes.startsWith(' ') || bytes.endsWith(' ');
    return quote ? '"' + escaped + '"' : escaped;
}

Result<QByteArray> WslConfEdit::set(
    const QByteArray &conf, const QString &section, const QString &key, const QString &value)
{
    if (const auto ok = checkName(tr("section"), section); !ok)
        return Failure { ok.error() };
    if (const auto ok = checkName(tr("key"), key); !ok)
        return Failure { ok.error() };
    if (const auto ok = checkReadable(conf); !ok)
        return Failure { ok.error() };
    const auto encoded = encodeValue(value);
    if (!encoded)
        return Failure { encoded.error() };
    const QByteArray name = settingName(section, key);
    const WslConfLayout layout = readWslConfLayout(conf);

    for (const WslConfLayout::Entry &entry : layout.entries) {
        if (entry.effective && entry.name() == name) {
            const QByteArray out = conf.left(entry.valueStart) + *encoded + conf.mid(entry.valueEnd);
            return verified(conf, out, name, value.toUtf8());
        }
    }

    TextLines lines = TextLines::split(conf);
    const QByteArray newLine = key.toUtf8() + '=' + *encoded;
    const QByteArray lowerSection = section.toLower().toUtf8();
    for (qsizetype i = 0; i < layout.sections.size(); ++i) {
        const WslConfLayout::Section &header = layout.sections.at(i);
        if (header.name.toLower() != lowerSection)
            continue;
        // The section's lines run to the next header (or to where WSL stops reading).
        const int next = i + 1 < layout.sections.size() ? layout.sections.at(i + 1).line : INT_MAX;
        int last = header.line;
        for (const WslConfLayout::Entry &entry : layout.entries) {
            if (entry.line > header.line && entry.line < next)
                last = qMax(last, entry.lastLine);
        }
        insertLines(lines, last, { newLine });
        return verified(conf, lines.join(), name, value.toUtf8());
    }

    const QByteArray header = '[' + section.toUtf8() + ']';
    if (layout.stoppedAtLine) {
        insertLines(lines, layout.stoppedAtLine - 1, { header, newLine });
    } else {
        QList<QByteArray> block { header, newLine };
        if (!lines.lines.isEmpty() && !lines.lines.constLast().text.trimmed().isEmpty())
            block.prepend({});
        insertLines(lines, lines.lines.size(), block);
    }
    return verified(conf, lines.join(), name, value.toUtf8());
}

Result<QByteArray> WslConfEdit::unset(const QByteArray &conf, const QString &section, const QString &key)
{
    if (const auto ok = checkName(tr("section"), section); !ok)
        return Failure { ok.error() };
    if (const auto ok = checkName(tr("key"), key); !ok)
        return Failure { ok.error() };
    const QByteArray name = settingName(section, key);
    const WslConfLayout layout = readWslConfLayout(conf);
    TextLines lines = TextLines::split(conf);
    bool changed = false;
    // Last first, so earlier line numbers stay valid.
    for (qsizetype i = layout.entries.size() - 1; i >= 0; --i) {
        const WslConfLayout::Entry &entry = layout.entries.at(i);
        if (entry.name() != name)
            continue;
        const bool endsFile = entry.lastLine == lines.lines.size() && lines.lacksFinalNewline();
        lines.lines.remove(entry.line - 1, entry.lastLine - entry.line + 1);
        if (endsFile && entry.line > 1)
            lines.lines[entry.line - 2].ending.clear();
        changed = true;
    }
    if (!changed)
        return conf;
    return verified(conf, lines.join(), name, std::nullopt);
}

} // namespace GoDual
