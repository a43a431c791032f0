#pragma once

#include "gorelease.h"
#include "result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace GoDual {

// What a fetch of the release index produced.
struct ReleaseIndexAnswer {
    QList<GoRelease> releases; // in the index's order (newest first)
    QUrl url; // where the index came from, e.g. https://go.dev/dl/?mode=json&include=all
    QDateTime fetchedAt; // when those bytes came off the network (UTC)
    bool fromCache = false;
    // True when the network failed and an older cached copy answers instead; staleReason then
    // says what failed, naming the URL.
    bool stale = false;
    QString staleReason;
};

// Fetches <base>?mode=json&include=all, where base is GODUAL_RELEASES_URL or https://go.dev/dl/,
// and keeps the last good answer (the raw JSON and its fetch time, written with QSaveFile) in
// <state dir>/cache, where the state dir is GODUAL_STATE_DIR or the platform's app-data folder.
//
// fetch() never blocks. It answers from the cache when that is younger than maxAge(); otherwise it
// asks the network, and when the network (or the bytes it returned) fails it answers from an
// older cached copy with `stale` set. Only with no usable cache does it fail; the Failure names
// the URL and the error. Every fetch() is answered by exactly one finished() signal, always
// emitted from the event loop (never from inside fetch()), in the object's thread. Calling
// fetch() while one is running does nothing: that running request's finished() answers both.
//
// Only bytes that parse as a release index are ever cached. A cache written for another base URL
// is ignored. The URL must pass UrlPolicy (https, or http on loopback), as must every redirect.
class ReleaseIndexClient : public QObject {
    Q_OBJECT

public:
    enum class CachePolicy { PreferCache, Refresh };

    explicit ReleaseIndexClient(QObject *parent = nullptr);
    ~ReleaseIndexClient() override;

    // GODUAL_RELEASES_URL when set, else https://go.dev/dl/.
    static QUrl defaultBaseUrl();
    // GODUAL_STATE_DIR when set, else QStandardPaths::AppLocalDataLocation.
    static QString defaultStateDir();
    // The index URL for a download base: <base>?mode=json&include=all.
    static QUrl indexUrl(const QUrl &base);

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &base) { m_baseUrl = base; }
    QString stateDir() const { return m_stateDir; }
    void setStateDir(const QString &dir) { m_stateDir = dir; }
    std::chrono::seconds maxAge() const { return m_maxAge; }
    void setMaxAge(std::chrono::seconds age) { m_maxAge = age; }
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }

    // The cache file holding the raw index for the current state dir; empty without a state dir,
    // in which case nothing is cached.
    QString cacheFile() const;

    void fetch(CachePolicy policy = CachePolicy::PreferCache);
    bool isRunning() const { return m_running; }

    // The answer of the last finished fetch; a Failure before the first one.
    const Result<ReleaseIndexAnswer> &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    struct Cached {
        QByteArray json;
        QDateTime fetchedAt;
    };
    std::optional<Cached> readCache() const;
    Result<void> writeCache(const QByteArray &json, const QDateTime &fetchedAt) const;
    void onReplyFinished();
    void finishWith(Result<ReleaseIndexAnswer> result);
    void fallBackToCache(const QString &reason);

    QUrl m_baseUrl;
    QString m_stateDir;
    std::chrono::seconds m_maxAge { 3600 };
    std::chrono::milliseconds m_transferTimeout { 30000 };
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    // Qt's transfer timeout does not cover a connection a redirect opens to another host.
    QTimer *m_watchdog = nullptr;
    QString m_abortReason; // why this object aborted the running reply
    bool m_running = false;
    Result<ReleaseIndexAnswer> m_result;
};

} // namespace GoDual
