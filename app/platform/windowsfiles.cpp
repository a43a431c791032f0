#include "platform/windowsfiles.h"

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

// Files reached through a path of this machine that `local()` derives from the Windows path.
class LocalWindowsFiles : public WindowsFiles {
public:
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

protected:
    // This machine's path for a Windows drive path; empty for anything else.
    virtual QString local(const QString &windowsPath) const = 0;
};

bool isDrivePath(const QString &p) { return p.size() >= 2 && p[1] == u':' && p[0].isLetter() && p[0].unicode() < 128; }

// On Windows itself: the path is the file. Qt adds the \\?\ prefix for paths past MAX_PATH, and
// NTFS matches names without case.
class NativeWindowsFiles final : public LocalWindowsFiles {
protected:
    QString local(const QString &windowsPath) const override
    {
        return isDrivePath(windowsPath) ? QDir::fromNativeSeparators(windowsPath) : QString();
    }
};

class MappedWindowsFiles final : public LocalWindowsFiles {
public:
    explicit MappedWindowsFiles(QString root)
        : m_root(std::move(root))
    {
    }

protected:
    // C:\Program Files\Go -> <root>/c/Program Files/Go, each component matched ignoring case.
    QString local(const QString &windowsPath) const override
    {
        QString p = windowsPath;
        p.replace(u'/', u'\\');
        if (!isDrivePath(p))
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

private:
    QString m_root;
};

} // namespace

std::unique_ptr<WindowsFiles> WindowsFiles::mapped(const QString &root)
{
    return std::make_unique<MappedWindowsFiles>(root);
}

std::unique_ptr<WindowsFiles> WindowsFiles::native() { return std::make_unique<NativeWindowsFiles>(); }

} // namespace GoDual
