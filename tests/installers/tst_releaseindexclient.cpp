#include "loopbackhttpserver.h"
#include "releaseindexclient.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;
using GoDual::Test::LoopbackHttpServer;

namespace {

QByteArray fixture()
{
    QFile f(QStringLiteral(GODUAL_SOURCE_DIR "/tests/data/releases/index-all.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace

// The client against a loopback server: fetching, the cache, and what happens when the network
// is gone. Nothing here leaves 127.0.0.1.
class TestReleaseIndexClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void indexUrl();
    void fetchAndCache();
    void freshCacheNeedsNoNetwork();
    void refreshIgnoresFreshCache();
    void staleCacheWhenServerDown();
    void staleCacheWhenServerBroken_data();
    void staleCacheWhenServerBroken();
    void noCacheServerDown();
    void cacheOfAnotherUrlIgnored();
    void plainHttpElsewhereRefused();
    void secondFetchWhileRunning();
    void silentServerAfterRedirectTimesOut();
    void noStateDirNoCache();

private:
    // Runs one fetch and waits for its single finished().
    bool fetch(ReleaseIndexClient &client, ReleaseIndexClient::CachePolicy policy = {});
    void configure(ReleaseIndexClient &client);

    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_state;
};

void TestReleaseIndexClient::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_server->serve("/dl/", fixture());
    m_state = std::make_unique<QTemporaryDir>();
    QVERIFY(m_state->isValid());
}

void TestReleaseIndexClient::cleanup()
{
    m_server.reset();
    m_state.reset();
}

void TestReleaseIndexClient::configure(ReleaseIndexClient &client)
{
    client.setBaseUrl(m_server->url(QStringLiteral("/dl/")));
    client.setStateDir(m_state->path());
    client.setTransferTimeout(std::chrono::seconds(5));
}

bool TestReleaseIndexClient::fetch(ReleaseIndexClient &client, ReleaseIndexClient::CachePolicy policy)
{
    QSignalSpy finished(&client, &ReleaseIndexClient::finished);
    client.fetch(policy);
    if (finished.count() != 0) // never from inside fetch()
        return false;
    if (!finished.wait(10000))
        return false;
    QTest::qWait(20); // a second finished() would arrive in this time
    return finished.count() == 1 && !client.isRunning();
}

void TestReleaseIndexClient::indexUrl()
{
    QCOMPARE(ReleaseIndexClient::indexUrl(QUrl(QStringLiteral("https://go.dev/dl/"))).toString(),
        QStringLiteral("https://go.dev/dl/?mode=json&include=all"));
    QCOMPARE(ReleaseIndexClient::indexUrl(QUrl(QStringLiteral("https://golang.google.cn/dl/?mode=json"))).toString(),
        QStringLiteral("https://golang.google.cn/dl/?mode=json&include=all"));
}

void TestReleaseIndexClient::fetchAndCache()
{
    ReleaseIndexClient client;
    configure(client);
    QVERIFY(fetch(client));
    QVERIFY2(client.result(), qPrintable(client.result().error()));
    const ReleaseIndexAnswer &answer = *client.result();
    QCOMPARE(answer.releases.size(), 8);
    QVERIFY(!answer.fromCache);
    QVERIFY(!answer.stale);
    QVERIFY(qAbs(answer.fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    const auto requests = m_server->requestsFor("/dl/");
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().path, QByteArray("/dl/?mode=json&include=all"));

    QFile cached(client.cacheFile());
    QVERIFY(cached.open(QIODevice::ReadOnly));
    QCOMPARE(cached.readAll(), fixture());
    QVERIFY(QFile::exists(client.cacheFile() + QStringLiteral(".meta")));
}

void TestReleaseIndexClient::freshCacheNeedsNoNetwork()
{
    {
        ReleaseIndexClient first;
        configure(first);
        QVERIFY(fetch(first));
        QVERIFY(first.result());
    }
    m_server->close();

    ReleaseIndexClient client;
    configure(client);
    QVERIFY(fetch(client));
    QVERIFY2(client.result(), qPrintable(client.result().error()));
    QVERIFY(client.result()->fromCache);
    QVERIFY(!client.result()->stale);
    QCOMPARE(client.result()->releases.size(), 8);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestReleaseIndexClient::refreshIgnoresFreshCache()
{
    ReleaseIndexClient client;
    configure(client);
    QVERIFY(fetch(client));
    QVERIFY(fetch(client, ReleaseIndexClient::CachePolicy::Refresh));
    QVERIFY(client.result());
    QVERIFY(!client.result()->fromCache);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestReleaseIndexClient::staleCacheWhenServerDown()
{
    ReleaseIndexClient client;
    configure(client);
    QVERIFY(fetch(client));
    const QDateTime firstFetch = client.result()->fetchedAt;
    m_server->close();

    client.setMaxAge(std::chrono::seconds(0)); // everything cached is too old now
    QVERIFY(fetch(client));
    QVERIFY2(client.result(), qPrintable(client.result().error()));
    const ReleaseIndexAnswer &answer = *client.result();
    QVERIFY(answer.fromCache);
    QVERIFY(answer.stale);
    QCOMPARE(answer.fetchedAt, firstFetch);
    QCOMPARE(answer.releases.size(), 8);
    QVERIFY2(
        answer.staleReason.contains(m_server->url(QStringLiteral("/dl/")).toString()), qPrintable(answer.staleReason));
}

void TestReleaseIndexClient::staleCacheWhenServerBroken_data()
{
    QTest::addColumn<int>("status"); // 0: a body that is not a release index
    QTest::addColumn<QString>("reason");
    QTest::newRow("HTTP 500") << 500 << "answered HTTP 500";
    QTest::newRow("HTTP 404") << 404 << "answered HTTP 404";
    QTest::newRow("not an index") << 0 << "sent an unusable release index";
}

void TestReleaseIndexClient::staleCacheWhenServerBroken()
{
    QFETCH(int, status);
    QFETCH(QString, reason);
    ReleaseIndexClient client;
    configure(client);
    QVERIFY(fetch(client));

    if (status == 0) {
        m_server->serve("/dl/", "<html>captive portal</html>");
    } else {
        LoopbackHttpServer::Route route;
        route.fault = LoopbackHttpServer::Fault::Status;
        route.status = status;
        m_server->setRoute("/dl/", route);
    }
    QVERIFY(fetch(client, ReleaseIndexClient::CachePolicy::Refresh));
    QVERIFY2(client.result(), qPrintable(client.result().error()));
    QVERIFY(client.result()->stale);
    QVERIFY2(client.result()->staleReason.contains(reason), qPrintable(client.result()->staleReason));

    // What was not an index was not cached.
    QFile cached(client.cacheFile());
    QVERIFY(cached.open(QIODevice::ReadOnly));
    QCOMPARE(cached.readAll(), fixture());
}

void TestReleaseIndexClient::noCacheServerDown()
{
    m_server->close();
    ReleaseIndexClient client;
    configure(client);
    QVERIFY(fetch(client));
    QVERIFY(!client.result());
    const QString error = client.result().error();
    QVERIFY2(error.contains(m_server->url(QStringLiteral("/dl/")).toString()), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("no cached copy")), qPrintable(error));
}

void TestReleaseIndexClient::cacheOfAnotherUrlIgnored()
{
    ReleaseIndexClient client;
    configure(client);
    QVERIFY(fetch(client));
    m_server->close();

    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/other/")));
    QVERIFY(fetch(client));
    QVERIFY(!client.result());
    QVERIFY2(client.result().error().contains(QStringLiteral("no cached copy")), qPrintable(client.result().error()));
}

void TestReleaseIndexClient::plainHttpElsewhereRefused()
{
    ReleaseIndexClient client;
    configure(client);
    client.setBaseUrl(QUrl(QStringLiteral("http://example.invalid/dl/")));
    QVERIFY(fetch(client));
    QVERIFY(!client.result());
    QVERIFY2(client.result().error().contains(QStringLiteral("only https")), qPrintable(client.result().error()));
}

void TestReleaseIndexClient::secondFetchWhileRunning()
{
    ReleaseIndexClient client;
    configure(client);
    QSignalSpy finished(&client, &ReleaseIndexClient::finished);
    client.fetch();
    client.fetch(); // answered by the running request
    QVERIFY(finished.wait(10000));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestReleaseIndexClient::silentServerAfterRedirectTimesOut()
{
    // A redirect to a host that accepts and then says nothing (not even a TLS handshake): the
    // client must give up after its transfer timeout, not hang.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    LoopbackHttpServer::Route redirect;
    redirect.fault = LoopbackHttpServer::Fault::Redirect;
    redirect.location = "https://127.0.0.1:" + QByteArray::number(silent.serverPort()) + "/dl/";
    m_server->setRoute("/dl/", redirect);

    ReleaseIndexClient client;
    configure(client);
    client.setTransferTimeout(std::chrono::milliseconds(300));
    // The error names the 0.3 s transfer timeout, so it was that timeout, not a later one, that
    // ended the fetch.
    QVERIFY(fetch(client));
    QVERIFY(!client.result());
    QVERIFY2(client.result().error().contains(QStringLiteral("sent nothing for 0.3 s")),
        qPrintable(client.result().error()));
}

void TestReleaseIndexClient::noStateDirNoCache()
{
    ReleaseIndexClient client;
    configure(client);
    client.setStateDir(QString());
    QVERIFY(client.cacheFile().isEmpty());
    QVERIFY(fetch(client));
    QVERIFY2(client.result(), qPrintable(client.result().error()));
    QVERIFY(fetch(client));
    QVERIFY(!client.result()->fromCache);
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(!QFile::exists(QStringLiteral("cache/releases.json")));
}

QTEST_GUILESS_MAIN(TestReleaseIndexClient)
#include "tst_releaseindexclient.moc"
