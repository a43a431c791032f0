#include "archivepath.h"

#include <QCoreApplication>
#include <QStringList>

namespace GoDual::ArchivePath {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::ArchivePath", text); }

bool hasDriveLetter(QStringView s) { return s.size() >= 2 && s[1] == u':' && s[0].isLetter(); }

} // namespace

Result<QString> checkedEntryPath(const QString &name)
{
    QString path = name;
    // Directory entries may end in one slash; nothing else may be empty.
    if (path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty())
        return Failure { tr("an archive entry has an empty name") };
    if (path.contains(QChar(0)))
        return Failure { tr("archive entry '%1' contains a NUL character").arg(name) };
    if (path.startsWith(u'/') || hasDriveLetter(path))
        return Failure { tr("archive entry '%1' is an absolute path").arg(name) };
    if (path.contains(u'\\'))
        return Failure { tr("archive entry '%1' contains a backslash").arg(name) };
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1StringView(".") || part == QLatin1StringView(".."))
            return Failure { tr("archive entry '%1' has an empty, '.' or '..' component").arg(name) };
    }
    return path;
}

bool linkStaysInside(const QString &linkPath, const QString &target, const QSet<QString> &otherLinks)
{
    if (target.isEmpty() || target.startsWith(u'/') || target.contains(u'\\') || hasDriveLetter(target)
        || target.contains(QChar(0)))
        return false;
    // Resolve from the folder holding the link; the depth may never drop below the root, not even
    // in the middle of the target ("a/../../x" leaves the root although it might come back).
    QStringList stack = linkPath.split(u'/');
    stack.removeLast();
    const QStringList parts = target.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts[i];
        if (part == QLatin1StringView("."))
            continue;
        if (part == QLatin1StringView("..")) {
            if (stack.isEmpty())
                return false;
            stack.removeLast();
            continue;
        }
        stack.append(part);
        if (i + 1 < parts.size() && otherLinks.contains(stack.join(u'/')))
            return false;
    }
    return true;
}

} // namespace GoDual::ArchivePath
