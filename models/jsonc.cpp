#include "jsonc.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace GoDual::Jsonc {

namespace {

// Nested deeper than this, a document is refused rather than read by deep recursion.
constexpr int kMaxDepth = 256;

class Reader {
    Q_DECLARE_TR_FUNCTIONS(GoDual::Jsonc)

public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }

    Result<Object> read()
    {
        Object object;
        if (m_bytes.startsWith("\xef\xbb\xbf"))
            m_pos = 3;
        if (!skipBlanks())
            return failure();
        if (m_pos >= m_bytes.size())
            return object;
        if (m_bytes.at(m_pos) != '{')
            return error(tr("the settings must be one JSON object, starting with '{'"));
        object.present = true;
        object.open = m_pos++;
        for (;;) {
            if (!skipBlanks())
                return failure();
            if (m_pos >= m_bytes.size())
                return error(tr("the object is not closed with '}'"));
            if (m_bytes.at(m_pos) == '}')
                break;
            if (!object.members.isEmpty() && object.members.constLast().comma < 0)
                return error(tr("expected ',' or '}'"));
            Member member;
            member.keyStart = m_pos;
            member.line = lineAt(m_pos);
            const auto key = string();
            if (!key)
                return failure();
            member.key = *key;
            if (!skipBlanks())
                return failure();
            if (m_pos >= m_bytes.size() || m_bytes.at(m_pos) != ':')
                return error(tr("expected ':' after the key"));
            ++m_pos;
            if (!skipBlanks())
                return failure();
            member.valueStart = m_pos;
            QByteArray plain;
            if (!value(plain, 0))
                return failure();
            member.valueEnd = m_pos;
            const QJsonDocument doc = QJsonDocument::fromJson('[' + plain + ']');
            member.value = doc.array().at(0);
            if (!skipBlanks())
                return failure();
            if (m_pos < m_bytes.size() && m_bytes.at(m_pos) == ',')
                member.comma = m_pos++;
            object.members.append(member);
        }
        object.close = m_pos++;
        if (!skipBlanks())
            return failure();
        if (m_pos < m_bytes.size())
            return error(tr("unexpected text after the closing '}'"));
        return object;
    }

private:
    bool fail(const QString &what)
    {
        m_error = tr("%1:%2: %3").arg(QString::number(lineAt(m_pos)), QString::number(columnAt(m_pos)), what);
        return false;
    }
    Failure failure() const { return Failure { m_error }; }
    Failure error(const QString &what)
    {
        fail(what);
        return failure();
    }

    int lineAt(qsizetype pos) const { return int(m_bytes.left(pos).count('\n')) + 1; }
    int columnAt(qsizetype pos) const
    {
        const qsizetype start = m_bytes.lastIndexOf('\n', pos - 1) + 1;
        int column = 1;
        for (qsizetype i = start; i < pos && i < m_bytes.size(); ++i) {
            if ((static_cast<unsigned char>(m_bytes.at(i)) & 0xc0) != 0x80)
                ++column;
        }
        return column;
    }

    // Blanks and comments.
    bool skipBlanks()
    {
        while (m_pos < m_bytes.size()) {
            const char ch = m_bytes.at(m_pos);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
                ++m_pos;
            } else if (m_bytes.mid(m_pos, 2) == "//") {
                const qsizetype end = m_bytes.indexOf('\n', m_pos);
                m_pos = end < 0 ? m_bytes.size() : end;
            } else if (m_bytes.mid(m_pos, 2) == "/*") {
                const qsizetype end = m_bytes.indexOf("*/", m_pos + 2);
                if (end < 0)
                    return fail(tr("the comment is not closed with '*/'"));
                m_pos = end + 2;
            } else {
                break;
            }
        }
        return true;
    }

    Result<QString> string()
    {
        if (m_pos >= m_bytes.size() || m_bytes.at(m_pos) != '"') {
            fail(tr("expected a string in double quotes"));
            return failure();
        }
        const qsizetype start = m_pos++;
        while (m_pos < m_bytes.size() && m_bytes.at(m_pos) != '"') {
            if (m_bytes.at(m_pos) == '\n') {
                fail(tr("the string is not closed on its line"));
                return failure();
            }
            m_pos += m_bytes.at(m_pos) == '\\' ? 2 : 1;
        }
        if (m_pos >= m_bytes.size()) {
            fail(tr("the string is not closed"));
            return failure();
        }
        ++m_pos;
        const QJsonDocument doc = QJsonDocument::fromJson('[' + m_bytes.mid(start, m_pos - start) + ']');
        if (!doc.isArray() || !doc.array().at(0).isString()) {
            m_pos = start;
            fail(tr("the string is not valid JSON (an escape or a control character)"));
            return failure();
        }
        return doc.array().at(0).toString();
    }

    // One value; `plain` collects it without comments and trailing commas.
    bool value(QByteArray &plain, int depth)
    {
        if (depth > kMaxDepth)
            return fail(tr("nested too deeply"));
        if (m_pos >= m_bytes.size())
            return fail(tr("expected a value"));
        const char ch = m_bytes.at(m_pos);
        if (ch == '"') {
            const qsizetype start = m_pos;
            if (!string())
                return false;
            plain.append(m_bytes.mid(start, m_pos - start));
            return true;
        }
        if (ch == '{' || ch == '[') {
            const char close = ch == '{' ? '}' : ']';
            plain.append(ch);
            ++m_pos;
            bool first = true;
            for (;;) {
                if (!skipBlanks())
                    return false;
                if (m_pos >= m_bytes.size())
                    return fail(tr("expected '%1'").arg(QLatin1Char(close)));
                if (m_bytes.at(m_pos) == close) {
                    ++m_pos;
                    plain.append(close);
                    return true;
                }
                if (!first) {
                    if (m_bytes.at(m_pos) != ',')
                        return fail(tr("expected ',' or '%1'").arg(QLatin1Char(close)));
                    ++m_pos;
                    if (!skipBlanks())
                        return false;
                    if (m_pos < m_bytes.size() && m_bytes.at(m_pos) == close)
                        continue; // a trailing comma
                    plain.append(',');
                }
                first = false;
                if (ch == '{') {
                    const qsizetype start = m_pos;
                    if (!string())
                        return false;
                    plain.append(m_bytes.mid(start, m_pos - start));
                    if (!skipBlanks())
                        return false;
                    if (m_pos >= m_bytes.size() || m_bytes.at(m_pos) != ':')
                        return fail(tr("expected ':' after the key"));
                    ++m_pos;
                    plain.append(':');
                    if (!skipBlanks())
                        return false;
                }
                if (!value(plain, depth + 1))
                    return false;
            }
        }
        // A number, true, false or null: checked by the JSON parser.
        const qsizetype start = m_pos;
        while (m_pos < m_bytes.size()) {
            const char c = m_bytes.at(m_pos);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '+'
                    || c == '-'))
                break;
            ++m_pos;
        }
        const QByteArray word = m_bytes.mid(start, m_pos - start);
        const QJsonDocument doc = QJsonDocument::fromJson('[' + word + ']');
        if (word.isEmpty() || !doc.isArray() || doc.array().size() != 1) {
            m_pos = start;
            return fail(tr("expected a value"));
        }
        plain.append(word);
        return true;
    }

    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace

const Member *Object::find(const QString &key) const
{
    for (qsizetype i = members.size() - 1; i >= 0; --i) {
        if (members.at(i).key == key)
            return &members.at(i);
    }
    return nullptr;
}

Result<Object> readObject(const QByteArray &bytes) { return Reader(bytes).read(); }

} // namespace GoDual::Jsonc
