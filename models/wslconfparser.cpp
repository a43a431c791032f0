#include "wslconfparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace GoDual {

namespace {

constexpr int kEof = -1;
// A garbage file of many lines must not produce an unbounded issue list.
constexpr qsizetype kMaxIssues = 200;
constexpr qsizetype kMaxIgnoredNamed = 12;

enum class Invalid { KeyStart, SectionName, ExpectedEol, ExpectedEquals, Escape, UnclosedQuote, Bom };

// The parser's charset tests are the C locale's: ASCII only.
bool isAlpha(int ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }
bool isAlnum(int ch) { return isAlpha(ch) || (ch >= '0' && ch <= '9'); }
bool isHSpace(int ch) { return ch == ' ' || ch == '\t'; }

// What the lexer hands over: settings and invalid lines, in file order. It always skips
// invalid lines so that the settings WSL ignores after the first one can be named.
class Sink {
public:
    virtual ~Sink() = default;
    // `key` is "section.key" as written; `valueStart`..`valueEnd` the value's raw bytes (quotes and
    // escapes included, blanks around it and a comment after it not).
    virtual void setting(
        const QByteArray &key, const QByteArray &value, qsizetype pos, qsizetype valueStart, qsizetype valueEnd)
        = 0;
    virtual void invalid(Invalid reason, qsizetype pos, int found) = 0;
    virtual void section(const QByteArray & /*name*/, qsizetype /*pos*/) { }
};

// A transcription of WSL's character-level state machine onto a byte buffer.
class Lexer {
public:
    explicit Lexer(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }

    void run(Sink &sink)
    {
        int ch = 0;
        for (;;) {
            // Top of WSL's "NewLine" loop: a pending '#' means a comment to skip.
            if (ch == '#') {
                do {
                    ch = get();
                    if (ch == '\r')
                        ch = get();
                } while (ch != '\n' && ch != kEof);
            }
            if (m_eof)
                return;
            while (isHSpace(ch = get())) { }
            if (ch == kEof || ch == '\n' || ch == '#')
                continue;
            if (ch == '\r') {
                const int next = get();
                if (next != '\n')
                    unget(next);
                continue;
            }
            const bool ok = ch == '[' ? section(ch, sink) : keyValue(ch, sink);
            if (!ok) {
                while (ch != kEof && ch != '\n')
                    ch = get();
            }
        }
    }

private:
    int get()
    {
        if (m_pos >= m_bytes.size()) {
            m_eof = true;
            return kEof;
        }
        return static_cast<unsigned char>(m_bytes.at(m_pos++));
    }
    void unget(int ch)
    {
        if (ch != kEof)
            --m_pos;
    }
    // Position of the character last returned by get().
    qsizetype pos(int ch) const { return ch == kEof ? m_bytes.size() : m_pos - 1; }

    bool fail(Sink &sink, Invalid reason, qsizetype at, int found)
    {
        sink.invalid(reason, at, found);
        return false;
    }

    bool section(int &ch, Sink &sink)
    {
        const qsizetype start = pos(ch);
        ch = get();
        if (!isAlpha(ch))
            return fail(sink, Invalid::SectionName, pos(ch), ch);
        QByteArray name;
        do {
            name.append(char(ch));
            ch = get();
        } while (isAlnum(ch));
        if (ch != ']')
            return fail(sink, Invalid::SectionName, pos(ch), ch);
        while (isHSpace(ch = get())) { }
        if (ch != kEof && ch != '\n' && ch != '\r' && ch != '#')
            return fail(sink, Invalid::ExpectedEol, pos(ch), ch);
        m_section = name;
        sink.section(name, start);
        return true;
    }

