#include "goarchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace GoDual::Test {

namespace {

Result<QString> runText(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Failure { QStringLiteral("%1 %2 failed: %3")
                .arg(program, args.join(u' '), QString::fromUtf8(p.readAllStandardError())) };
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

QByteArray GoArchive::index() const
{
    const QJsonObject file { { QStringLiteral("filename"), filename }, { QStringLiteral("os"), os },
        { QStringLiteral("arch"), QStringLiteral("amd64") }, { QStringLiteral("version"), version },
        { QStringLiteral("sha256"),
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) },
        { QStringLiteral("size"), bytes.size() }, { QStringLiteral("kind"), QStringLiteral("archive") } };
    const QJsonObject release { { QStringLiteral("version"), version }, { QStringLiteral("stable"), true },
        { QStringLiteral("files"), QJsonArray { file } } };
    return QJsonDocument(QJsonArray { release }).toJson();
}

Result<GoArchive> makeGoArchive(const QString &dir, const QString &os)
{
    const QString go = QStandardPaths::findExecutable(QStringLiteral("go"));
    const QString packer
        = QStandardPaths::findExecutable(os == u"windows" ? QStringLiteral("zip") : QStringLiteral("tar"));
    if (go.isEmpty() || packer.isEmpty())
        return Failure { QStringLiteral("needs a Go toolchain and %1").arg(os == u"windows" ? u"zip" : u"GNU tar") };
    const auto goroot = runText(go, { QStringLiteral("env"), QStringLiteral("GOROOT") });
    if (!goroot)
        return Failure { goroot.error() };
    const QString root = goroot->trimmed();
    QFile versionFile(root + QStringLiteral("/VERSION"));
    if (!versionFile.open(QIODevice::ReadOnly))
        return Failure { QStringLiteral("no VERSION in %1").arg(root) };
    GoArchive a;
    a.version = QString::fromUtf8(versionFile.readLine()).trimmed();
    a.os = os;
    if (os == u"windows") {
        a.filename = a.version + QStringLiteral(".windows-amd64.zip");
        a.path = QDir(dir).filePath(a.filename);
        // zip stores what is on disk, so the tree is copied first (links followed, as -h does for
        // tar) and bin/go becomes bin/go.exe, as in the official Windows archive.
        const QString tree = QDir(dir).filePath(QStringLiteral("zip-tree"));
        if (!QDir().mkpath(tree))
            return Failure { QStringLiteral("cannot create %1").arg(tree) };
        if (auto r = runText(QStringLiteral("cp"), { QStringLiteral("-rL"), root, tree + QStringLiteral("/go") }); !r)
            return Failure { r.error() };
        if (!QFile::rename(tree + QStringLiteral("/go/bin/go"), tree + QStringLiteral("/go/bin/go.exe")))
            return Failure { QStringLiteral("cannot rename bin/go to bin/go.exe") };
        if (auto r = runText(packer, { QStringLiteral("-qr"), a.path, QStringLiteral("go") }, tree); !r)
            return Failure { r.error() };
        QDir(tree).removeRecursively();
    } else {
        a.filename = a.version + QStringLiteral(".linux-amd64.tar.gz");
        a.path = QDir(dir).filePath(a.filename);
        // -h: Debian's GOROOT links into /usr/share; the archive holds the files themselves.
        if (auto r = runText(packer,
                { QStringLiteral("--format=pax"), QStringLiteral("-czhf"), a.path, QStringLiteral("--transform"),
                    QStringLiteral("s,^\\.,go,"), QStringLiteral("-C"), root, QStringLiteral(".") });
            !r)
            return Failure { r.error() };
    }
    QFile file(a.path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure { QStringLiteral("cannot read %1").arg(a.path) };
    a.bytes = file.readAll();
    return a;
}

QStringList tarListing(const QString &tarGz)
{
    const auto listed = runText(QStringLiteral("tar"), { QStringLiteral("-tzf"), tarGz });
    QStringList names;
    if (!listed)
        return names;
    for (QString name : listed->split(u'\n', Qt::SkipEmptyParts)) {
        while (name.endsWith(u'/'))
            name.chop(1);
        names.append(name);
    }
    return names;
}

} // namespace GoDual::Test
