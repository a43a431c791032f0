#pragma once

#include "downloadjob.h"
#include "goversion.h"
#include "installtarget.h"
#include "releaseindexclient.h"
#include "result.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <memory>

class QThread;

namespace GoDual {

// What to install and where.
struct InstallRequest {
    GoVersion version;
    QString os = QStringLiteral("linux"); // Go's GOOS of the target side
    QString arch = QStringLiteral("amd64"); // Go's GOARCH of the target side
    QString sdkRoot; // the SDK lands in <sdkRoot>/<version>, e.g. ~/sdk/go1.22.6
    // How the side names sdkRoot when this machine names it differently: C:\Users\dev\sdk for a
    // Windows side reached through GODUAL_WINDOWS_ROOT. Empty: as sdkRoot.
    QString sideSdkRoot;
    QString stateDir; // downloads/, locks/ and the index cache live here
    QString side = QStringLiteral("local"); // names the lock, so each side has its own
    QUrl indexBase; // release index base (ReleaseIndexClient::defaultBaseUrl())
    QUrl mirrorBase; // where the archive bytes come from (ArchiveMirror::base())
    // Set for a side this process cannot write directly (a WSL distro): the checked archive is
    // handed to it instead of being extracted under sdkRoot, which then only names the side's
    // folder for messages (it is replaced by what the target reports). Null: this machine's disk.
    std::shared_ptr<InstallTarget> target;
    bool wake = false; // a request.target that is stopped (a distro) may be started for this
};

// Free space an install needs where the SDK lands, for an archive of `archiveSize` bytes: the
// extracted tree is about three times a Go archive, and on this machine's disk the inflated .tar
// (as large again) sits beside it while files are copied out of it.
qint64 requiredSdkSpace(qint64 archiveSize, bool inflatedTarBeside);
// Free space the state dir's downloads/ needs: the archive, and the inflated .tar when it is
// inflated there (installs through a request.target).
qint64 requiredDownloadSpace(qint64 archiveSize, bool inflatedTarBeside);

// Installs one Go release: release index -> the archive for os/arch -> free-space check -> verified
// download into <state dir>/downloads -> inflate the .tar.gz into a plain .tar beside the target
// (a .zip is read as it is) -> checked extraction into <sdk root>/.godual-staging-<version>-<random>
// -> verification (VERSION, bin/go, the extracted tree equals the archive's listing) -> one rename
// to <sdk root>/<version>. With a request.target (a WSL distro) the target is asked first whether
// it can take the version (Stage::Prepare), the archive's entries are checked on this machine,
// and the target does the staging, verification and rename on its side.
//
// Any failure or cancel leaves the target absent and removes the staging folder, the temporary
// .tar and the downloaded archive; only the download's resumable .part may remain. A lock file
// <state dir>/locks/<side>-<version>.lock makes a second install of the same version wait for the
// first (and then fail, since the folder exists); different versions run side by side.
//
// The network steps run in the job's thread; inflating, extracting and verifying run on a worker
// thread, so the job never blocks the thread it lives in. Signals arrive in the job's thread;
// finished() is emitted exactly once per start(), always from the event loop. Deleting a running
// job cancels it and waits for the worker.
class InstallJob : public QObject {
    Q_OBJECT

public:
    // Prepare: asking a request.target whether it can take the version (it is last so that
    // existing switches over the older stages keep their order).
    enum class Stage { WaitingForLock, Index, Download, Inflate, Extract, Verify, Prepare };
    Q_ENUM(Stage)

    explicit InstallJob(InstallRequest request, QObject *parent = nullptr);

    // What a stage does, for people: "Downloading". The window and the command line both show it.
    static QString stageText(Stage stage);
    ~InstallJob() override;

    const InstallRequest &request() const { return m_request; }
    // <sdkRoot>/<version>; for a request.target, as the side names it once it has answered.
    QString targetPath() const;
    QString lockPath() const;
    // The download job while the archive is downloading (for its rate and ETA), else null.
    DownloadJob *downloadJob() const { return m_download; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // The installed GOROOT; a Failure otherwise (also before finished()).
    const Result<QString> &result() const { return m_result; }

Q_SIGNALS:
    // bytesTotal is -1 while unknown. Download counts archive bytes, Inflate compressed bytes
    // read, Extract file bytes written.
    void progressChanged(GoDual::InstallJob::Stage stage, qint64 bytesDone, qint64 bytesTotal);
    void finished();

private:
    void tryLock();
    void prepareTarget();
    void onTargetPrepared(const Result<InstallTarget::Prepared> &prepared);
    void fetchIndex();
    void onIndexFetched();
    void onDownloaded();
    void startUnpack(const QString &archive);
    void onUnpacked(const Result<QString> &result);
    void finishWith(Result<QString> result);
    void finishLater(Result<QString> result);

    InstallRequest m_request;
    qint64 m_targetBytesFree = -1; // what a request.target reported; -1: unknown
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_lockRetry;
    QPointer<ReleaseIndexClient> m_index;
    QPointer<DownloadJob> m_download;
    QString m_archive; // the verified download, removed when the job ends
    std::unique_ptr<QThread> m_worker;
    std::shared_ptr<std::atomic_bool> m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    QElapsedTimer m_clock; // since start(), for the log
    bool m_running = false;
    bool m_started = false;
    Result<QString> m_result;
};

} // namespace GoDual
