#include "releaseindexclient.h"

#include "archivemirror.h"
#include "installlog.h"
#include "releaseindex.h"
#include "urlpolicy.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUrlQuery>

namespace GoDual {

namespace {

// The index is a few hundred kilobytes today; anything far larger is not an index.
constexpr qint64 MaxIndexBytes = qint64(64) * 1024 * 1024;

} // namespace

ReleaseIndexClient::ReleaseIndexClient(QObject *parent)
    : QObject(parent)
    , m_baseUrl(defaultBaseUrl())
    , m_stateDir(defaultStateDir())
    , m_network(new QNetworkAccessManager(this))
    , m_watchdog(new QTimer(this))
    , m_result(Failure { tr("the release index has not been fetched yet") })
{
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_abortReason = tr("%1 sent nothing for %2 s")
                            .arg(indexUrl(m_baseUrl).toDisplayString())
                            .arg(m_transferTimeout.count() / 1000.0);
        m_reply->abort();
    });
}

ReleaseIndexClient::~ReleaseIndexClient()
{
    if (m_reply) {
        // No handler may run on a half-destroyed client.
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        delete m_reply;
    }
}

QUrl ReleaseIndexClient::defaultBaseUrl() { return ArchiveMirror::base(ArchiveMirror::Kind::Official); }

QString ReleaseIndexClient::defaultStateDir()
{
    const QString fromEnv = qEnvironmentVariable("GODUAL_STATE_DIR");
    return fromEnv.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) : fromEnv;
}

QUrl ReleaseIndexClient::indexUrl(const QUrl &base)
{
    QUrl url = base;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("mode"));
    query.removeAllQueryItems(QStringLiteral("include"));
    query.addQueryItem(QStringLiteral("mode"), QStringLiteral("json"));
    query.addQueryItem(QStringLiteral("include"), QStringLiteral("all"));
    url.setQuery(query);
    return url;
}

QString ReleaseIndexClient::cacheFile() const
{
    // Without a state dir there is no cache, rather than one relative to the working directory.
    if (m_stateDir.isEmpty())
        return {};
    return QDir(m_stateDir).filePath(QStringLiteral("cache/releases.json"));
}

std::optional<ReleaseIndexClient::Cached> ReleaseIndexClient::readCache() const
{
    if (cacheFile().isEmpty())
        return std::nullopt;
    QFile meta(cacheFile() + QStringLiteral(".meta"));
    QFile data(cacheFile());
    if (!meta.open(QIODevice::ReadOnly) || !data.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject info = QJsonDocument::fromJson(meta.read(64 * 1024)).object();
    if (info.value(QStringLiteral("url")).toString() != indexUrl(m_baseUrl).toString()) {
        qCDebug(lcInstall) << "ignoring the cached release index: it was fetched from"
                           << info.value(QStringLiteral("url")).toString();
        return std::nullopt;
    }
    const QDateTime fetchedAt
        = QDateTime::fromString(info.value(QStringLiteral("fetchedAt")).toString(), Qt::ISODateWithMs);
    if (!fetchedAt.isValid())
        return std::nullopt;
    return Cached { data.read(MaxIndexBytes), fetchedAt };
}

Result<void> ReleaseIndexClient::writeCache(const QByteArray &json, const QDateTime &fetchedAt) const
{
    const QString path = cacheFile();
    if (path.isEmpty())
        return Failure { tr("there is no state folder to keep the release index in") };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Failure { tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath()) };
    // The index first, then its description: a crash between the two leaves an older fetch time,
    // which only makes the cache look older than it is.
    QSaveFile data(path);
    if (!data.open(QIODevice::WriteOnly) || data.write(json) != json.size() || !data.commit())
        return Failure { tr("cannot write %1: %2").arg(path, data.errorString()) };
    const QJsonObject info { { QStringLiteral("url"), indexUrl(m_baseUrl).toString() },
        { QStringLiteral("fetchedAt"), fetchedAt.toUTC().toString(Qt::ISODateWithMs) } };
    QSaveFile meta(path + QStringLiteral(".meta"));
    const QByteArray metaBytes = QJsonDocument(info).toJson();
    if (!meta.open(QIODevice::WriteOnly) || meta.write(metaBytes) != metaBytes.size() || !meta.commit())
        return Failure { tr("cannot write %1: %2").arg(meta.fileName(), meta.errorString()) };
    return {};
}

