#include "installjob.h"

#include "archiveextractor.h"
#include "archivemirror.h"
#include "archivetree.h"
#include "downloadjob.h"
#include "installlog.h"
#include "releaseindexclient.h"
#include "tarinflater.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QStorageInfo>
#include <QThread>

namespace GoDual {

namespace {

QString randomSuffix() { return QString::number(QRandomGenerator::global()->generate64(), 36); }

using StageProgress = std::function<bool(InstallJob::Stage, qint64, qint64)>;

// Checks the extracted tree in <staging>/go before it may become an SDK.
Result<void> verifyTree(const QString &staging, const ArchiveListing &listing, const GoVersion &version, bool windows)
{
    const QDir root(staging);
    QFile versionFile(root.filePath(QStringLiteral("go/VERSION")));
    if (!versionFile.open(QIODevice::ReadOnly))
        return Failure { QCoreApplication::translate("GoDual::InstallJob", "the archive has no go/VERSION file") };
    const QString firstLine = QString::fromUtf8(versionFile.readLine()).trimmed();
    if (firstLine != version.toString()) {
        return Failure { QCoreApplication::translate("GoDual::InstallJob", "the archive's go/VERSION says '%1', not %2")
                .arg(firstLine, version.toString()) };
    }
    const QString goBinary = root.filePath(windows ? QStringLiteral("go/bin/go.exe") : QStringLiteral("go/bin/go"));
    const QFileInfo goInfo(goBinary);
    if (!goInfo.isFile() || (!windows && !goInfo.isExecutable()))
        return Failure { QCoreApplication::translate("GoDual::InstallJob", "the archive has no executable %1")
                .arg(root.relativeFilePath(goBinary)) };

    // What the archive lists (with the folders its paths imply) must be exactly what is on disk.
    QSet<QString> found;
    QDirIterator it(
        staging, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.insert(root.relativeFilePath(it.next()));
    return ArchiveTree::compare(ArchiveTree::expectedPaths(listing), found);
}

// Go's archives hold one folder, go/; anything beside it would land beside the SDK.
Result<void> checkInsideGo(const QString &archive, const ArchiveListing &listing)
{
    for (const ArchiveEntry &e : listing) {
        if (e.path != u"go" && !e.path.startsWith(QLatin1StringView("go/")))
            return Failure { QCoreApplication::translate(
                "GoDual::InstallJob", "%1: entry '%2' is outside the archive's go/ folder")
                    .arg(archive, e.path) };
    }
    return {};
}

// The heavy part, run on the worker thread: everything it creates is removed unless it succeeds.
Result<QString> unpack(
    const InstallRequest &request, const QString &archive, const QString &target, const StageProgress &progress)
{
    const QString version = request.version.toString();
    const QDir sdkRoot(request.sdkRoot);
    const QString suffix = randomSuffix();
    // The plain tar goes beside the target, on the same disk, rather than in $TMPDIR (often RAM).
    const QString tarPath = sdkRoot.filePath(QStringLiteral(".godual-%1-%2.tar").arg(version, suffix));
    const QString staging = sdkRoot.filePath(QStringLiteral(".godual-staging-%1-%2").arg(version, suffix));
    auto cleanUp = [&] {
        QFile::remove(tarPath);
        QDir(staging).removeRecursively();
    };
    auto fail = [&](const QString &message) -> Result<QString> {
        cleanUp();
        return Failure { message };
    };

    const bool zip = archive.endsWith(QLatin1StringView(".zip"));
    if (!zip && !archive.endsWith(QLatin1StringView(".tar.gz")))
        return fail(
            QCoreApplication::translate("GoDual::InstallJob", "%1: only .tar.gz and .zip archives can be installed")
                .arg(archive));
    // Stage times go to the log: they are what a slow install is diagnosed with.
    QElapsedTimer clock;
    clock.start();
    if (!zip) {
        const auto inflated = TarInflater::inflate(archive, tarPath,
            [&](qint64 done, qint64 total) { return progress(InstallJob::Stage::Inflate, done, total); });
        if (!inflated)
            return fail(inflated.error());
        qCDebug(lcInstall) << "inflated" << archive << "in" << clock.restart() << "ms";
    }

    // A .zip is read by KZip straight from the download; its central directory is on disk already.
    ArchiveExtractor extractor(zip ? archive : tarPath);
    const auto listing = extractor.listing();
    if (!listing)
        return fail(QCoreApplication::translate("GoDual::InstallJob", "%1: %2").arg(archive, listing.error()));
    if (auto inside = checkInsideGo(archive, *listing); !inside)
        return fail(inside.error());
    const auto extracted = extractor.extractTo(
        staging, [&](qint64 done, qint64 total) { return progress(InstallJob::Stage::Extract, done, total); });
    if (!extracted)
        return fail(extracted.error());
    QFile::remove(tarPath);
    qCDebug(lcInstall) << "listed and extracted" << listing->size() << "entries in" << clock.restart() << "ms";

    if (!progress(InstallJob::Stage::Verify, 0, -1))
        return fail(QCoreApplication::translate("GoDual::InstallJob", "cancelled"));
    if (auto verified = verifyTree(staging, *listing, request.version, request.os == u"windows"); !verified)
        return fail(QCoreApplication::translate("GoDual::InstallJob", "%1: %2").arg(archive, verified.error()));

    // One rename puts the whole SDK in place. Qt renames without replacing (renameat2 with
    // RENAME_NOREPLACE on Linux), and the check before it names the folder in the usual case.
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        return fail(QCoreApplication::translate("GoDual::InstallJob", "%1 already exists").arg(target));
    if (!QDir().rename(QDir(staging).filePath(QStringLiteral("go")), target))
        return fail(
            QCoreApplication::translate("GoDual::InstallJob", "cannot move the extracted SDK to %1").arg(target));
    cleanUp();
    qCDebug(lcInstall) << "verified and moved into place in" << clock.elapsed() << "ms";
    return target;
}

// The worker's part for a request.target: the entries are listed and checked here, on this
// machine, before the target receives a byte; the target stages, verifies and renames on its side.
Result<QString> placeThroughTarget(const InstallRequest &request, const QString &archive, const StageProgress &progress,
    const std::shared_ptr<std::atomic_bool> &cancelFlag)
{
    if (!archive.endsWith(QLatin1StringView(".tar.gz")))
        return Failure { QCoreApplication::translate(
            "GoDual::InstallJob", "%1: only .tar.gz archives can be installed on %2")
                .arg(archive, request.target->name()) };
    // Inflated once, here, into the state dir (this machine's disk, not $TMPDIR): the listing then
    // reads only the tar's headers, and the side's tar reads the plain stream without inflating
    // again. Measured against streaming the .tar.gz and other ways in docs/install.md.
    const QString tarPath
        = QDir(request.stateDir)
              .filePath(QStringLiteral("downloads/.godual-%1-%2.tar").arg(request.version.toString(), randomSuffix()));
    struct RemoveTar {
        QString path;
        ~RemoveTar() { QFile::remove(path); }
    } removeTar { tarPath };
    QElapsedTimer clock;
    clock.start();
    const auto inflated = TarInflater::inflate(
        archive, tarPath, [&](qint64 done, qint64 total) { return progress(InstallJob::Stage::Inflate, done, total); });
    if (!inflated)
        return Failure { inflated.error() };
    ArchiveExtractor extractor(tarPath);
    const auto listing = extractor.listing();
    if (!listing)
        return Failure { QCoreApplication::translate("GoDual::InstallJob", "%1: %2").arg(archive, listing.error()) };
    if (auto inside = checkInsideGo(archive, *listing); !inside)
        return Failure { inside.error() };
    qCDebug(lcInstall) << "inflated, listed and checked" << listing->size() << "entries in" << clock.restart() << "ms";
    auto placed = request.target->place(
        tarPath, *listing, request.version,
        [&](qint64 done, qint64 total) { return progress(InstallJob::Stage::Extract, done, total); },
        [&] { return cancelFlag->load(); });
    qCDebug(lcInstall) << "placed on" << request.target->name() << "in" << clock.elapsed() << "ms";
    return placed;
}

} // namespace

qint64 requiredSdkSpace(qint64 archiveSize, bool inflatedTarBeside)
{
    return archiveSize * (inflatedTarBeside ? 7 : 3);
}

qint64 requiredDownloadSpace(qint64 archiveSize, bool inflatedTarBeside)
{
    return archiveSize * (inflatedTarBeside ? 5 : 1);
}

QString InstallJob::stageText(Stage stage)
{
    switch (stage) {
    case Stage::WaitingForLock:
        return tr("Waiting for another install of this version");
    case Stage::Index:
        return tr("Reading the release index");
    case Stage::Download:
        return tr("Downloading");
    case Stage::Inflate:
        return tr("Decompressing");
    case Stage::Extract:
        return tr("Extracting");
    case Stage::Verify:
        return tr("Verifying");
    case Stage::Prepare:
        return tr("Checking the side");
    }
    return {};
}

InstallJob::InstallJob(InstallRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_result(Failure { tr("the install of %1 has not finished").arg(m_request.version.toString()) })
{
    m_lockRetry.setInterval(100);
    m_lockRetry.setSingleShot(true);
    connect(&m_lockRetry, &QTimer::timeout, this, &InstallJob::tryLock);
}

InstallJob::~InstallJob()
{
    m_cancelFlag->store(true);
    if (m_worker)
        m_worker->wait();
    if (m_download)
        m_download->cancel();
    if (!m_archive.isEmpty())
        QFile::remove(m_archive);
}

QString InstallJob::targetPath() const
{
    // A side's paths are Linux paths (or Windows ones mapped to this machine): join with '/'.
    return m_request.sdkRoot + u'/' + m_request.version.toString();
}

QString InstallJob::lockPath() const
{
    QString side = m_request.side;
    side.replace(u':', u'-').replace(u'/', u'-').replace(u'\\', u'-');
    return QDir(m_request.stateDir)
        .filePath(QStringLiteral("locks/%1-%2.lock").arg(side, m_request.version.toString()));
}

void InstallJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    m_clock.start();
    if (!m_request.version.isValid())
        return finishLater(Failure { tr("no Go version to install") });
    if ((m_request.sdkRoot.isEmpty() && !m_request.target) || m_request.stateDir.isEmpty())
        return finishLater(Failure { tr("no SDK folder or state folder to install into") });
    const QDir state(m_request.stateDir);
    QStringList dirs { state.filePath(QStringLiteral("locks")), state.filePath(QStringLiteral("downloads")) };
    // A target's folder is on its side; it creates what it needs there.
    if (!m_request.target)
        dirs.prepend(m_request.sdkRoot);
    for (const QString &dir : std::as_const(dirs)) {
        if (!QDir().mkpath(dir))
            return finishLater(Failure { tr("cannot create %1").arg(dir) });
    }
    m_lock = std::make_unique<QLockFile>(lockPath());
    // The holder's process id decides staleness, never the lock's age: an install may take long.
    m_lock->setStaleLockTime(0);
    QMetaObject::invokeMethod(this, &InstallJob::tryLock, Qt::QueuedConnection);
}

void InstallJob::cancel()
{
    if (!m_running)
        return;
    m_cancelFlag->store(true);
    if (m_lockRetry.isActive()) {
        m_lockRetry.stop();
        finishLater(Failure { tr("cancelled") });
    }
    if (m_download)
        m_download->cancel();
    // A running index fetch or worker notices the flag when it reports back.
}

void InstallJob::tryLock()
{
    if (!m_running)
        return;
    if (m_cancelFlag->load())
        return finishWith(Failure { tr("cancelled") });
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() != QLockFile::LockFailedError)
            return finishWith(Failure { tr("cannot create the lock file %1").arg(lockPath()) });
        Q_EMIT progressChanged(Stage::WaitingForLock, 0, -1);
        m_lockRetry.start();
        return;
    }
    if (m_request.target)
        return prepareTarget();
    const QFileInfo target(targetPath());
    if (target.exists() || target.isSymLink())
        return finishWith(
            Failure { tr("%1 is already installed in %2").arg(m_request.version.toString(), targetPath()) });
    fetchIndex();
}

