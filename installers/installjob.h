#pragma once

#include "downloadjob.h"
#include "goversion.h"
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
    QString stateDir; // downloads/, locks/ and the index cache live here
    QString side = QStringLiteral("local"); // names the lock, so each side has its own
    QUrl indexBase; // release index base (ReleaseIndexClient::defaultBaseUrl())
    QUrl mirrorBase; // where the archive bytes come from (ArchiveMirror::base())
};

// Installs one Go release: release index -> the archive for os/arch -> verified download into
// <state dir>/downloads -> inflate the .tar.gz into a plain .tar beside the target -> checked
// extraction into <sdk root>/.godual-staging-<version>-<random> -> verification (VERSION, bin/go,
// the extracted tree equals the archive's listing) -> one rename to <sdk root>/<version>.
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
    enum class Stage { WaitingForLock, Index, Download, Inflate, Extract, Verify };
    Q_ENUM(Stage)

    explicit InstallJob(InstallRequest request, QObject *parent = nullptr);
    ~InstallJob() override;

    const InstallRequest &request() const { return m_request; }
    // <sdkRoot>/<version>
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
    void fetchIndex();
    void onIndexFetched();
    void onDownloaded();
    void startUnpack(const QString &archive);
    void onUnpacked(const Result<QString> &result);
    void finishWith(Result<QString> result);
    void finishLater(Result<QString> result);

    InstallRequest m_request;
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