void ReleaseIndexClient::fetch(CachePolicy policy)
{
    if (m_running)
        return;
    m_running = true;
    const QUrl url = indexUrl(m_baseUrl);

    if (policy == CachePolicy::PreferCache) {
        if (const auto cached = readCache()) {
            const auto age = std::chrono::seconds(cached->fetchedAt.secsTo(QDateTime::currentDateTimeUtc()));
            if (age >= std::chrono::seconds(0) && age < m_maxAge) {
                auto releases = ReleaseIndex::parse(cached->json);
                if (releases) {
                    qCDebug(lcInstall) << "release index from the cache, fetched" << age.count() << "s ago";
                    ReleaseIndexAnswer answer { std::move(releases).value(), url, cached->fetchedAt, true, false, {} };
                    // Queued, so that finished() never fires inside fetch().
                    QTimer::singleShot(0, this, [this, answer = std::move(answer)] { finishWith(answer); });
                    return;
                }
                qCWarning(lcInstall) << "ignoring the cached release index:" << releases.error();
            }
        }
    }

    if (auto allowed = UrlPolicy::check(url); !allowed) {
        const QString reason = allowed.error();
        QTimer::singleShot(0, this, [this, reason] { fallBackToCache(reason); });
        return;
    }

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(m_transferTimeout);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("godual"));
    m_abortReason.clear();
    qCDebug(lcInstall) << "fetching the release index from" << url;
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl &target) {
        const QUrl resolved = m_reply->url().resolved(target);
        if (auto allowed = UrlPolicy::check(resolved); !allowed) {
            m_abortReason
                = tr("%1 redirected elsewhere: %2").arg(indexUrl(m_baseUrl).toDisplayString(), allowed.error());
            m_reply->abort();
            return;
        }
        Q_EMIT m_reply->redirectAllowed();
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxIndexBytes) {
            m_abortReason = tr("%1 sent more than %2 bytes, which is not a release index")
                                .arg(indexUrl(m_baseUrl).toDisplayString())
                                .arg(MaxIndexBytes);
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &ReleaseIndexClient::onReplyFinished);
    const auto alive = [this] {
        if (m_reply)
            m_watchdog->start(m_transferTimeout);
    };
    connect(m_reply, &QNetworkReply::redirected, this, alive);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, alive);
    connect(m_reply, &QNetworkReply::downloadProgress, this, alive);
    m_watchdog->start(m_transferTimeout);
}

void ReleaseIndexClient::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    m_watchdog->stop();
    const QUrl url = indexUrl(m_baseUrl);
    const QString where = url.toDisplayString();

    if (!m_abortReason.isEmpty())
        return fallBackToCache(m_abortReason);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError) {
        if (status >= 400)
            return fallBackToCache(tr("%1 answered HTTP %2").arg(where).arg(status));
        // Nothing here aborts without a reason, so a cancel is Qt's transfer timeout.
        if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
            return fallBackToCache(tr("%1 sent nothing for %2 s").arg(where).arg(m_transferTimeout.count() / 1000.0));
        return fallBackToCache(tr("cannot fetch %1: %2").arg(where, reply->errorString()));
    }
    const QByteArray json = reply->read(MaxIndexBytes + 1);
    if (json.size() > MaxIndexBytes)
        return fallBackToCache(
            tr("%1 sent more than %2 bytes, which is not a release index").arg(where).arg(MaxIndexBytes));
    auto releases = ReleaseIndex::parse(json);
    if (!releases)
        return fallBackToCache(tr("%1 sent an unusable release index: %2").arg(where, releases.error()));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto written = writeCache(json, now); !written)
        qCWarning(lcInstall) << "the release index was not cached:" << written.error();
    finishWith(ReleaseIndexAnswer { std::move(releases).value(), url, now, false, false, {} });
}

void ReleaseIndexClient::fallBackToCache(const QString &reason)
{
    qCDebug(lcInstall) << reason;
    if (const auto cached = readCache()) {
        auto releases = ReleaseIndex::parse(cached->json);
        if (releases)
            return finishWith(ReleaseIndexAnswer {
                std::move(releases).value(), indexUrl(m_baseUrl), cached->fetchedAt, true, true, reason });
        qCWarning(lcInstall) << "the cached release index is unusable too:" << releases.error();
    }
    finishWith(Failure { tr("%1; no cached copy of the release index is available").arg(reason) });
}

void ReleaseIndexClient::finishWith(Result<ReleaseIndexAnswer> result)
{
    m_result = std::move(result);
    m_running = false;
    Q_EMIT finished();
}

} // namespace GoDual