void InstallJob::prepareTarget()
{
    Q_EMIT progressChanged(Stage::Prepare, 0, -1);
    const std::shared_ptr<InstallTarget> target = m_request.target;
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancelFlag;
    const GoVersion version = m_request.version;
    const bool wake = m_request.wake;
    m_worker.reset(QThread::create([this, target, cancelFlag, version, wake] {
        Result<InstallTarget::Prepared> prepared
            = target->prepare(version, wake, [cancelFlag] { return cancelFlag->load(); });
        // The job waits for this thread before it dies (see startUnpack).
        QMetaObject::invokeMethod(this, [this, prepared] { onTargetPrepared(prepared); }, Qt::QueuedConnection);
    }));
    m_worker->start();
}

void InstallJob::onTargetPrepared(const Result<InstallTarget::Prepared> &prepared)
{
    if (m_worker) {
        m_worker->wait();
        m_worker.reset();
    }
    if (m_cancelFlag->load())
        return finishWith(Failure { tr("cancelled") });
    if (!prepared)
        return finishWith(Failure { prepared.error() });
    m_request.sdkRoot = prepared->sdkRoot;
    m_targetBytesFree = prepared->bytesFree;
    fetchIndex();
}

void InstallJob::fetchIndex()
{
    Q_EMIT progressChanged(Stage::Index, 0, -1);
    m_index = new ReleaseIndexClient(this);
    m_index->setBaseUrl(m_request.indexBase);
    m_index->setStateDir(m_request.stateDir);
    connect(m_index, &ReleaseIndexClient::finished, this, &InstallJob::onIndexFetched);
    m_index->fetch();
}

