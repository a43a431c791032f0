#pragma once

#include "result.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace GoDual {

// Downloads one file to `destination`, verified against a SHA-256 digest from the release index
// (never one from the mirror).
//
// Bytes stream into "<destination>.part" and into the hash as they arrive, so verifying needs no
// second pass. On a digest match the .part is renamed onto the destination in one step; on a
// mismatch it is deleted and the Failure names the URL and both digests. An existing .part is
// resumed: its bytes are hashed first and the rest is requested with "Range: bytes=N-"; a server
// that answers 200 instead of 206 is read from the start again. Network errors, 5xx answers and
// transfer timeouts (no bytes for transferTimeout()) are retried up to maxAttempts() in all, each
// resuming where the last stopped, after a delay that doubles from retryDelay(). 4xx answers fail
// at once. The URL and every redirect must pass UrlPolicy (https, or http on loopback); a refused
// redirect is never connected to.
//
// cancel() may be called at any time; it aborts the transfer and leaves at most the .part (which
// a later job for the same destination resumes); the destination itself is only ever written by
// the final rename. Each job runs once: start() after finished() does nothing.
//
// Lives in and emits from the thread it belongs to. finished() is emitted exactly once per
// start(), always from the event loop, never inside start() or cancel(). Owns its network access
// manager, the reply and the open .part.
class DownloadJob : public QObject {
    Q_OBJECT

public:
    // `expectedSha256` is the index's lowercase hex digest. `expectedSize` (the index's size, or
    // -1) lets the job refuse a longer stream early and skip the network for a complete .part.
    DownloadJob(const QUrl &url, const QString &destination, const QString &expectedSha256, qint64 expectedSize = -1,
        QObject *parent = nullptr);
    ~DownloadJob() override;

    QUrl url() const { return m_url; }
    QString destination() const { return m_destination; }
    QString partPath() const { return m_destination + QStringLiteral(".part"); }

    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    void start();
    void cancel();

    bool isRunning() const { return m_state == State::Running; }
    bool wasCancelled() const { return m_cancelled; }
    // How many requests were made (1 + retries); for tests and logs.
    int attempts() const { return m_attempt; }
    // The destination path once verified; a Failure otherwise (also before finished()).
    const Result<QString> &result() const { return m_result; }

Q_SIGNALS:
    // bytesDone counts resumed bytes too; bytesTotal, bytesPerSecond and etaSeconds are -1 while
    // unknown. Emitted at most about ten times a second, and once more before finished().
    void progressChanged(qint64 bytesDone, qint64 bytesTotal, qint64 bytesPerSecond, qint64 etaSeconds);
    void finished();

private:
    enum class State { Idle, Running, Finished };

    Result<void> openPart();
    void startAttempt();
    void onReadyRead();
    void onReplyFinished();
    bool acceptResponse();
    void retryOrFail(const QString &reason);
    void verifyAndFinish();
    void restartFromZero();
    void emitProgress(bool force);
    void finishWith(Result<QString> result);

    QUrl m_url;
    QString m_destination;
    QString m_expectedSha256;
    qint64 m_expectedSize = -1;
    std::chrono::milliseconds m_transferTimeout { 30000 };
    int m_maxAttempts = 4;
    std::chrono::milliseconds m_retryDelay { 1000 };

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QFile m_part;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    QTimer m_retryTimer;
    // Qt's transfer timeout does not cover a connection that a redirect opens to another host
    // (Qt 6.8: a stalled TLS handshake there hangs forever), so the job keeps its own as well.
    QTimer m_watchdog;
    QElapsedTimer m_attemptClock;
    qint64 m_lastProgressMs = -1;

    State m_state = State::Idle;
    bool m_cancelled = false;
    bool m_responseChecked = false;
    bool m_discardBody = false;
    bool m_timedOut = false;
    QString m_abortReason; // set when this job aborts the reply itself and must not retry
    QString m_retryReason; // set when this job aborts the reply itself to try again
    int m_attempt = 0;
    qint64 m_done = 0; // bytes in the .part, all of them hashed
    qint64 m_attemptStart = 0; // m_done when this attempt began
    qint64 m_total = -1;
    Result<QString> m_result;
};

} // namespace GoDual
