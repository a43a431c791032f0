#include "windowsfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace GoDual {

QString windowsPathJoin(const QString &dir, const QString &name)
{
    if (dir.endsWith(u'\\') || dir.endsWith(u'/'))
        return dir + name;
    return dir + u'\\' + name;
}

namespace {

class MappedWindowsFiles final : public WindowsFiles {
public:
    explicit MappedWindowsFiles(QString root)
        : m_root(std::move(root))
    {
    }

    bool isFile(const QString &p) const override { return QFileInfo(local(p)).isFile(); }
    bool isDir(const QString &p) const override
    {
        const QString l = local(p);
        return !l.isEmpty() && QFileInfo(l).isDir();
    }
    QByteArray read(const QString &p, qint64 maxBytes) const override
    {
        QFile f(local(p));
        return f.open(QIODevice::ReadOnly) ? f.read(maxBytes) : QByteArray();
    }
    QStringList subdirs(const QString &dir, const QString &prefix) const override
    {
        const QString l = local(dir);
        if (l.isEmpty())
            return {};
        QStringList out;
        const QStringList names = QDir(l).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &n : names) {
            if (n.startsWith(prefix, Qt::CaseInsensitive))
                out.append(n);
        }
        return out;
    }

    QString existingLocalPath(const QString &p) const override
    {
        const QString l = local(p);
        return !l.isEmpty() && QFileInfo::exists(l) ? l : QString();
    }

private:
    // C:\Program Files\Go -> <root>/c/Program Files/Go, each component matched ignoring case.
    QString local(const QString &windowsPath) const
    {
        QString p = windowsPath;
        p.replace(u'/', u'\\');
        if (p.size() < 2 || p[1] != u':' || !p[0].isLetter())
            return {};
        QString current = m_root + u'/' + p[0].toLower();
        const QStringList parts = p.mid(2).split(u'\\', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (part == QLatin1StringView(".."))
                return {};
            const QString exact = current + u'/' + part;
            if (QFileInfo::exists(exact)) {
                current = exact;
                continue;
            }
            QString match;
            const QStringList names = QDir(current).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
            for (const QString &n : names) {
                if (n.compare(part, Qt::CaseInsensitive) == 0)
                    match = n;
            }
            if (match.isEmpty())
                return exact; // missing: callers see a path that does not exist
            current += u'/' + match;
        }
        return current;
    }

    QString m_root;
};

} // namespace

std::unique_ptr<WindowsFiles> WindowsFiles::mapped(const QString &root)
{
    return std::make_unique<MappedWindowsFiles>(root);
}

} // namespace GoDual
