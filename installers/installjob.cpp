#include "installjob.h"

#include "archiveextractor.h"
#include "archivemirror.h"
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
#include <QRandomGenerator>
#include <QSet>
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
    QSet<QString> expected;
    for (const ArchiveEntry &e : listing) {
        QString path = e.path;
        while (!path.isEmpty() && !expected.contains(path)) {
            expected.insert(path);
            const qsizetype slash = path.lastIndexOf(u'/');
            path = slash < 0 ? QString() : path.left(slash);
        }
    }
    QSet<QString> found;
    QDirIterator it(
        staging, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.insert(root.relativeFilePath(it.next()));
    if (found != expected) {
        QStringList missing = (expected - found).values();
        QStringList extra = (found - expected).values();
        missing.sort();
        extra.sort();
        return Failure { QCoreApplication::translate(
            "GoDual::InstallJob", "the extracted files differ from the archive's listing (missing: %1; unexpected: %2)")
                .arg(missing.mid(0, 5).join(QStringLiteral(", ")), extra.mid(0, 5).join(QStringLiteral(", "))) };
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

    if (!archive.endsWith(QLatin1StringView(".tar.gz")))
        return fail(
            QCoreApplication::translate("GoDual::InstallJob", "%1: only .tar.gz archives can be installed so far")
                .arg(archive));
    // Stage times go to the log: they are what a slow install is diagnosed with.
    QElapsedTimer clock;
    clock.start();
    const auto inflated = TarInflater::inflate(
        archive, tarPath, [&](qint64 done, qint64 total) { return progress(InstallJob::Stage::Inflate, done, total); });
    if (!inflated)
        return fail(inflated.error());

    qCDebug(lcInstall) << "inflated" << archive << "in" << clock.restart() << "ms";
    ArchiveExtractor extractor(tarPath);
    const auto listing = extractor.listing();
    if (!listing)
        return fail(QCoreApplication::translate("GoDual::InstallJob", "%1: %2").arg(archive, listing.error()));
    for (const ArchiveEntry &e : *listing) {
        if (e.path != u"go" && !e.path.startsWith(QLatin1StringView("go/")))
            return fail(
                QCoreApplication::translate("GoDual::InstallJob", "%1: entry '%2' is outside the archive's go/ folder")
                    .arg(archive, e.path));
    }
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

} // namespace

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

QString InstallJob::targetPath() const { return QDir(m_request.sdkRoot).filePath(m_request.version.toString()); }

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
    if (m_request.sdkRoot.isEmpty() || m_request.stateDir.isEmpty())
        return finishLater(Failure { tr("no SDK folder or state folder to install into") });
    const QDir state(m_request.stateDir);
    for (const QString &dir :
        { m_request.sdkRoot, state.filePath(QStringLiteral("locks")), state.filePath(QStringLiteral("downloads")) }) {
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
    const QFileInfo target(targetPath());
    if (target.exists() || target.isSymLink())
        return finishWith(
            Failure { tr("%1 is already installed in %2").arg(m_request.version.toString(), targetPath()) });
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
        Result<QString> result = unpack(request, archive, target, progress);
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
