#include "archiveextractor.h"

#include "archivepath.h"
#include "installlog.h"
#include "tarnames.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KTar>
#include <KZip>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace GoDual {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::ArchiveExtractor", text); }

constexpr qint64 kChunk = 256 * 1024;
constexpr int kTypeMask = 0170000;
constexpr int kSymlinkType = 0120000;

QFileDevice::Permissions permissionsFor(const ArchiveEntry &entry)
{
    // An SDK is read and run by everyone and written by no one but its owner: keep the owner's
    // bits and the read/execute bits of the archive, never group/other write or set-id bits.
    QFileDevice::Permissions p = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
        | QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const bool executable = entry.kind == ArchiveEntry::Kind::Directory || (entry.mode & 0111);
    if (executable) {
        p |= QFileDevice::ExeOwner | QFileDevice::ExeUser | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    }
    return p;
}

} // namespace

class ArchiveExtractor::Private {
    Q_DECLARE_TR_FUNCTIONS(GoDual::ArchiveExtractor)

public:
    QString archivePath;
    ArchiveLimits limits;
    std::unique_ptr<KArchive> archive;
    std::optional<ArchiveListing> listing;
    // The KArchive file behind each File entry of `listing`, same order.
    QList<const KArchiveFile *> files;
    // For a plain .tar: where each File entry's bytes start in the tar, same order; the bytes are
    // read straight from the file, so KTar is not involved at all.
    QList<qint64> tarOffsets;
    bool plainTar = false;

    Result<void> open();
    Result<void> openTar();
    Result<void> fromTarMembers(const QList<TarMember> &members);
    Result<void> walk(const KArchiveDirectory *dir, const QString &prefix, int depth);
    Result<void> checkLinks() const;
    Result<void> writeFile(QIODevice *in, const ArchiveEntry &entry, const QString &path, qint64 &done, qint64 total,
        const Progress &progress) const;
};

Result<void> ArchiveExtractor::Private::open()
{
    const QString lower = archivePath.toLower();
    if (lower.endsWith(QLatin1StringView(".tar")))
        return openTar();
    if (lower.endsWith(QLatin1StringView(".zip")))
        archive = std::make_unique<KZip>(archivePath);
    else if (lower.endsWith(QLatin1StringView(".tar.gz")) || lower.endsWith(QLatin1StringView(".tgz")))
        archive = std::make_unique<KTar>(archivePath);
    else
        return Failure { tr("%1: not a .tar.gz or .zip archive").arg(archivePath) };
    if (!archive->open(QIODevice::ReadOnly)) {
        return Failure { tr("%1: cannot read the archive: %2").arg(archivePath, archive->errorString()) };
    }
    listing.emplace();
    if (auto walked = walk(archive->directory(), QString(), 0); !walked)
        return walked;
    return checkLinks();
}

Result<void> ArchiveExtractor::Private::openTar()
{
    // KTar skips PAX records, so its names can differ from the archive's (a hostile PAX name would
    // go unseen, and a long PAX name can collide with a folder and lose the file). A plain tar is
    // therefore read without KTar: the listing comes from the tar's own headers (TarNames), in
    // archive order, and each file's bytes are read from where its header says they start.
    auto members = TarNames::readFile(archivePath);
    if (!members)
        return Failure { members.error() };
    return fromTarMembers(*members);
}

Result<void> ArchiveExtractor::Private::fromTarMembers(const QList<TarMember> &members)
{
    listing.emplace();
    QHash<QString, std::pair<qint64, qint64>> fileByPath; // path -> data offset and size
    QList<qint64> offsets; // data offset of each File entry of `listing`, same order
    QSet<QString> seen;
    for (const TarMember &m : members) {
        auto path = ArchivePath::checkedEntryPath(m.name);
        if (!path)
            return Failure { archivePath + QLatin1StringView(": ") + path.error() };
        if (listing->size() >= limits.maxEntries)
            return Failure { tr("%1: more than %2 entries").arg(archivePath).arg(limits.maxEntries) };
        if (seen.contains(*path))
            return Failure { tr("%1: entry '%2' appears twice").arg(archivePath, *path) };
        seen.insert(*path);
        ArchiveEntry entry;
        entry.path = *path;
        entry.mode = m.mode;
        switch (m.type) {
        case TarMember::Type::Directory:
            entry.kind = ArchiveEntry::Kind::Directory;
            break;
        case TarMember::Type::File:
            entry.kind = ArchiveEntry::Kind::File;
            entry.size = m.size;
            fileByPath.insert(entry.path, { m.dataOffset, m.size });
            offsets.append(m.dataOffset);
            break;
        case TarMember::Type::Symlink:
            entry.kind = ArchiveEntry::Kind::Symlink;
            entry.linkTarget = m.linkName;
            break;
        case TarMember::Type::HardLink: {
            // Written as a copy of the earlier file it names; a link to anything else is refused.
            auto target = ArchivePath::checkedEntryPath(m.linkName);
            const auto source = target ? fileByPath.constFind(*target) : fileByPath.constEnd();
            if (source == fileByPath.constEnd()) {
                return Failure { tr("%1: hard link '%2' names '%3', which is not an earlier file of the archive")
                        .arg(archivePath, entry.path, m.linkName) };
            }
            entry.kind = ArchiveEntry::Kind::File;
            entry.size = source->second;
            fileByPath.insert(entry.path, *source);
            offsets.append(source->first);
            break;
        }
        case TarMember::Type::Other:
            return Failure { tr("%1: entry '%2' is neither a file, a folder nor a link").arg(archivePath, entry.path) };
        }
        listing->append(entry);
    }

    tarOffsets = offsets;
    plainTar = true;
    return checkLinks();
}

