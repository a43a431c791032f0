#include "edit/jsoncedit.h"

#include "edit/textlines.h"
#include "jsonc.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace GoDual {

namespace {

QByteArray compact(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

qsizetype lineStart(const QByteArray &bytes, qsizetype pos) { return bytes.lastIndexOf('\n', pos - 1) + 1; }

qsizetype lineEnd(const QByteArray &bytes, qsizetype pos)
{
    const qsizetype newline = bytes.indexOf('\n', pos);
    return newline < 0 ? bytes.size() : newline;
}

bool blank(const QByteArray &bytes) { return bytes.trimmed().isEmpty(); }

// The blanks before `pos` on its line when nothing else precedes it there, else nothing.
std::optional<QByteArray> indentBefore(const QByteArray &bytes, qsizetype pos)
{
    const QByteArray before = bytes.mid(lineStart(bytes, pos), pos - lineStart(bytes, pos));
    if (!blank(before))
        return std::nullopt;
    return before;
}

QList<std::pair<QString, QJsonValue>> membersExcept(const Jsonc::Object &object, const QString &key)
{
    QList<std::pair<QString, QJsonValue>> out;
    for (const Jsonc::Member &member : object.members) {
        if (member.key != key)
            out.append({ member.key, member.value });
    }
    return out;
}

Result<QByteArray> verified(
    const Jsonc::Object &before, const QByteArray &after, const QString &key, const std::optional<QJsonValue> &value)
{
    const auto reread = Jsonc::readObject(after);
    if (!reread)
        return Failure {
            JsoncEdit::tr("editing %1 would leave the settings unreadable (%2)").arg(key, reread.error())
        };
    const Jsonc::Member *member = reread->find(key);
    const bool valueOk = value ? member && member->value == *value : !member;
    if (!valueOk || membersExcept(before, key) != membersExcept(*reread, key))
        return Failure { JsoncEdit::tr("editing %1 would change other settings; the file is left as it is").arg(key) };
    return after;
}

} // namespace

Result<QByteArray> JsoncEdit::set(const QByteArray &settings, const QString &key, const QJsonValue &value)
{
    const auto object = Jsonc::readObject(settings);
    if (!object)
        return Failure { object.error() };
    const QByteArray valueText = compact(value);
    if (const Jsonc::Member *member = object->find(key)) {
        QByteArray out = settings;
        out.replace(member->valueStart, member->valueEnd - member->valueStart, valueText);
        return verified(*object, out, key, value);
    }
    const QByteArray ending = TextLines::split(settings).dominantEnding();
    QByteArray indent("    ");
    if (!object->members.isEmpty()) {
        if (const auto found = indentBefore(settings, object->members.constLast().keyStart))
            indent = *found;
    }
    const QByteArray member = compact(QJsonValue(key)) + ": " + valueText;
    QByteArray out = settings;
    if (!object->present) {
        if (!out.isEmpty() && !out.endsWith('\n'))
            out.append(ending);
        out.append("{" + ending + indent + member + ending + "}" + ending);
        return verified(*object, out, key, value);
    }
    const bool oneLine = !settings.mid(object->open, object->close - object->open).contains('\n');
    const bool closeOwnsLine = indentBefore(settings, object->close).has_value();
    if (object->members.isEmpty()) {
        if (closeOwnsLine && !oneLine) {
            out.insert(lineStart(settings, object->close), QByteArray(indent + member + ending));
        } else {
            // `{}` or `{ }` on one line: the object opens up onto lines of its own.
            const qsizetype from = object->open + 1;
            const bool onlyBlanks = blank(settings.mid(from, object->close - from));
            out.replace(from, onlyBlanks ? object->close - from : 0, QByteArray(ending + indent + member + ending));
        }
        return verified(*object, out, key, value);
    }
    const Jsonc::Member &last = object->members.constLast();
    // Later positions first, so earlier ones stay valid.
    if (oneLine) {
        if (last.comma < 0)
            out.insert(last.valueEnd, QByteArray(", " + member));
        else
            out.insert(object->close, QByteArray(" " + member));
    } else {
        if (closeOwnsLine)
            out.insert(lineStart(settings, object->close), QByteArray(indent + member + ending));
        else
            out.insert(object->close, QByteArray(ending + indent + member + ending));
        if (last.comma < 0)
            out.insert(last.valueEnd, ",");
    }
    return verified(*object, out, key, value);
}

Result<QByteArray> JsoncEdit::remove(const QByteArray &settings, const QString &key)
{
    const auto original = Jsonc::readObject(settings);
    if (!original)
        return Failure { original.error() };
    QByteArray out = settings;
    // One occurrence at a time, the last first, reading the result again each time.
    for (;;) {
        const auto object = Jsonc::readObject(out);
        if (!object)
            return Failure { object.error() };
        qsizetype index = -1;
        for (qsizetype i = object->members.size() - 1; i >= 0 && index < 0; --i) {
            if (object->members.at(i).key == key)
                index = i;
        }
        if (index < 0)
            break;
        const Jsonc::Member &member = object->members.at(index);
        qsizetype from = member.keyStart;
        qsizetype to = member.comma >= 0 ? member.comma + 1 : member.valueEnd;
        // A member alone on its line (a // comment after it counts as its own) takes the line.
        const QByteArray rest = out.mid(to, lineEnd(out, to) - to).trimmed();
        const bool ownLine = indentBefore(out, from) && (rest.isEmpty() || rest.startsWith("//"));
        if (ownLine) {
            from = lineStart(out, from);
            to = qMin(lineEnd(out, to) + 1, out.size());
        } else if (member.comma >= 0) {
            while (to < out.size() && (out.at(to) == ' ' || out.at(to) == '\t'))
                ++to; // the blanks before the next member on the same line
        }
        const qsizetype previousComma = index > 0 ? object->members.at(index - 1).comma : -1;
        if (member.comma < 0 && previousComma >= 0 && !ownLine
            && !out.mid(previousComma, from - previousComma).contains('\n')) {
            from = previousComma; // ", member" on one line goes as a whole
            out.remove(from, to - from);
        } else {
            out.remove(from, to - from);
            if (member.comma < 0 && previousComma >= 0)
                out.remove(previousComma, 1);
        }
    }
    return verified(*original, out, key, std::nullopt);
}

} // namespace GoDual
