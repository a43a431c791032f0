#include "archivemirror.h"
#include "downloadjob.h"
#include "loopbackhttpserver.h"
#include "urlpolicy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;
using GoDual::Test::LoopbackHttpServer;
using Fault = LoopbackHttpServer::Fault;

// Downloads against a loopback server with faults: verification, resuming, timeouts, redirects
// and cancelling. Nothing here leaves 127.0.0.1.
class TestDownloadJob : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void urlPolicy_data();
    void urlPolicy();
    void archiveUrl();
    void success();
    void digestMismatch();
    void resumeAfterDrop();
    void resumeExistingPart();
    void serverIgnoresRange();
    void misplacedRangeRestarts();
    void corruptPartIsCaught();
    void completePartNeedsNoNetwork();
    void retryAfterServerError();
    void stallTimesOut();
    void redirectOnLoopback();
    void redirectToPlainHttpRefused();
    void stallAfterRedirectTimesOut();
    void redirectToHttpsFollowed();
    void notFound();
    void silentServerTimesOut_data();
    void silentServerTimesOut();
    void cancelWhileReceiving();
    void cancelWhileWaitingToRetry();
    void refusedStartUrl();

private:
    std::unique_ptr<DownloadJob> job(const QString &path, const QString &sha256 = {}, qint64 size = -1);
    // Starts `job` and waits for its one finished().
    bool run(DownloadJob &job, int timeoutMs = 20000);
    QString destination() const { return m_dir->filePath(QStringLiteral("go.tar.gz")); }
    QByteArray readFile(const QString &path) const;

    QByteArray m_payload;
    QString m_sha256;
    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDownloadJob::initTestCase()
{
    // 3 MiB that differ at every offset, so a byte in the wrong place changes the digest.
    m_payload.resize(3 * 1024 * 1024);
    for (qsizetype i = 0; i < m_payload.size(); ++i)
        m_payload[i] = char((i * 7919 + (i >> 8)) & 0xff);
    m_sha256 = QString::fromLatin1(QCryptographicHash::hash(m_payload, QCryptographicHash::Sha256).toHex());
}

void TestDownloadJob::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_server->serve("/go.tar.gz", m_payload);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDownloadJob::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<DownloadJob> TestDownloadJob::job(const QString &path, const QString &sha256, qint64 size)
{
    auto j
        = std::make_unique<DownloadJob>(m_server->url(path), destination(), sha256.isEmpty() ? m_sha256 : sha256, size);
    j->setRetryDelay(std::chrono::milliseconds(20));
    j->setTransferTimeout(std::chrono::seconds(5));
    return j;
}

bool TestDownloadJob::run(DownloadJob &job, int timeoutMs)
{
    QSignalSpy finished(&job, &DownloadJob::finished);
    job.start();
    if (finished.count() != 0) // never from inside start()
        return false;
    if (!finished.wait(timeoutMs))
        return false;
    QTest::qWait(20); // a second finished() would arrive in this time
    return finished.count() == 1 && !job.isRunning();
}

QByteArray TestDownloadJob::readFile(const QString &path) const
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestDownloadJob::urlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://dl.google.com/go/go1.22.6.linux-amd64.tar.gz" << true;
    QTest::newRow("https loopback") << "https://127.0.0.1:8443/x" << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/x" << true;
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3/x" << true;
    QTest::newRow("http ::1") << "http://[::1]:8080/x" << true;
    QTest::newRow("http localhost") << "http://localhost:8080/x" << true;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST/x" << true;
    QTest::newRow("http elsewhere") << "http://example.invalid/x" << false;
    QTest::newRow("http LAN") << "http://192.168.1.10/x" << false;
    QTest::newRow("http localhost lookalike") << "http://localhost.example.com/x" << false;
    QTest::newRow("http 127 as a name") << "http://127.0.0.1.example.com/x" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/x" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("no host") << "https:///x" << false;
}

void TestDownloadJob::urlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(UrlPolicy::isAllowed(QUrl(url)), allowed);
    const auto checked = UrlPolicy::check(QUrl(url));
    QCOMPARE(checked.ok(), allowed);
    if (!allowed)
        QVERIFY2(checked.error().contains(QUrl(url).toDisplayString()), qPrintable(checked.error()));
}