Result<void> ArchiveExtractor::Private::walk(const KArchiveDirectory *dir, const QString &prefix, int depth)
{
    if (depth > 256)
        return Failure { tr("%1: folders nested deeper than 256 levels").arg(archivePath) };
    const QStringList names = dir->entries();
    for (const QString &name : names) {
        const KArchiveEntry *e = dir->entry(name);
        const QString raw = prefix.isEmpty() ? name : prefix + u'/' + name;
        auto path = ArchivePath::checkedEntryPath(raw);
        if (!path)
            return Failure { archivePath + QLatin1StringView(": ") + path.error() };
        if (listing->size() >= limits.maxEntries)
            return Failure { tr("%1: more than %2 entries").arg(archivePath).arg(limits.maxEntries) };

        ArchiveEntry entry;
        entry.path = *path;
        entry.mode = int(e->permissions() & 07777);
        const bool isLink = !e->symLinkTarget().isEmpty() || (int(e->permissions()) & kTypeMask) == kSymlinkType;
        if (isLink) {
            entry.kind = ArchiveEntry::Kind::Symlink;
            entry.linkTarget = e->symLinkTarget();
            listing->append(entry);
        } else if (e->isDirectory()) {
            entry.kind = ArchiveEntry::Kind::Directory;
            listing->append(entry);
            if (auto r = walk(static_cast<const KArchiveDirectory *>(e), entry.path, depth + 1); !r)
                return r;
        } else if (e->isFile()) {
            const auto *file = static_cast<const KArchiveFile *>(e);
            entry.kind = ArchiveEntry::Kind::File;
            entry.size = file->size();
            if (entry.size < 0)
                return Failure { tr("%1: entry '%2' has a negative size").arg(archivePath, entry.path) };
            listing->append(entry);
            files.append(file);
        } else {
            return Failure { tr("%1: entry '%2' is neither a file, a folder nor a link").arg(archivePath, raw) };
        }
    }
    return {};
}

Result<void> ArchiveExtractor::Private::checkLinks() const
{
    QSet<QString> links;
    qint64 total = 0;
    for (const ArchiveEntry &entry : std::as_const(*listing)) {
        if (entry.kind == ArchiveEntry::Kind::Symlink)
            links.insert(entry.path);
        total += entry.size;
        if (total > limits.maxTotalBytes) {
            return Failure { tr("%1: unpacks to more than %2 bytes").arg(archivePath).arg(limits.maxTotalBytes) };
        }
    }
    for (const ArchiveEntry &entry : std::as_const(*listing)) {
        if (entry.kind != ArchiveEntry::Kind::Symlink)
            continue;
        QSet<QString> others = links;
        others.remove(entry.path);
        if (!ArchivePath::linkStaysInside(entry.path, entry.linkTarget, others)) {
            return Failure { tr("%1: link '%2' points to '%3', outside the archive's folder")
                    .arg(archivePath, entry.path, entry.linkTarget) };
        }
    }
    return {};
}

