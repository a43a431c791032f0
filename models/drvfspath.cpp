#include "drvfspath.h"

namespace GoDual::DrvFsPath {

QString normalizedRoot(const QString &automountRoot)
{
    if (automountRoot.isEmpty())
        return QString(defaultAutomountRoot);
    return automountRoot.endsWith(u'/') ? automountRoot : automountRoot + u'/';
}

bool isWindowsDrive(const QString &path, const QString &automountRoot)
{
    const QString root = normalizedRoot(automountRoot);
    if (!path.startsWith(root))
        return false;
    const QStringView rest = QStringView(path).mid(root.size());
    const char16_t letter = rest.isEmpty() ? 0 : rest[0].unicode();
    const bool isLetter = (letter >= u'a' && letter <= u'z') || (letter >= u'A' && letter <= u'Z');
    return isLetter && (rest.size() == 1 || rest[1] == u'/');
}

QString windowsPath(const QString &path, const QString &automountRoot)
{
    if (!isWindowsDrive(path, automountRoot))
        return {};
    const QString root = normalizedRoot(automountRoot);
    QString rest = path.mid(root.size() + 1);
    while (rest.size() > 1 && rest.endsWith(u'/'))
        rest.chop(1);
    rest.replace(u'/', u'\\');
    return path.at(root.size()).toUpper() + u':' + (rest.isEmpty() ? QStringLiteral("\\") : rest);
}

} // namespace GoDual::DrvFsPath