void InstallJob::onIndexFetched()
{
    const Result<ReleaseIndexAnswer> answer = m_index->result();
    m_index->deleteLater();
    if (m_cancelFlag->load())
        return finishWith(Failure { tr("cancelled") });
    if (!answer)
        return finishWith(Failure { answer.error() });
    const QString version = m_request.version.toString();
    const auto release = std::find_if(answer->releases.cbegin(), answer->releases.cend(),
        [&](const GoRelease &r) { return r.version == m_request.version; });
    if (release == answer->releases.cend())
        return finishWith(
            Failure { tr("%1 is not in the release index %2").arg(version, answer->url.toDisplayString()) });
    const auto file = release->archiveFor(m_request.os, m_request.arch);
    if (!file) {
        return finishWith(
            Failure { tr("the release index has no %1 archive for %2/%3").arg(version, m_request.os, m_request.arch) });
    }
    // Refused before the download rather than half way through the extraction.
    const QLocale locale;
    auto tooSmall = [&](const QString &where, qint64 needed, qint64 free) {
        return Failure { tr("not enough free space in %1 for %2: it needs about %3, %4 are free")
                .arg(where, version, locale.formattedDataSize(needed), locale.formattedDataSize(free)) };
    };
    const QString downloads = QDir(m_request.stateDir).filePath(QStringLiteral("downloads"));
    const QStorageInfo downloadDisk(downloads);
    // For a target the .tar is inflated beside the download (see placeThroughTarget).
    const qint64 downloadNeeds = requiredDownloadSpace(file->size, bool(m_request.target));
    if (downloadDisk.isValid() && downloadDisk.bytesAvailable() < downloadNeeds)
        return finishWith(tooSmall(downloads, downloadNeeds, downloadDisk.bytesAvailable()));
    if (m_request.target) {
        const qint64 needed = requiredSdkSpace(file->size, false);
        if (m_targetBytesFree >= 0 && m_targetBytesFree < needed)
            return finishWith(tooSmall(m_request.sdkRoot, needed, m_targetBytesFree));
    } else {
        const QStorageInfo sdkDisk(m_request.sdkRoot);
        const qint64 needed = requiredSdkSpace(file->size, file->filename.endsWith(QLatin1StringView(".tar.gz")));
        if (sdkDisk.isValid() && sdkDisk.bytesAvailable() < needed)
            return finishWith(tooSmall(m_request.sdkRoot, needed, sdkDisk.bytesAvailable()));
    }
    const QString destination = QDir(m_request.stateDir).filePath(QStringLiteral("downloads/") + file->filename);
    m_download = new DownloadJob(
        ArchiveMirror::archiveUrl(m_request.mirrorBase, file->filename), destination, file->sha256, file->size, this);
    connect(m_download, &DownloadJob::progressChanged, this,
        [this](qint64 done, qint64 total, qint64, qint64) { Q_EMIT progressChanged(Stage::Download, done, total); });
    connect(m_download, &DownloadJob::finished, this, &InstallJob::onDownloaded);
    m_download->start();
}