void TestDownloadJob::archiveUrl()
{
    const QString name = QStringLiteral("go1.22.6.linux-amd64.tar.gz");
    QCOMPARE(ArchiveMirror::archiveUrl(ArchiveMirror::base(ArchiveMirror::Kind::China), name).toString(),
        QStringLiteral("https://golang.google.cn/dl/go1.22.6.linux-amd64.tar.gz"));
    QCOMPARE(ArchiveMirror::archiveUrl(QUrl(QStringLiteral("https://mirror.example/golang")), name).toString(),
        QStringLiteral("https://mirror.example/golang/go1.22.6.linux-amd64.tar.gz"));
    QCOMPARE(ArchiveMirror::archiveUrl(QUrl(QStringLiteral("https://go.dev/dl/?mode=json")), name).toString(),
        QStringLiteral("https://go.dev/dl/go1.22.6.linux-amd64.tar.gz"));
    QCOMPARE(ArchiveMirror::base(ArchiveMirror::Kind::Custom, QUrl(QStringLiteral("https://m.example/go/"))),
        QUrl(QStringLiteral("https://m.example/go/")));
}

void TestDownloadJob::success()
{
    auto j = job(QStringLiteral("/go.tar.gz"), {}, m_payload.size());
    QSignalSpy progress(j.get(), &DownloadJob::progressChanged);
    QVERIFY(run(*j));
    QVERIFY2(j->result(), qPrintable(j->result().error()));
    QCOMPARE(*j->result(), destination());
    QCOMPARE(readFile(destination()), m_payload);
    QVERIFY(!QFile::exists(j->partPath()));
    QCOMPARE(j->attempts(), 1);

    QVERIFY(!progress.isEmpty());
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(0).toLongLong(), m_payload.size());
    QCOMPARE(last.at(1).toLongLong(), m_payload.size());
    QCOMPARE(last.at(3).toLongLong(), 0);
}

void TestDownloadJob::digestMismatch()
{
    const QString wrong(64, u'0');
    auto j = job(QStringLiteral("/go.tar.gz"), wrong);
    QVERIFY(run(*j));
    QVERIFY(!j->result());
    const QString error = j->result().error();
    QVERIFY2(error.contains(wrong), qPrintable(error));
    QVERIFY2(error.contains(m_sha256), qPrintable(error));
    QVERIFY2(error.contains(m_server->url(QStringLiteral("/go.tar.gz")).toString()), qPrintable(error));
    QVERIFY(!QFile::exists(j->partPath()));
    QVERIFY(!QFile::exists(destination()));
}

void TestDownloadJob::resumeAfterDrop()
{
    LoopbackHttpServer::Route route;
    route.body = m_payload;
    route.fault = Fault::DropAfter;
    route.faultAfter = m_payload.size() / 2;
    route.faultTimes = 1;
    m_server->setRoute("/go.tar.gz", route);

    auto j = job(QStringLiteral("/go.tar.gz"), {}, m_payload.size());
    QVERIFY(run(*j));
    QVERIFY2(j->result(), qPrintable(j->result().error()));
    QCOMPARE(readFile(destination()), m_payload);
    QCOMPARE(j->attempts(), 2);

    const auto requests = m_server->requestsFor("/go.tar.gz");
    QByteArrayList ranges;
    for (const auto &request : requests)
        ranges.append(request.headers.value("range", "-"));
    // Qt may itself resend a request whose connection closed early, so count the job's attempts
    // and check only the first and the last request on the wire.
    QVERIFY2(requests.size() >= 2, ranges.join(' ').constData());
    QVERIFY(!requests.first().headers.contains("range"));
    const QByteArray range = requests.last().headers.value("range");
    QVERIFY2(range.startsWith("bytes=") && range != "bytes=0-", ranges.join(' ').constData());
}

void TestDownloadJob::resumeExistingPart()
{
    const qsizetype have = 1000001;
    {
        QFile part(destination() + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(m_payload.left(have));
    }
    auto j = job(QStringLiteral("/go.tar.gz"), {}, m_payload.size());
    QSignalSpy progress(j.get(), &DownloadJob::progressChanged);
    QVERIFY(run(*j));
    QVERIFY2(j->result(), qPrintable(j->result().error()));
    QCOMPARE(readFile(destination()), m_payload);
    const auto requests = m_server->requestsFor("/go.tar.gz");
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().headers.value("range"), QByteArray("bytes=1000001-"));
    QVERIFY(!progress.isEmpty());
    QVERIFY(progress.first().at(0).toLongLong() > have);
}

