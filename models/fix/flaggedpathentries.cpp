#include "fix/flaggedpathentries.h"

#include "drvfspath.h"

namespace GoDual {

namespace {

// Whether `value` ends in `end` (lowercase ASCII), ignoring case. Compared from the last character
// back: an entry is ruled out at its first differing character from the end, which for almost all
// of a long PATH is the first one compared.
bool endsWithFolded(QStringView value, QLatin1StringView end)
{
    if (value.size() < end.size())
        return false;
    const qsizetype offset = value.size() - end.size();
    for (qsizetype i = end.size() - 1; i >= 0; --i) {
        const char16_t c = value.at(offset + i).unicode();
        const char16_t folded = c < 0x80 ? char16_t(c >= u'A' && c <= u'Z' ? c + 32 : c) : QChar::toCaseFolded(c);
        if (folded != char16_t(end.at(i).unicode()))
            return false;
    }
    return true;
}

// Whether `entry` is a Windows tool folder (and holds no Go) on a distro whose Windows drives are
// mounted under `automountRoot`.
bool isWindowsToolFolder(const PathEntry &entry, const QString &automountRoot)
{
    // Most entries end otherwise: ruled out without building the Windows path.
    static constexpr QLatin1StringView ends[] = { QLatin1StringView("/windows"), QLatin1StringView("/windows/system32"),
        QLatin1StringView("/microsoft vs code/bin") };
    QStringView value(entry.value);
    while (value.size() > 1 && value.endsWith(u'/'))
        value.chop(1);
    if (std::none_of(
            std::cbegin(ends), std::cend(ends), [&](QLatin1StringView end) { return endsWithFolded(value, end); }))
        return false;
    const QString windows = DrvFsPath::windowsPath(entry.value, automountRoot).toLower();
    if (windows.isEmpty() || !entry.goName.isEmpty())
        return false;
    static const QStringList tools { QStringLiteral(":\\windows"), QStringLiteral(":\\windows\\system32"),
        QStringLiteral("\\microsoft vs code\\bin") };
    return std::any_of(tools.cbegin(), tools.cend(), [&](const QString &t) { return windows.endsWith(t); });
}

} // namespace

const FlaggedPathEntries::Flagged &FlaggedPathEntries::of(const Side &side)
{
    const QString id = side.id.toString();
    if (const auto it = m_sides.constFind(id); it != m_sides.cend())
        return *it;
    Flagged flagged;
    for (qsizetype i = 0; i < side.path.size(); ++i) {
        const PathEntry &e = side.path.at(i);
        if (!e.exists)
            flagged.missing.append(i);
        if (e.duplicate)
            flagged.repeated.append(i);
        if (e.origin.kind() == Origin::Kind::AppendWindowsPath && isWindowsToolFolder(e, side.automountRoot))
            flagged.windowsTools.append(i);
    }
    return *m_sides.insert(id, flagged);
}

} // namespace GoDual
