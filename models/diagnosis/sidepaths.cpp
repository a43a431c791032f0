#include "sidepaths.h"

#include <QRegularExpression>

namespace GoDual::SidePaths {

namespace {
bool isWindows(const Side &side) { return side.id.kind() == SideId::Kind::Windows; }
} // namespace

QString normalized(const Side &side, const QString &path)
{
    QString p = path.trimmed();
    if (isWindows(side)) {
        p.replace(u'/', u'\\');
        while (p.size() > 3 && p.endsWith(u'\\'))
            p.chop(1);
        return p.toLower();
    }
    while (p.size() > 1 && p.endsWith(u'/'))
        p.chop(1);
    return p;
}

bool same(const Side &side, const QString &a, const QString &b)
{
    return !a.isEmpty() && normalized(side, a) == normalized(side, b);
}

bool isInside(const Side &side, const QString &path, const QString &dir)
{
    if (path.isEmpty() || dir.isEmpty())
        return false;
    const QString p = normalized(side, path);
    const QString d = normalized(side, dir);
    const QChar sep = isWindows(side) ? u'\\' : u'/';
    return p == d || p.startsWith(d.endsWith(sep) ? d : d + sep);
}

QString join(const Side &side, const QString &dir, const QString &name)
{
    const QChar sep = isWindows(side) ? u'\\' : u'/';
    return dir.endsWith(sep) ? QString(dir + name) : QString(dir + sep + name);
}

bool isDrvFsPath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^/mnt/[A-Za-z](/|$)"));
    return re.match(path).hasMatch();
}

bool isWindowsDrivePath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z]:[\\/])"));
    return re.match(path).hasMatch() || isWslUncPath(path);
}

bool isWslUncPath(const QString &path)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[\\/]{2}(wsl\$|wsl\.localhost)[\\/])"), QRegularExpression::CaseInsensitiveOption);
    return re.match(path).hasMatch();
}

const GoInstall *installAt(const Side &side, const QString &root)
{
    for (const GoInstall &i : side.installs) {
        if (same(side, i.goroot, root))
            return &i;
        for (const QString &alias : i.aliases) {
            if (same(side, alias, root))
                return &i;
        }
    }
    return nullptr;
}

} // namespace GoDual::SidePaths
