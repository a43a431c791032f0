#include "edit/lineedit.h"

#include "edit/textlines.h"
#include "wslenv.h"

namespace GoDual {

namespace {

Result<void> checkLine(const TextLines &lines, int line)
{
    if (line < 1 || line > lines.lines.size())
        return Failure { LineEdit::tr("line %1 is outside the file (%2 lines)")
                .arg(QString::number(line), QString::number(lines.lines.size())) };
    return {};
}

} // namespace

Result<QByteArray> LineEdit::replaceLine(const QByteArray &file, int line, const QString &text)
{
    if (text.contains(u'\n') || text.contains(u'\r'))
        return Failure { tr("the new text of line %1 holds a line break").arg(QString::number(line)) };
    TextLines lines = TextLines::split(file);
    if (const auto ok = checkLine(lines, line); !ok)
        return Failure { ok.error() };
    lines.lines[line - 1].text = text.toUtf8();
    return lines.join();
}

Result<QByteArray> LineEdit::removeLine(const QByteArray &file, int line)
{
    TextLines lines = TextLines::split(file);
    if (const auto ok = checkLine(lines, line); !ok)
        return Failure { ok.error() };
    const bool lastWithoutNewline = line == lines.lines.size() && lines.lines.at(line - 1).ending.isEmpty();
    lines.lines.removeAt(line - 1);
    if (lastWithoutNewline && line > 1)
        lines.lines[line - 2].ending.clear();
    return lines.join();
}

QString WslEnvEdit::withoutEntries(const QString &wslenvValue, const QStringList &names)
{
    QStringList kept;
    bool removed = false;
    const QList<WslEnvEntry> entries = parseWslEnv(wslenvValue);
    for (const WslEnvEntry &entry : entries) {
        if (names.contains(entry.name))
            removed = true;
        else
            kept.append(entry.text);
    }
    // Nothing to remove: the text stays as written, to the byte.
    return removed ? kept.join(u':') : wslenvValue;
}

} // namespace GoDual
