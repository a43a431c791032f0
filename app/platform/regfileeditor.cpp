#include "platform/regfileeditor.h"

#include "platform/regfileparser.h"
#include "platform/regfileregistry.h"
#include "platform/regtext.h"

#include <QCoreApplication>
#include <QStringEncoder>

#include <algorithm>

namespace GoDual {

namespace {

// The file as lines of bytes: where each line starts, in the file's own encoding, so a splice
// leaves every byte around it alone (decoding and encoding again could change bytes that are not
// valid UTF-8 or UTF-16).
class LineMap {
public:
    explicit LineMap(const QByteArray &bytes)
        : m_utf16(regFileEncoding(bytes) == RegFileEncoding::Utf16Le)
        , m_size(bytes.size())
    {
        const qsizetype unit = m_utf16 ? 2 : 1;
        qsizetype pos = m_utf16 && bytes.startsWith("\xff\xfe") ? 2 : 0;
        m_starts.append(0);
        for (; pos + unit <= bytes.size(); pos += unit) {
            if (bytes.at(pos) == '\n' && (!m_utf16 || bytes.at(pos + 1) == '\0'))
                m_starts.append(pos + unit);
        }
        // A final line ending leaves an empty last "line" (as the parser's split does).
        const QByteArray eol = m_utf16 ? QByteArray("\r\0\n\0", 4) : QByteArray("\r\n");
        const qsizetype firstEnd = m_starts.size() > 1 ? m_starts.at(1) : -1;
        m_crlf = firstEnd >= eol.size() && bytes.mid(firstEnd - eol.size(), eol.size()) == eol;
    }

    // Lines are numbered from 1, as the parser numbers them.
    qsizetype start(int line) const { return line - 1 < m_starts.size() ? m_starts.at(line - 1) : m_size; }
    qsizetype end(int line) const { return line < m_starts.size() ? m_starts.at(line) : m_size; }
    int lineCount() const { return int(m_starts.size()); }
    bool endsWithNewline(int line) const { return line < m_starts.size(); }

    QByteArray encode(const QStringList &lines, bool finalNewline) const
    {
        const QString eol = m_crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
        QString text = lines.join(eol);
        if (finalNewline)
            text += eol;
        QStringEncoder encoder(m_utf16 ? QStringConverter::Utf16LE : QStringConverter::Utf8);
        return encoder(text);
    }

private:
    bool m_utf16;
    bool m_crlf = true;
    qsizetype m_size;
    QList<qsizetype> m_starts;
};

struct Splice {
    qsizetype from;
    qsizetype to;
    QByteArray bytes;
};

bool isKeyOrAncestor(const QString &candidate, const QString &key)
{
    return key == candidate || key.startsWith(candidate + u'\\');
}

Failure editFailure(const QString &path, const QString &where)
{
    return Failure { QCoreApplication::translate(
        "GoDual::RegFile", "cannot change %1 in the registry file %2: the edited file does not read back as intended")
            .arg(where, path) };
}

} // namespace

Result<RegFileEdit> editRegFile(const QByteArray &bytes, const QString &path, const QString &key, const QString &name,
    const std::optional<RegistryValue> &value)
{
    const Result<RegFileContents> parsed = parseRegFile(bytes, path);
    if (!parsed)
        return Failure { parsed.error() };
    const QString canonical = Registry::canonicalKey(key);
    const QString folded = canonical.toCaseFolded();
    const QString foldedName = name.toCaseFolded();

    // The blocks of the key a reader still applies: those after its (or an ancestor's) last deletion.
    QList<const RegFileKey *> live;
    for (const RegFileKey &block : parsed->keys) {
        const QString blockKey = Registry::canonicalKey(block.path).toCaseFolded();
        if (block.deleted && isKeyOrAncestor(blockKey, folded))
            live.clear();
        else if (!block.deleted && blockKey == folded)
            live.append(&block);
    }
    QList<const RegFileValue *> entries;
    for (const RegFileKey *block : std::as_const(live)) {
        for (const RegFileValue &entry : block->values) {
            if (entry.name.toCaseFolded() == foldedName)
                entries.append(&entry);
        }
    }
    const RegFileValue *last = entries.isEmpty() ? nullptr : entries.constLast();
    const std::optional<RegistryValue> current
        = last && !last->deleted ? std::optional<RegistryValue>(last->value) : std::nullopt;
    const auto same = [](const std::optional<RegistryValue> &a, const std::optional<RegistryValue> &b) {
        return a.has_value() == b.has_value() && (!a || (a->rawType == b->rawType && a->bytes == b->bytes));
    };
    if (same(current, value))
        return RegFileEdit { bytes, *parsed, false };

    const LineMap lines(bytes);
    QList<Splice> splices;
    if (value) {
        const QStringList text = regValueLines(last ? last->name : name, *value);
        if (last) {
            splices.append({ lines.start(last->line), lines.end(last->lastLine),
                lines.encode(text, lines.endsWithNewline(last->lastLine)) });
        } else if (!live.isEmpty()) {
            const RegFileKey *block = live.constLast();
            const int after = block->values.isEmpty() ? block->line : block->values.constLast().lastLine;
            const QByteArray newline = lines.endsWithNewline(after) ? QByteArray() : lines.encode({}, true);
            splices.append({ lines.end(after), lines.end(after), newline + lines.encode(text, true) });
        } else {
            // A new block at the end, spaced as `reg export` spaces them: a blank line before, and
            // the file's final blank line (if it has one) kept last.
            const int lastLine = lines.lineCount();
            const bool endsWithNewline = bytes.size() > 0 && lines.start(lastLine) == bytes.size();
            const bool endsWithBlank = endsWithNewline && lastLine >= 2
                && lines.encode({}, true).size() == lines.end(lastLine - 1) - lines.start(lastLine - 1);
            QStringList block;
            if (!endsWithNewline)
                block.append(QString());
            if (!endsWithBlank)
                block.append(QString());
            block.append(regKeyLine(canonical));
            block += text;
            if (endsWithBlank)
                block.append(QString());
            // Without a final newline, the first empty entry ends the last line.
            splices.append({ bytes.size(), bytes.size(), lines.encode(block, true) });
        }
    } else {
        for (const RegFileValue *entry : std::as_const(entries)) {
            if (!entry->deleted)
                splices.append({ lines.start(entry->line), lines.end(entry->lastLine), {} });
        }
    }

    QByteArray edited = bytes;
    std::sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) { return a.from > b.from; });
    for (const Splice &splice : std::as_const(splices))
        edited.replace(splice.from, splice.to - splice.from, splice.bytes);

    Result<RegFileContents> reparsed = parseRegFile(edited, path);
    const QString where = canonical + u'\\' + name;
    if (!reparsed)
        return editFailure(path, where);
    if (!same(RegFileRegistry(*reparsed).value(canonical, name), value))
        return editFailure(path, where);
    return RegFileEdit { edited, std::move(reparsed).value(), true };
}

} // namespace GoDual