void TestDownloadJob::serverIgnoresRange()
{
    LoopbackHttpServer::Route route;
    route.body = m_payload;
    route.honourRange = false;
    m_server->setRoute("/go.tar.gz", route);
    {
        QFile part(destination() + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(m_payload.left(12345));
    }
    auto j = job(QStringLiteral("/go.tar.gz"));
    QVERIFY(run(*j));
    QVERIFY2(j->result(), qPrintable(j->result().error()));
    QCOMPARE(readFile(destination()), m_payload);
    QCOMPARE(m_server->requestsFor("/go.tar.gz").first().headers.value("range"), QByteArray("bytes=12345-"));
}

void TestDownloadJob::misplacedRangeRestarts()
{
    // A 206 whose Content-Range does not start where the .part ends can't be placed: the job
    // drops the .part and fetches the whole file on the next attempt.
    LoopbackHttpServer::Route route;
    route.body = m_payload;
    route.misplaceRange = true;
    m_server->setRoute("/go.tar.gz", route);
    {
        QFile part(destination() + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(m_payload.left(5000));
    }
    auto j = job(QStringLiteral("/go.tar.gz"));
    QVERIFY(run(*j));
    QVERIFY2(j->result(), qPrintable(j->result().error()));
    QCOMPARE(j->attempts(), 2);
    QCOMPARE(readFile(destination()), m_payload);
    QVERIFY(!m_server->requests().last().headers.contains("range"));
}

void TestDownloadJob::corruptPartIsCaught()
{
    // The partial bytes are part of the digest: a .part that is not a prefix of the file fails.
    {
        QFile part(destination() + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(QByteArray(4096, 'x'));
    }
    auto j = job(QStringLiteral("/go.tar.gz"));
    QVERIFY(run(*j));
    QVERIFY(!j->result());
    QVERIFY2(j->result().error().contains(m_sha256), qPrintable(j->result().error()));
    QVERIFY(!QFile::exists(j->partPath()));
    QVERIFY(!QFile::exists(destination()));
}

void TestDownloadJob::completePartNeedsNoNetwork()
{
    {
        QFile part(destination() + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(m_payload);
    }
    auto j = job(QStringLiteral("/go.tar.gz"), {}, m_payload.size());
    QVERIFY(run(*j));
    QVERIFY2(j->result(), qPrintable(j->result().error()));
    QCOMPARE(readFile(destination()), m_payload);
    QVERIFY(m_server->requests().isEmpty());
}

void TestDownloadJob::retryAfterServerError()
{
    LoopbackHttpServer::Route route;
    route.body = m_payload;
    route.fault = Fault::Status;
    route.status = 503;
    route.faultTimes = 2;
    m_server->setRoute("/go.tar.gz", route);
    auto j = job(QStringLiteral("/go.tar.gz"));
    QVERIFY(run(*j));
    QVERIFY2(j->result(), qPrintable(j->result().error()));
    QCOMPARE(j->attempts(), 3);
    QCOMPARE(readFile(destination()), m_payload);
}

void TestDownloadJob::stallTimesOut()
{
    LoopbackHttpServer::Route route;
    route.body = m_payload;
    route.fault = Fault::StallAfter;
    route.faultAfter = 1000;
    m_server->setRoute("/go.tar.gz", route);

    auto j = job(QStringLiteral("/go.tar.gz"));
    j->setTransferTimeout(std::chrono::milliseconds(300));
    j->setMaxAttempts(2);
    QVERIFY(run(*j, 10000));
    QVERIFY(!j->result());
    QVERIFY2(j->result().error().contains(QStringLiteral("sent nothing for 0.3 s")), qPrintable(j->result().error()));
    QVERIFY2(j->result().error().contains(QStringLiteral("2 attempt")), qPrintable(j->result().error()));
    QCOMPARE(j->attempts(), 2);
    // What arrived stays resumable; nothing reached the destination.
    QCOMPARE(QFileInfo(j->partPath()).size(), 2000);
    QVERIFY(!QFile::exists(destination()));
}

void TestDownloadJob::redirectOnLoopback()
{
    LoopbackHttpServer::Route route;
    route.fault = Fault::Redirect;
    route.location = m_server->url(QStringLiteral("/go.tar.gz")).toEncoded();
    m_server->setRoute("/dl/go.tar.gz", route);
    auto j = job(QStringLiteral("/dl/go.tar.gz"));
    QVERIFY(run(*j));
    QVERIFY2(j->result(), qPrintable(j->result().error()));
    QCOMPARE(readFile(destination()), m_payload);
    QCOMPARE(m_server->requestsFor("/go.tar.gz").size(), 1);
}

void TestDownloadJob::stallAfterRedirectTimesOut()
{
    // go.dev redirects every archive to dl.google.com; the timeout must hold after a redirect too.
    LoopbackHttpServer::Route redirect;
    redirect.fault = Fault::Redirect;
    redirect.location = m_server->url(QStringLiteral("/go.tar.gz")).toEncoded();
    m_server->setRoute("/dl/go.tar.gz", redirect);
    LoopbackHttpServer::Route stall;
    stall.body = m_payload;
    stall.fault = Fault::StallAfter;
    stall.faultAfter = 1000;
    m_server->setRoute("/go.tar.gz", stall);

    auto j = job(QStringLiteral("/dl/go.tar.gz"));
    j->setTransferTimeout(std::chrono::milliseconds(300));
    j->setMaxAttempts(1);
    QVERIFY(run(*j, 10000));
    QVERIFY(!j->result());
    QVERIFY2(j->result().error().contains(QStringLiteral("sent nothing for 0.3 s")), qPrintable(j->result().error()));
}

void TestDownloadJob::redirectToPlainHttpRefused()
{
    LoopbackHttpServer::Route route;
    route.fault = Fault::Redirect;
    route.location = "http://example.invalid/x";
    m_server->setRoute("/dl/go.tar.gz", route);
    auto j = job(QStringLiteral("/dl/go.tar.gz"));
    QVERIFY(run(*j));
    QVERIFY(!j->result());
    // The refusal itself, not a failed lookup of example.invalid: the target was never contacted.
    QVERIFY2(j->result().error().contains(QStringLiteral("refusing http://example.invalid/x")),
        qPrintable(j->result().error()));
    QCOMPARE(j->attempts(), 1);
    QVERIFY(!QFile::exists(destination()));
    QVERIFY(!QFile::exists(j->partPath()));
}

void TestDownloadJob::redirectToHttpsFollowed()
{
    // The loopback server speaks no TLS, so the followed redirect fails in the handshake (or
    // without a TLS backend); what matters is that it was followed, not refused.
    LoopbackHttpServer::Route route;
    route.fault = Fault::Redirect;
    route.location = "https://127.0.0.1:" + QByteArray::number(m_server->port()) + "/go.tar.gz";
    m_server->setRoute("/dl/go.tar.gz", route);
    auto j = job(QStringLiteral("/dl/go.tar.gz"));
    j->setMaxAttempts(1);
    j->setTransferTimeout(std::chrono::milliseconds(1000));
    QVERIFY(run(*j));
    qInfo("%s", qPrintable(j->result().error()));
    QVERIFY(!j->result());
    QVERIFY2(!j->result().error().contains(QStringLiteral("refusing")), qPrintable(j->result().error()));
    QVERIFY(!QFile::exists(destination()));
}

void TestDownloadJob::silentServerTimesOut_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("http") << "http";
    QTest::newRow("https") << "https";
    QTest::newRow("https after a redirect") << "redirect";
}

void TestDownloadJob::silentServerTimesOut()
{
    // A server that accepts the connection and then says nothing, not even a TLS handshake.
    QFETCH(QString, scheme);
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> accepted;
    connect(&silent, &QTcpServer::newConnection, this, [&] { accepted.append(silent.nextPendingConnection()); });
    QUrl url(QStringLiteral("%1://127.0.0.1:%2/go.tar.gz").arg(scheme).arg(silent.serverPort()));
    if (scheme == u"redirect") {
        LoopbackHttpServer::Route redirect;
        redirect.fault = Fault::Redirect;
        redirect.location = "https://127.0.0.1:" + QByteArray::number(silent.serverPort()) + "/go.tar.gz";
        m_server->setRoute("/dl/go.tar.gz", redirect);
        url = m_server->url(QStringLiteral("/dl/go.tar.gz"));
    }
    DownloadJob j(url, destination(), m_sha256);
    j.setTransferTimeout(std::chrono::milliseconds(300));
    j.setMaxAttempts(1);
    QVERIFY(run(j, 10000));
    QVERIFY(!j.result());
    QVERIFY2(j.result().error().contains(QStringLiteral("sent nothing for 0.3 s")), qPrintable(j.result().error()));
    QVERIFY(!accepted.isEmpty());
}

void TestDownloadJob::notFound()
{
    auto j = job(QStringLiteral("/missing.tar.gz"));
    QVERIFY(run(*j));
    QVERIFY(!j->result());
    const QString error = j->result().error();
    QVERIFY2(error.contains(QStringLiteral("HTTP 404")), qPrintable(error));
    QVERIFY2(error.contains(m_server->url(QStringLiteral("/missing.tar.gz")).toString()), qPrintable(error));
    QCOMPARE(j->attempts(), 1);
    QVERIFY(!QFile::exists(destination()));
    QVERIFY(!QFile::exists(j->partPath())); // the error page was not kept
}

void TestDownloadJob::cancelWhileReceiving()
{
    LoopbackHttpServer::Route route;
    route.body = m_payload;
    route.bytesPerSecond = 400 * 1024;
    m_server->setRoute("/go.tar.gz", route);
    auto j = job(QStringLiteral("/go.tar.gz"), {}, m_payload.size());
    QSignalSpy progress(j.get(), &DownloadJob::progressChanged);
    QSignalSpy finished(j.get(), &DownloadJob::finished);
    j->start();
    QVERIFY(progress.wait(10000));
    j->cancel();
    QCOMPARE(finished.count(), 0); // never from inside cancel()
    QVERIFY(finished.wait(10000));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QVERIFY(j->wasCancelled());
    QVERIFY(!j->result());
    QVERIFY2(j->result().error().contains(QStringLiteral("cancelled")), qPrintable(j->result().error()));
    QVERIFY(!QFile::exists(destination()));
    // The bytes so far stay as a resumable .part; a new job picks them up.
    const qint64 kept = QFileInfo(j->partPath()).size();
    QVERIFY(kept > 0 && kept < m_payload.size());

    m_server->serve("/go.tar.gz", m_payload);
    auto again = job(QStringLiteral("/go.tar.gz"), {}, m_payload.size());
    QVERIFY(run(*again));
    QVERIFY2(again->result(), qPrintable(again->result().error()));
    QCOMPARE(readFile(destination()), m_payload);
    QCOMPARE(m_server->requests().last().headers.value("range"), "bytes=" + QByteArray::number(kept) + '-');
}

void TestDownloadJob::cancelWhileWaitingToRetry()
{
    m_server->close();
    auto j = job(QStringLiteral("/go.tar.gz"));
    j->setRetryDelay(std::chrono::seconds(30));
    QSignalSpy finished(j.get(), &DownloadJob::finished);
    j->start();
    QTRY_COMPARE(j->attempts(), 1);
    QTest::qWait(200); // the connection is refused; the job now waits 30 s to retry
    QCOMPARE(finished.count(), 0);
    j->cancel();
    QVERIFY(finished.wait(1000));
    QVERIFY(!j->result());
    QVERIFY(!QFile::exists(j->partPath()));
}

void TestDownloadJob::refusedStartUrl()
{
    DownloadJob j(QUrl(QStringLiteral("http://example.invalid/go.tar.gz")), destination(), m_sha256);
    QVERIFY(run(j));
    QVERIFY(!j.result());
    QVERIFY2(j.result().error().contains(QStringLiteral("only https")), qPrintable(j.result().error()));
    QCOMPARE(j.attempts(), 0);
}

QTEST_GUILESS_MAIN(TestDownloadJob)
#include "tst_downloadjob.moc"