    bool keyValue(int &ch, Sink &sink)
    {
        const qsizetype start = pos(ch);
        if (!isAlpha(ch)) {
            if (start == 0 && m_bytes.startsWith("\xef\xbb\xbf")) {
                // WSL stops here; reading on after the three BOM bytes (instead of skipping the
                // line) lets the ignored settings be named with their sections.
                sink.invalid(Invalid::Bom, start, ch);
                m_pos = 3;
                ch = 0;
                return true;
            }
            return fail(sink, Invalid::KeyStart, start, ch);
        }
        QByteArray key = m_section.isEmpty() ? QByteArray() : m_section + '.';
        do {
            key.append(char(ch));
            ch = get();
        } while (isAlnum(ch));
        while (isHSpace(ch))
            ch = get();
        if (ch != '=')
            return fail(sink, Invalid::ExpectedEquals, pos(ch), ch);
        while (isHSpace(ch = get())) { }

        const qsizetype valueStart = pos(ch);
        qsizetype valueEnd = valueStart;
        QByteArray value;
        qsizetype trimmedLength = 0;
        bool inQuote = false;
        while (ch != kEof && ch != '\n' && ch != '\r') {
            if (ch == '"') {
                inQuote = !inQuote;
            } else if (ch == '\\') {
                const qsizetype backslash = pos(ch);
                const int escaped = get();
                switch (escaped) {
                case '\\':
                case '"':
                    value.append(char(escaped));
                    break;
                case 'b':
                    value.append('\b');
                    break;
                case 'n':
                    value.append('\n');
                    break;
                case 't':
                    value.append('\t');
                    break;
                case '\n':
                    // A line continuation counts as content for the trimming (as in WSL), but the
                    // value's raw text ends before it unless more follows.
                    trimmedLength = value.size();
                    ch = get();
                    continue;
                default:
                    return fail(sink, Invalid::Escape, backslash, escaped);
                }
            } else if (ch == '#' && !inQuote) {
                break; // the comment is skipped at the top of run()
            } else {
                value.append(char(ch));
            }
            // WSL trims trailing blanks, but a closing quote or an escape counts as content,
            // which is how quoted and escaped blanks survive.
            if (!isHSpace(ch)) {
                trimmedLength = value.size();
                valueEnd = m_pos;
            }
            ch = get();
        }
        if (inQuote)
            return fail(sink, Invalid::UnclosedQuote, pos(ch), ch);
        value.truncate(trimmedLength);
        sink.setting(key, value, start, valueStart, valueEnd);
        return true;
    }

    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
    bool m_eof = false;
    QByteArray m_section;
};

enum class Type { Bool, String, Int, CGroup };

struct KnownKey {
    const char *name;
    Type type;
};

// Every key WslDistributionConfig registers (microsoft/WSL src/linux/init/WslDistributionConfig.cpp).
constexpr KnownKey kKnownKeys[] = {
    { "automount.enabled", Type::Bool },
    { "automount.root", Type::String },
    { "automount.options", Type::String },
    { "automount.mountFsTab", Type::Bool },
    { "automount.ldconfig", Type::Bool },
    { "automount.cgroups", Type::CGroup },
    { "filesystem.umask", Type::Int },
    { "interop.appendWindowsPath", Type::Bool },
    { "interop.enabled", Type::Bool },
    { "network.generateHosts", Type::Bool },
    { "network.generateResolvConf", Type::Bool },
    { "network.hostname", Type::String },
    { "time.useWindowsTimezone", Type::Bool },
    { "fileServer.enabled", Type::Bool },
    { "fileServer.logFile", Type::String },
    { "fileServer.logLevel", Type::Int },
    { "fileServer.logTruncate", Type::Bool },
    { "gpu.enabled", Type::Bool },
    { "gpu.appendLibPath", Type::Bool },
    { "user.default", Type::String },
    { "boot.command", Type::String },
    { "boot.systemd", Type::Bool },
    { "boot.initTimeout", Type::Int },
    { "boot.protectBinfmt", Type::Bool },
    { "general.guiApplications", Type::Bool },
};

const KnownKey *findKey(const QByteArray &key)
{
    for (const KnownKey &known : kKnownKeys) {
        if (qstricmp(known.name, key.constData()) == 0)
            return &known;
    }
    return nullptr;
}

std::optional<bool> parseBool(const QByteArray &value)
{
    if (value == "1" || qstricmp(value.constData(), "true") == 0)
        return true;
    if (value == "0" || qstricmp(value.constData(), "false") == 0)
        return false;
    return std::nullopt;
}

bool isInt(const QByteArray &value)
{
    // strtol(value, &end, 0) as WSL calls it: decimal, 0x hex, leading-0 octal.
    if (value.isEmpty())
        return false;
    char *end = nullptr;
    const long number = std::strtol(value.constData(), &end, 0);
    return *end == '\0' && number >= INT_MIN && number <= INT_MAX;
}

QString display(const QByteArray &bytes)
{
    constexpr qsizetype kMax = 200;
    QString text = QString::fromUtf8(bytes);
    if (text.size() > kMax)
        text = text.left(kMax) + u'\u2026';
    return text;
}

class Applier : public Sink {
    Q_DECLARE_TR_FUNCTIONS(GoDual::WslConf)

public:
    Applier(const QByteArray &bytes, WslConfig &config)
        : m_bytes(bytes)
        , m_config(config)
    {
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (bytes.at(i) == '\n')
                m_newlines.append(i);
        }
    }

