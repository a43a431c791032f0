#include "versionmanager.h"

#include <QStringList>

namespace GoDual {

QString VersionManager::firstVersion(const QByteArray &file)
{
    // goenv reads at most 1,024 bytes of each line; CR counts as white space.
    const QStringList lines = QString::fromUtf8(file).split(u'\n');
    for (const QString &line : lines) {
        const QString word = line.left(1024).simplified().section(u' ', 0, 0);
        if (word.isEmpty() || word.startsWith(u'#') || word == QLatin1StringView("..") || word.contains(u'/'))
            continue;
        return word;
    }
    return {};
}

} // namespace GoDual
