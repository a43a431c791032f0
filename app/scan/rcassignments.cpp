#include "scan/rcassignments.h"

#include "godefaults.h"

#include <QRegularExpression>

namespace GoDual::RcAssignments {

namespace {

bool isTracked(const QString &name) { return name == QLatin1StringView("PATH") || goVariables().contains(name); }

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(u'"') && value.endsWith(u'"')) || (value.startsWith(u'\'') && value.endsWith(u'\''))))
        return value.mid(1, value.size() - 2);
    return value;
}

// Splits a shell word list, keeping quoted parts together; enough for assignment lines.
QStringList words(const QString &text)
{
    QStringList out;
    QString current;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            current.append(c);
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            current.append(c);
        } else if (c == u'#' && current.isEmpty()) {
            break;
        } else if (c.isSpace() || c == u';') {
            if (!current.isEmpty())
                out.append(current);
            current.clear();
            if (c == u';')
                out.append(QStringLiteral(";"));
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

} // namespace

const QStringList &goVariables() { return GoDefaults::variables(); }

QList<RcAssignment> parse(const QString &file, int line, const QString &text)
{
    static const QRegularExpression assignment(QStringLiteral(R"(^([A-Za-z_][A-Za-z0-9_]*)(\+?=)(.*)$)"));
    QList<RcAssignment> result;
    const QStringList w = words(text);
    auto add = [&](const QString &name, const QString &value) {
        if (isTracked(name))
            result.append({ file, line, name, unquote(value), text.trimmed() });
    };
    for (qsizetype i = 0; i < w.size(); ++i) {
        const QString &word = w[i];
        // fish: set [-g|-U|-x|-gx|...] NAME VALUE...
        if (word == QLatin1StringView("set") && i + 2 < w.size()) {
            qsizetype j = i + 1;
            bool exported = false;
            while (j < w.size() && w[j].startsWith(u'-')) {
                exported = exported || w[j].contains(u'x') || w[j] == QLatin1StringView("--export");
                ++j;
            }
            if (exported && j + 1 < w.size()) {
                QStringList values;
                for (qsizetype k = j + 1; k < w.size() && w[k] != QLatin1StringView(";"); ++k)
                    values.append(unquote(w[k]));
                add(w[j], values.join(w[j] == QLatin1StringView("PATH") ? u':' : u' '));
            }
            break;
        }
        if (word == QLatin1StringView("fish_add_path") && i + 1 < w.size()) {
            add(QStringLiteral("PATH"), w[i + 1]);
            break;
        }
        const auto match = assignment.match(word);
        if (match.hasMatch())
            add(match.captured(1), match.captured(3));
    }
    return result;
}

} // namespace GoDual::RcAssignments