    void setting(const QByteArray &key, const QByteArray &value, qsizetype pos, qsizetype, qsizetype) override
    {
        const int line = lineOf(pos);
        const KnownKey *known = findKey(key);
        const QString name = known ? QString::fromLatin1(known->name) : display(key);
        if (m_stop) {
            ++m_ignoredCount;
            if (m_ignored.size() < kMaxIgnoredNamed)
                m_ignored.append(tr("%1 (line %2)").arg(name, QString::number(line)));
            return;
        }
        if (!known) {
            addIssue(line, WslConfIssue::UnknownKey,
                tr("%1:%2: WSL does not know the setting %3 and ignores it")
                    .arg(m_config.path, QString::number(line), name));
            return;
        }
        const auto seen = m_seen.constFind(known);
        if (seen != m_seen.cend()) {
            addIssue(line, WslConfIssue::DuplicateKey,
                tr("%1:%2: %3 is already set on line %4; WSL keeps the first one and ignores this line")
                    .arg(m_config.path, QString::number(line), name, QString::number(*seen)));
            return;
        }
        // WSL marks a key as set even when its value is rejected, so a later duplicate does
        // not rescue it.
        m_seen.insert(known, line);
        apply(*known, name, value, line);
    }

    void invalid(Invalid reason, qsizetype pos, int found) override
    {
        if (m_stop)
            return; // WSL never gets here; only settings after the stop matter
        m_stop = true;
        m_stopLine = lineOf(pos);
        m_stopReason = reasonText(reason, found);
    }

    void finish()
    {
        if (m_stop) {
            m_config.stoppedAtLine = m_stopLine;
            QString message;
            if (m_ignoredCount == 0) {
                message = tr("%1:%2: WSL stops reading the file at this line (%3); nothing after it is read")
                              .arg(m_config.path, QString::number(m_stopLine), m_stopReason);
            } else {
                QString ignored = m_ignored.join(QStringLiteral(", "));
                if (m_ignoredCount > m_ignored.size()) {
                    ignored += tr(" and %1 more").arg(QString::number(m_ignoredCount - m_ignored.size()));
                }
                message = tr("%1:%2: WSL stops reading the file at this line (%3); every later setting "
                             "keeps its default, so these are ignored: %4")
                              .arg(m_config.path, QString::number(m_stopLine), m_stopReason, ignored);
            }
            m_config.issues.append({ m_stopLine, lineText(m_stopLine), WslConfIssue::ParseStopped, message });
        }
        const qsizetype crlf = m_bytes.indexOf("\r\n");
        if (crlf >= 0) {
            m_config.crlf = true;
            const int line = lineOf(crlf);
            m_config.issues.append({ line, lineText(line), WslConfIssue::CrLf,
                tr("%1:%2: the file has Windows (CRLF) line endings; released WSL builds (2.3.26 among "
                   "them) ignore such a file, so its settings may not apply. Save it with LF line endings")
                    .arg(m_config.path, QString::number(line)) });
        }
        std::stable_sort(m_config.issues.begin(), m_config.issues.end(),
            [](const WslConfIssue &a, const WslConfIssue &b) { return a.line < b.line; });
    }

private:
    int lineOf(qsizetype pos) const
    {
        const auto before = std::lower_bound(m_newlines.cbegin(), m_newlines.cend(), pos);
        return int(before - m_newlines.cbegin()) + 1;
    }

    QString lineText(int line) const
    {
        const qsizetype start = line > 1 ? m_newlines.at(line - 2) + 1 : 0;
        const qsizetype end = line - 1 < m_newlines.size() ? m_newlines.at(line - 1) : m_bytes.size();
        QByteArray text = m_bytes.mid(start, end - start);
        while (text.endsWith('\r'))
            text.chop(1);
        return display(text);
    }

    void addIssue(int line, WslConfIssue::Kind kind, const QString &message)
    {
        if (m_config.issues.size() < kMaxIssues)
            m_config.issues.append({ line, lineText(line), kind, message });
    }

    void invalidValue(const QString &name, const QByteArray &value, int line, const QString &accepted)
    {
        addIssue(line, WslConfIssue::InvalidValue,
            tr("%1:%2: '%3' is not a valid value for %4 (WSL accepts %5); the default applies")
                .arg(m_config.path, QString::number(line), display(value), name, accepted));
    }

    void apply(const KnownKey &key, const QString &name, const QByteArray &value, int line)
    {
        switch (key.type) {
        case Type::Bool: {
            const std::optional<bool> parsed = parseBool(value);
            if (!parsed) {
                invalidValue(name, value, line, tr("true, false, 1 or 0"));
                return;
            }
            const QByteArray lower = QByteArray(key.name).toLower();
            WslConfSetting<bool> *target = lower == "interop.enabled" ? &m_config.interopEnabled
                : lower == "interop.appendwindowspath"                ? &m_config.interopAppendWindowsPath
                : lower == "boot.systemd"                             ? &m_config.bootSystemd
                : lower == "automount.enabled"                        ? &m_config.automountEnabled
                                                                      : nullptr;
            if (target)
                *target = { *parsed, line };
            return;
        }
        case Type::Int:
            if (!isInt(value))
                invalidValue(name, value, line, tr("an integer"));
            return;
        case Type::CGroup:
            if (value != "v1" && value != "v2")
                invalidValue(name, value, line, tr("v1 or v2"));
            return;
        case Type::String: {
            const QByteArray lower = QByteArray(key.name).toLower();
            const QString text = QString::fromUtf8(value);
            if (lower == "user.default") {
                m_config.userDefault = { text, line };
            } else if (lower == "boot.command") {
                m_config.bootCommand = { text, line };
            } else if (lower == "automount.root") {
                m_config.automountRoot = { text.endsWith(u'/') ? text : text + u'/', line };
            }
            return;
        }
        }
    }

