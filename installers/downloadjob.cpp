#include "downloadjob.h"

#include "installlog.h"
#include "urlpolicy.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

#include <filesystem>
#include <system_error>

namespace GoDual {

namespace {

constexpr qint64 kReadBufferSize = 1024 * 1024;

constexpr qint64 ChunkBytes = 1024 * 1024;

// "bytes 100-199/200" -> {100, 200}; total is -1 for "*".
std::optional<std::pair<qint64, qint64>> parseContentRange(const QByteArray &header)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral(R"(bytes (\d+)-(\d+)/(\d+|\*))")));
    const auto match = pattern.match(QString::fromLatin1(header.trimmed()));
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 total = match.capturedView(3) == u"*" ? -1 : match.capturedView(3).toLongLong();
    return std::pair { match.capturedView(1).toLongLong(), total };
}

bool isRetryable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout; our own aborts set a reason
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::HostNotFoundError: // often a brief DNS outage
        return true;
    default:
        return false;
    }
}

} // namespace

DownloadJob::DownloadJob(
    const QUrl &url, const QString &destination, const QString &expectedSha256, qint64 expectedSize, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_destination(destination)
    , m_expectedSha256(expectedSha256.toLower())
    , m_expectedSize(expectedSize)
    , m_network(new QNetworkAccessManager(this))
    , m_result(Failure { tr("the download of %1 has not finished").arg(url.toDisplayString()) })
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DownloadJob::startAttempt);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_timedOut = true;
        m_reply->abort();
    });
}

DownloadJob::~DownloadJob()
{
    if (m_reply) {
        // No handler may run on a half-destroyed job.
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        delete m_reply;
    }
}

void DownloadJob::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    if (auto allowed = UrlPolicy::check(m_url); !allowed)
        return finishWith(Failure { allowed.error() });
    if (auto opened = openPart(); !opened)
        return finishWith(Failure { opened.error() });
    m_total = m_expectedSize;
    // A .part as long as the index's size needs no network: verify it now (still from the event
    // loop, so finished() does not fire inside start()).
    if (m_expectedSize >= 0 && m_done == m_expectedSize) {
        QTimer::singleShot(0, this, [this] {
            if (m_state == State::Running)
                verifyAndFinish();
        });
        return;
    }
    startAttempt();
}

Result<void> DownloadJob::openPart()
{
    m_part.setFileName(partPath());
    if (!m_part.open(QIODevice::ReadWrite))
        return Failure { tr("cannot open %1 for writing: %2").arg(partPath(), m_part.errorString()) };
    if (m_expectedSize >= 0 && m_part.size() > m_expectedSize) {
        qCInfo(lcInstall) << partPath() << "is longer than the index's size; starting over";
        m_part.resize(0);
    }
    // The partial bytes are hashed once, here; everything after this is hashed as it arrives.
    m_hash.reset();
    m_done = 0;
    QByteArray chunk;
    while (!(chunk = m_part.read(ChunkBytes)).isEmpty()) {
        m_hash.addData(chunk);
        m_done += chunk.size();
    }
    if (m_part.error() != QFileDevice::NoError)
        return Failure { tr("cannot read %1: %2").arg(partPath(), m_part.errorString()) };
    if (m_done > 0)
        qCInfo(lcInstall) << "resuming" << m_url << "after" << m_done << "bytes";
    return {};
}