Result<void> ArchiveExtractor::Private::writeFile(QIODevice *in, const ArchiveEntry &entry, const QString &path,
    qint64 &done, qint64 total, const Progress &progress) const
{
    QFile out(path);
    // NewOnly: an entry must never replace something already written, least of all through a link.
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Failure { tr("cannot create %1: %2").arg(path, out.errorString()) };
    qint64 remaining = entry.size;
    QByteArray buffer;
    while (remaining > 0) {
        buffer = in->read(qMin(kChunk, remaining));
        if (buffer.isEmpty())
            return Failure {
                tr("%1: entry '%2' ends early (the archive is truncated or damaged)").arg(archivePath, entry.path)
            };
        if (out.write(buffer) != buffer.size())
            return Failure { tr("cannot write %1: %2").arg(path, out.errorString()) };
        remaining -= buffer.size();
        done += buffer.size();
        if (progress && !progress(done, total))
            return Failure { tr("cancelled") };
    }
    if (!out.flush())
        return Failure { tr("cannot write %1: %2").arg(path, out.errorString()) };
    return {};
}

ArchiveExtractor::ArchiveExtractor(QString archivePath, ArchiveLimits limits)
    : d(std::make_unique<Private>())
{
    d->archivePath = std::move(archivePath);
    d->limits = limits;
}

ArchiveExtractor::~ArchiveExtractor() = default;

Result<ArchiveListing> ArchiveExtractor::listing()
{
    if (!d->listing) {
        if (auto opened = d->open(); !opened) {
            d->listing.reset();
            return Failure { opened.error() };
        }
    }
    return *d->listing;
}

Result<void> ArchiveExtractor::extractTo(const QString &target, const Progress &progress)
{
    if (auto listed = listing(); !listed)
        return Failure { listed.error() };
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() || targetInfo.isSymLink())
        return Failure { tr("%1 already exists; GoDual only extracts into a new folder").arg(target) };
    if (!targetInfo.absoluteDir().exists())
        return Failure { tr("cannot extract into %1: its parent folder does not exist").arg(target) };
    QDir root(targetInfo.absoluteFilePath());
    if (!QDir().mkdir(root.path()))
        return Failure { tr("cannot create %1").arg(root.path()) };

    auto fail = [&](QString message) -> Result<void> {
        root.removeRecursively();
        qCWarning(lcInstall) << "extraction failed, removed" << root.path() << ':' << message;
        return Failure { std::move(message) };
    };

    qint64 total = 0;
    for (const ArchiveEntry &e : std::as_const(*d->listing))
        total += e.size;
    qint64 done = 0;
    qsizetype fileIndex = 0;
    QFile tarFile(d->archivePath);
    if (d->plainTar && !tarFile.open(QIODevice::ReadOnly))
        return fail(tr("cannot open %1: %2").arg(d->archivePath, tarFile.errorString()));
    // Folders and files first: no link exists yet, so no write can be redirected.
    for (const ArchiveEntry &entry : std::as_const(*d->listing)) {
        const QString path = root.filePath(entry.path);
        switch (entry.kind) {
        case ArchiveEntry::Kind::Directory:
            if (!root.mkpath(entry.path))
                return fail(tr("cannot create folder %1").arg(path));
            break;
        case ArchiveEntry::Kind::File: {
            if (!root.mkpath(QFileInfo(entry.path).path()))
                return fail(tr("cannot create folder for %1").arg(path));
            std::unique_ptr<QIODevice> in;
            if (d->plainTar) {
                if (!tarFile.seek(d->tarOffsets.at(fileIndex++)))
                    return fail(tr("%1: cannot read entry '%2'").arg(d->archivePath, entry.path));
            } else {
                in.reset(d->files[fileIndex++]->createDevice());
                if (!in || (!in->isOpen() && !in->open(QIODevice::ReadOnly)))
                    return fail(tr("%1: cannot read entry '%2'").arg(d->archivePath, entry.path));
            }
            if (auto w = d->writeFile(d->plainTar ? &tarFile : in.get(), entry, path, done, total, progress); !w)
                return fail(w.error());
            if (!QFile::setPermissions(path, permissionsFor(entry)))
                return fail(tr("cannot set the permissions of %1").arg(path));
            break;
        }
        case ArchiveEntry::Kind::Symlink:
            break;
        }
    }
    for (const ArchiveEntry &entry : std::as_const(*d->listing)) {
        if (entry.kind != ArchiveEntry::Kind::Symlink)
            continue;
        const QString path = root.filePath(entry.path);
        if (!root.mkpath(QFileInfo(entry.path).path()) || !QFile::link(entry.linkTarget, path))
            return fail(tr("cannot create link %1 -> %2").arg(path, entry.linkTarget));
    }
    // Folders last, so a read-only folder in the archive cannot stop its own files being written.
    for (const ArchiveEntry &entry : std::as_const(*d->listing)) {
        if (entry.kind == ArchiveEntry::Kind::Directory)
            QFile::setPermissions(root.filePath(entry.path), permissionsFor(entry));
    }
    return {};
}

} // namespace GoDual