    static QString reasonText(Invalid reason, int found)
    {
        switch (reason) {
        case Invalid::KeyStart:
            if (found == ';')
                return tr("';' does not start a comment in wsl.conf, '#' does");
            return tr("a line must start with a key (a letter), '[' or '#'");
        case Invalid::SectionName:
            return tr("a section header must be letters and digits directly inside [ ]");
        case Invalid::ExpectedEol:
            return tr("only a '#' comment may follow a section header");
        case Invalid::ExpectedEquals:
            return tr("a key must be letters and digits followed by '='");
        case Invalid::Escape:
            if (found == kEof || found == '\r')
                return tr("a backslash at the end of a line must be followed by an LF line ending");
            return tr("'\\%1' is not an escape WSL accepts (write '\\\\' for a backslash)")
                .arg(found < 0x80 ? QString(QChar(found)) : QStringLiteral("\\x%1").arg(found, 2, 16));
        case Invalid::UnclosedQuote:
            return tr("a quote is not closed");
        case Invalid::Bom:
            return tr("the file starts with a UTF-8 byte order mark");
        }
        Q_UNREACHABLE_RETURN(QString());
    }

    const QByteArray &m_bytes;
    WslConfig &m_config;
    QList<qsizetype> m_newlines;
    QHash<const KnownKey *, int> m_seen;
    bool m_stop = false;
    int m_stopLine = 0;
    QString m_stopReason;
    QStringList m_ignored;
    qsizetype m_ignoredCount = 0;
};

// Records where each setting and section header sits, up to the line that ends WSL's parse.
class LayoutRecorder : public Sink {
public:
    LayoutRecorder(const QByteArray &bytes, WslConfLayout &layout)
        : m_layout(layout)
    {
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (bytes.at(i) == '\n')
                m_newlines.append(i);
        }
    }

    void setting(const QByteArray &key, const QByteArray &value, qsizetype pos, qsizetype valueStart,
        qsizetype valueEnd) override
    {
        if (m_layout.stoppedAtLine)
            return;
        WslConfLayout::Entry entry;
        const qsizetype dot = key.indexOf('.');
        entry.section = dot < 0 ? QByteArray() : key.left(dot);
        entry.key = dot < 0 ? key : key.mid(dot + 1);
        entry.value = value;
        entry.line = lineOf(pos);
        entry.lastLine = valueEnd > valueStart ? lineOf(valueEnd - 1) : entry.line;
        entry.valueStart = valueStart;
        entry.valueEnd = valueEnd;
        const QByteArray name = key.toLower();
        entry.effective = !m_seen.contains(name);
        m_seen.insert(name);
        m_layout.entries.append(entry);
    }

    void invalid(Invalid, qsizetype pos, int) override
    {
        if (!m_layout.stoppedAtLine)
            m_layout.stoppedAtLine = lineOf(pos);
    }

    void section(const QByteArray &name, qsizetype pos) override
    {
        if (!m_layout.stoppedAtLine)
            m_layout.sections.append({ name, lineOf(pos) });
    }

private:
    int lineOf(qsizetype pos) const
    {
        const auto before = std::lower_bound(m_newlines.cbegin(), m_newlines.cend(), pos);
        return int(before - m_newlines.cbegin()) + 1;
    }

    WslConfLayout &m_layout;
    QList<qsizetype> m_newlines;
    QSet<QByteArray> m_seen;
};

} // namespace

QMap<QByteArray, QByteArray> WslConfLayout::effectiveValues() const
{
    QMap<QByteArray, QByteArray> values;
    for (const Entry &entry : entries) {
        if (entry.effective)
            values.insert(entry.name(), entry.value);
    }
    return values;
}

WslConfLayout readWslConfLayout(const QByteArray &content)
{
    WslConfLayout layout;
    LayoutRecorder recorder(content, layout);
    Lexer(content).run(recorder);
    return layout;
}

WslConfig parseWslConf(const QByteArray &content, const QString &path)
{
    WslConfig config;
    config.path = path;
    Applier applier(content, config);
    Lexer(content).run(applier);
    applier.finish();
    return config;
}

} // namespace GoDual