void InstallJob::onDownloaded()
{
    DownloadJob *download = m_download;
    m_download = nullptr;
    download->deleteLater();
    const Result<QString> &downloaded = download->result();
    if (downloaded) {
        m_archive = *downloaded;
        qCDebug(lcInstall) << "index and download done after" << m_clock.elapsed() << "ms";
    }
    if (m_cancelFlag->load())
        return finishWith(Failure { tr("cancelled") });
    if (!downloaded)
        return finishWith(Failure { downloaded.error() });
    startUnpack(*downloaded);
}

void InstallJob::startUnpack(const QString &archive)
{
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancelFlag;
    const InstallRequest request = m_request;
    const QString target = targetPath();
    m_worker.reset(QThread::create([this, cancelFlag, request, archive, target] {
        QElapsedTimer sinceReport;
        sinceReport.start();
        Stage lastStage = Stage::Download;
        // Reports at most about ten times a second (and at each new stage), queued to the job.
        auto progress = [&](Stage stage, qint64 done, qint64 total) {
            if (stage != lastStage || sinceReport.elapsed() >= 100 || done == total) {
                lastStage = stage;
                sinceReport.restart();
                QMetaObject::invokeMethod(
                    this, [this, stage, done, total] { Q_EMIT progressChanged(stage, done, total); },
                    Qt::QueuedConnection);
            }
            return !cancelFlag->load();
        };
        Result<QString> result = request.target ? placeThroughTarget(request, archive, progress, cancelFlag)
                                                : unpack(request, archive, target, progress);
        // The job waits for this thread before it dies, so `this` is alive for the post; Qt drops
        // the posted call if the job is deleted before the event loop delivers it.
        QMetaObject::invokeMethod(this, [this, result] { onUnpacked(result); }, Qt::QueuedConnection);
    }));
    m_worker->start();
}

void InstallJob::onUnpacked(const Result<QString> &result)
{
    if (m_worker) {
        m_worker->wait();
        m_worker.reset();
    }
    if (!result && m_cancelFlag->load())
        return finishWith(Failure { tr("cancelled") });
    finishWith(result);
}

void InstallJob::finishLater(Result<QString> result)
{
    QMetaObject::invokeMethod(this, [this, result] { finishWith(result); }, Qt::QueuedConnection);
}

void InstallJob::finishWith(Result<QString> result)
{
    if (!m_running)
        return;
    m_running = false;
    m_lockRetry.stop();
    // The verified archive has served its purpose (or the install failed); only a .part, which a
    // later attempt resumes, stays behind.
    if (!m_archive.isEmpty()) {
        QFile::remove(m_archive);
        m_archive.clear();
    }
    if (m_lock && m_lock->isLocked())
        m_lock->unlock();
    if (result)
        qCInfo(lcInstall) << "installed" << m_request.version.toString() << "in" << *result << "after"
                          << m_clock.elapsed() << "ms";
    else
        qCWarning(lcInstall) << "install of" << m_request.version.toString() << "failed:" << result.error();
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace GoDual
