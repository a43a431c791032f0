#include "edit/misetoolsedit.h"

#include "edit/textlines.h"

#include <QRegularExpression>

namespace GoDual {

namespace {

// A table header line's name ("tools" for `[tools]`, `[ tools ] # x`); empty for other lines.
QString tableName(const QByteArray &line)
{
    static const QRegularExpression header(QStringLiteral(R"re(^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$)re"));
    const auto m = header.match(QString::fromUtf8(line));
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isTableLine(const QByteArray &line) { return line.trimmed().startsWith('['); }

// A `go = VALUE # comment` line in [tools]: the key (go, "go" or 'go'), what follows the '='.
const QRegularExpression &goKey()
{
    static const QRegularExpression key(QStringLiteral(R"re(^(\s*(?:go|"go"|'go')\s*=\s*)(.*)$)re"));
    return key;
}

// A basic or literal TOML string at the start of `value`, and what follows it (a comment).
const QRegularExpression &plainString()
{
    static const QRegularExpression string(QStringLiteral(R"re(^("([^"\\]*)"|'([^']*)')(\s*(#.*)?)$)re"));
    return string;
}

struct Located {
    qsizetype tools = -1; // the [tools] header's index
    qsizetype go = -1; // the go entry's index
    QString otherShape; // why the go entry is not one GoDual reads, naming its line
};

Located locate(const TextLines &lines)
{
    Located at;
    QString table;
    for (qsizetype i = 0; i < lines.lines.size(); ++i) {
        const QByteArray &text = lines.lines.at(i).text;
        const QString line = QString::fromUtf8(text);
        if (isTableLine(text)) {
            table = tableName(text);
            if (table == QLatin1StringView("tools") && at.tools < 0)
                at.tools = i;
            if (table == QLatin1StringView("tools.go") || table == QLatin1StringView("tools.\"go\""))
                at.otherShape = MiseToolsEdit::tr("line %1 is a [tools.go] table").arg(i + 1);
            continue;
        }
        if (table.isEmpty() && line.trimmed().startsWith(QLatin1StringView("tools.")))
            at.otherShape = MiseToolsEdit::tr("line %1 sets tools with a dotted key").arg(i + 1);
        if (table != QLatin1StringView("tools") || at.go >= 0)
            continue;
        const auto key = goKey().match(line);
        if (!key.hasMatch())
            continue;
        at.go = i;
        if (!plainString().match(key.captured(2)).hasMatch())
            at.otherShape = MiseToolsEdit::tr("line %1 gives go a value that is not one version string").arg(i + 1);
    }
    return at;
}

} // namespace

QStringList MiseToolsEdit::goVersions(const QByteArray &file)
{
    const TextLines lines = TextLines::split(file);
    const Located at = locate(lines);
    if (at.go < 0)
        return {};
    const QString value = goKey().match(QString::fromUtf8(lines.lines.at(at.go).text)).captured(2);
    if (const auto string = plainString().match(value); string.hasMatch())
        return { string.captured(2).isEmpty() ? string.captured(3) : string.captured(2) };
    // An array of strings: mise uses the first it has.
    static const QRegularExpression array(QStringLiteral(R"re(^\[(.*)\]\s*(#.*)?$)re"));
    QStringList versions;
    if (const auto m = array.match(value); m.hasMatch()) {
        static const QRegularExpression item(QStringLiteral(R"re("([^"\\]*)"|'([^']*)')re"));
        for (auto it = item.globalMatch(m.captured(1)); it.hasNext();) {
            const auto one = it.next();
            versions.append(one.captured(1).isEmpty() ? one.captured(2) : one.captured(1));
        }
    }
    return versions;
}

Result<QByteArray> MiseToolsEdit::setGo(const QByteArray &file, const QString &version)
{
    if (version.contains(u'"') || version.contains(u'\\') || version.contains(u'\n'))
        return Failure { tr("'%1' is not a version mise's config can hold as written").arg(version) };
    TextLines lines = TextLines::split(file);
    const Located at = locate(lines);
    if (!at.otherShape.isEmpty())
        return Failure { at.otherShape };
    const QByteArray entry = QStringLiteral("go = \"%1\"").arg(version).toUtf8();
    const QByteArray ending = lines.dominantEnding();
    if (at.go >= 0) {
        TextLine &line = lines.lines[at.go];
        const auto key = goKey().match(QString::fromUtf8(line.text));
        const QString rest = plainString().match(key.captured(2)).captured(4);
        line.text = QString(key.captured(1) + u'"' + version + u'"' + rest).toUtf8();
    } else if (at.tools >= 0) {
        // After a header that ends the file without a newline, the entry ends it that way.
        TextLine &header = lines.lines[at.tools];
        QByteArray entryEnding = ending;
        if (header.ending.isEmpty())
            std::swap(header.ending, entryEnding);
        lines.lines.insert(at.tools + 1, { entry, entryEnding });
    } else {
        if (lines.lacksFinalNewline())
            lines.lines.last().ending = ending;
        if (!lines.lines.isEmpty())
            lines.lines.append({ QByteArray(), ending });
        lines.lines.append({ QByteArrayLiteral("[tools]"), ending });
        lines.lines.append({ entry, ending });
    }
    return lines.join();
}

} // namespace GoDual
