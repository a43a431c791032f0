#include "diagnosis/sidepaths.h"

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
    // Compared in place, without building normalized copies: rules call this for every PATH
    // entry of every side.
    const bool windows = isWindows(side);
    auto isSep = [windows](QChar c) { return c == u'/' || (windows && c == u'\\'); };
    QStringView x = QStringView(a).trimmed();
    QStringView y = QStringView(b).trimmed();
    if (x.isEmpty() || y.isEmpty())
        return false;
    while (x.size() > 1 && isSep(x.back()) && !(windows && x.size() == 3))
        x.chop(1);
    while (y.size() > 1 && isSep(y.back()) && !(windows && y.size() == 3))
        y.chop(1);
    if (x.size() != y.size())
        return false;
    if (!windows)
        return x == y;
    for (qsizetype i = 0; i < x.size(); ++i) {
        const QChar cx = x[i];
        const QChar cy = y[i];
        if (cx == cy || (isSep(cx) && isSep(cy)))
            continue;
        if (cx.toCaseFolded() != cy.toCaseFolded())
            return false;
    }
    return true;
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