void DownloadJob::startAttempt()
{
    ++m_attempt;
    m_responseChecked = false;
    m_discardBody = false;
    m_timedOut = false;
    m_abortReason.clear();
    m_retryReason.clear();
    m_attemptStart = m_done;
    m_attemptClock.start();
    m_lastProgressMs = -1;

    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(m_transferTimeout);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("godual"));
    // Byte ranges and the digest refer to the file itself, never to a compressed transfer of it.
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_done > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_done) + '-');
    qCDebug(lcInstall) << "download attempt" << m_attempt << "of" << m_url << "from byte" << m_done;

    m_reply = m_network->get(request);
    // Qt's HTTP thread would otherwise queue the whole body in memory whenever the network is
    // faster than hashing and writing (loopback, a LAN mirror); a bound keeps memory flat.
    m_reply->setReadBufferSize(kReadBufferSize);
    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl &target) {
        const QUrl resolved = m_reply->url().resolved(target);
        if (auto allowed = UrlPolicy::check(resolved); !allowed) {
            m_abortReason = tr("%1 redirected elsewhere: %2").arg(m_url.toDisplayString(), allowed.error());
            m_reply->abort();
            return;
        }
        qCDebug(lcInstall) << "following the redirect to" << resolved;
        Q_EMIT m_reply->redirectAllowed();
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &DownloadJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DownloadJob::onReplyFinished);
    // Any sign of life restarts the watchdog (unless the handlers above just ended the reply).
    const auto alive = [this] {
        if (m_reply)
            m_watchdog.start(m_transferTimeout);
    };
    connect(m_reply, &QNetworkReply::redirected, this, alive);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, alive);
    connect(m_reply, &QNetworkReply::downloadProgress, this, alive);
    m_watchdog.start(m_transferTimeout);
}

// Decides, on the first bytes of an answer, whether they continue the .part, replace it or are
// not the file at all. Returns false when the body must not be written.
bool DownloadJob::acceptResponse()
{
    m_responseChecked = true;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 206) {
        const auto range = parseContentRange(m_reply->rawHeader("Content-Range"));
        if (!range || range->first != m_done) {
            // Not the range asked for: the bytes can't be placed, so start over next time.
            m_retryReason = tr("%1 answered with Content-Range \"%2\" instead of the range asked for")
                                .arg(m_url.toDisplayString(), QString::fromLatin1(m_reply->rawHeader("Content-Range")));
            restartFromZero();
            m_discardBody = true;
            m_reply->abort();
            return false;
        }
        if (range->second >= 0)
            m_total = range->second;
        return true;
    }
    if (status == 200) {
        if (m_done > 0) {
            qCInfo(lcInstall) << m_url << "ignored the Range request; downloading from the start";
            restartFromZero();
        }
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (m_total < 0 && length > 0)
            m_total = length;
        return true;
    }
    m_discardBody = true; // an error page, never part of the file
    return false;
}

void DownloadJob::restartFromZero()
{
    m_part.resize(0);
    m_part.seek(0);
    m_hash.reset();
    m_done = 0;
    m_attemptStart = 0;
}

void DownloadJob::onReadyRead()
{
    if (!m_responseChecked && !acceptResponse())
        return;
    if (m_discardBody || !m_reply) {
        if (m_reply)
            m_reply->readAll();
        return;
    }
    const QByteArray data = m_reply->readAll();
    if (data.isEmpty())
        return;
    if (m_expectedSize >= 0 && m_done + data.size() > m_expectedSize) {
        m_abortReason = tr("%1 sent more than the %2 bytes the release index lists")
                            .arg(m_url.toDisplayString())
                            .arg(m_expectedSize);
        restartFromZero(); // whatever this is, it is not the file the index describes
        m_reply->abort();
        return;
    }
    if (m_part.write(data) != data.size()) {
        m_abortReason = tr("cannot write %1: %2").arg(partPath(), m_part.errorString());
        m_reply->abort();
        return;
    }
    m_hash.addData(data);
    m_done += data.size();
    emitProgress(false);
}

void DownloadJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_watchdog.stop();
    // Bytes that arrived together with the end of the reply.
    if (!m_cancelled && m_abortReason.isEmpty() && reply->error() == QNetworkReply::NoError
        && reply->bytesAvailable() > 0) {
        m_reply = reply;
        onReadyRead();
        m_reply = nullptr;
    }
    if (!m_part.flush())
        m_abortReason = tr("cannot write %1: %2").arg(partPath(), m_part.errorString());

    if (m_cancelled)
        return finishWith(Failure { tr("the download of %1 was cancelled").arg(m_url.toDisplayString()) });
    if (!m_abortReason.isEmpty())
        return finishWith(Failure { m_abortReason });
    if (!m_retryReason.isEmpty())
        return retryOrFail(m_retryReason);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = m_url.toDisplayString();
    if (status == 416) {
        // The .part does not fit the file the server has now; drop it and fetch everything.
        restartFromZero();
        return retryOrFail(tr("%1 refused to resume (HTTP 416)").arg(where));
    }
    if (status >= 400 && status < 500)
        return finishWith(Failure { tr("%1 answered HTTP %2 %3")
                .arg(where)
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()) });
    if (status >= 500)
        return retryOrFail(tr("%1 answered HTTP %2").arg(where).arg(status));
    if (m_timedOut || reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError)
        return retryOrFail(tr("%1 sent nothing for %2 s").arg(where).arg(m_transferTimeout.count() / 1000.0));
    if (reply->error() != QNetworkReply::NoError) {
        const QString reason = tr("cannot download %1: %2").arg(where, reply->errorString());
        if (isRetryable(reply->error()))
            return retryOrFail(reason);
        return finishWith(Failure { reason });
    }
    if (m_discardBody)
        return retryOrFail(tr("%1 answered HTTP %2, which is not the file").arg(where).arg(status));
    // Qt can report a body cut short by the server's close as a clean finish; the length says
    // otherwise, and the rest is fetched with a Range request rather than failing the digest.
    if (m_total >= 0 && m_done < m_total)
        return retryOrFail(tr("%1 closed the connection after %2 of %3 bytes").arg(where).arg(m_done).arg(m_total));
    verifyAndFinish();
}

void DownloadJob::retryOrFail(const QString &reason)
{
    if (m_attempt >= m_maxAttempts)
        return finishWith(Failure { tr("%1 (gave up after %n attempt(s))", nullptr, m_attempt).arg(reason) });
    const auto delay = m_retryDelay * (1 << qMin(m_attempt - 1, 6));
    qCInfo(lcInstall) << reason << "- retrying in" << delay.count() << "ms";
    m_retryTimer.start(delay);
}

void DownloadJob::verifyAndFinish()
{
    emitProgress(true);
    const QString received = QString::fromLatin1(m_hash.result().toHex());
    m_part.close();
    if (received != m_expectedSha256) {
        QFile::remove(partPath());
        return finishWith(Failure { tr("the SHA-256 of %1 does not match the release index: expected %2, received %3 "
                                       "(%n byte(s)); the download was deleted",
            nullptr, m_done)
                .arg(m_url.toDisplayString(), m_expectedSha256, received) });
    }
    // One rename replaces the destination, so nobody ever sees a half-written or unverified file.
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(partPath().toStdU16String()),
        std::filesystem::path(m_destination.toStdU16String()), error);
    if (error)
        return finishWith(Failure {
            tr("cannot rename %1 to %2: %3").arg(partPath(), m_destination, QString::fromLocal8Bit(error.message())) });
    qCInfo(lcInstall) << "downloaded and verified" << m_destination;
    finishWith(m_destination);
}

void DownloadJob::emitProgress(bool force)
{
    const qint64 elapsed = m_attemptClock.isValid() ? m_attemptClock.elapsed() : 0;
    if (!force && m_lastProgressMs >= 0 && elapsed - m_lastProgressMs < 100)
        return;
    m_lastProgressMs = elapsed;
    const qint64 transferred = m_done - m_attemptStart;
    const qint64 speed = elapsed > 0 ? transferred * 1000 / elapsed : -1;
    const qint64 eta = (speed > 0 && m_total >= 0) ? qMax<qint64>(0, (m_total - m_done) / speed) : -1;
    Q_EMIT progressChanged(m_done, m_total, speed, eta);
}

void DownloadJob::cancel()
{
    if (m_state != State::Running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // onReplyFinished() reports the cancel
        return;
    }
    m_retryTimer.stop();
    finishWith(Failure { tr("the download of %1 was cancelled").arg(m_url.toDisplayString()) });
}

void DownloadJob::finishWith(Result<QString> result)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_retryTimer.stop();
    m_watchdog.stop();
    if (m_part.isOpen())
        m_part.close();
    // An empty .part resumes nothing; leave no litter.
    if (QFileInfo(partPath()).exists() && QFileInfo(partPath()).size() == 0)
        QFile::remove(partPath());
    if (!result)
        qCDebug(lcInstall) << result.error();
    m_result = std::move(result);
    // Queued, so that finished() never fires inside start() or cancel().
    QMetaObject::invokeMethod(this, &DownloadJob::finished, Qt::QueuedConnection);
}

} // namespace GoDual
