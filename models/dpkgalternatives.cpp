#include "dpkgalternatives.h"

#include <QStringList>

#include <algorithm>

namespace GoDual {

bool AlternativeGroup::hasChoice(const QString &path) const
{
    return std::any_of(choices.cbegin(), choices.cend(), [&](const Choice &c) { return c.path == path; });
}

QByteArray AlternativeGroup::stateOf(bool manual, const QString &value)
{
    return (manual ? QByteArrayLiteral("manual ") : QByteArrayLiteral("auto ")) + value.toUtf8() + '\n';
}

Result<AlternativeGroup> DpkgAlternatives::parse(
    const QString &name, const QByteArray &admin, const QString &value, const QString &file)
{
    // dpkg writes every field on its own line, LF-terminated; the file ends with an empty line.
    QStringList lines = QString::fromUtf8(admin).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    qsizetype at = 0; // lines read so far: the number of the last one read
    // A failure at the line just read, or (atEnd) where the file stops too early.
    const auto fail = [&](const QString &what, bool atEnd = false) {
        return Failure { tr("%1:%2: %3").arg(file).arg(atEnd ? at + 1 : at).arg(what) };
    };
    const auto next = [&]() -> std::optional<QString> {
        if (at >= lines.size())
            return std::nullopt;
        return lines.at(at++);
    };

    AlternativeGroup group;
    group.name = name;
    group.value = value;
    const auto mode = next();
    if (mode != QLatin1StringView("auto") && mode != QLatin1StringView("manual"))
        return fail(tr("expected the mode, auto or manual"), !mode);
    group.manual = *mode == QLatin1StringView("manual");
    const auto link = next();
    if (!link || !link->startsWith(u'/'))
        return fail(tr("expected the master link, an absolute path"), !link);
    group.link = *link;
    qsizetype slaves = 0;
    for (;;) {
        const auto slave = next();
        if (!slave)
            return fail(tr("the list of slave links does not end with an empty line"), true);
        if (slave->isEmpty())
            break;
        if (!next())
            return fail(tr("slave %1 has no link").arg(*slave), true);
        ++slaves;
    }
    for (;;) {
        const auto path = next();
        if (!path || path->isEmpty())
            break; // the closing empty line, or the end of a file written without it
        const auto priority = next();
        bool number = false;
        const int p = priority ? priority->toInt(&number) : 0;
        if (!number)
            return fail(tr("choice %1 has no priority").arg(*path), !priority);
        for (qsizetype i = 0; i < slaves; ++i) {
            if (!next())
                return fail(tr("choice %1 lacks its slave paths").arg(*path), true);
        }
        group.choices.append({ *path, p });
    }
    if (group.choices.isEmpty())
        return fail(tr("no choice is registered for %1").arg(name));
    return group;
}

} // namespace GoDual
