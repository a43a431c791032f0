#include "downloadjob.h"
#include "installjob.h"
#include "loopbackhttpserver.h"
#include "requirement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;
using GoDual::Test::LoopbackHttpServer;

namespace {

QString runText(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    p.waitForFinished(600000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every path below `root`, relative to it, without following links.
QSet<QString> tree(const QString &root)
{
    QSet<QString> paths;
    QDirIterator it(
        root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.insert(QDir(root).relativeFilePath(it.next()));
    return paths;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

} // namespace

// InstallJob end to end: an index in the official format and archives built here from the Debian
// Go toolchain (a real GOROOT, thousands of files, packed as go/... like the official tarballs),
// served from a loopback server; every failure must leave the SDK root and state dir clean.
class TestInstallJob : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void installsRealGoroot();
    void failures_data();
    void failures();
    void cancelDuringDownload();
    void cancelDuringExtraction();
    void targetExists();
    void sameVersionWaitsForLock();

private:
    QByteArray indexFor(const QString &sha256, qint64 size) const;
    InstallRequest request() const;
    // Runs the job to its end; the stage signals seen are kept in m_stages.
    Result<QString> run(InstallJob &job, const std::function<void(InstallJob::Stage, qint64)> &onProgress = {});
    void verifyClean(bool partAllowed);

    QTemporaryDir m_fixtures;
    QString m_version;
    QString m_filename;
    QString m_archivePath;
    QByteArray m_archive;
    QSet<QString> m_listing;
    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    QList<InstallJob::Stage> m_stages;
};

void TestInstallJob::initTestCase()
{
    const QString go = QStandardPaths::findExecutable(QStringLiteral("go"));
    GODUAL_REQUIRE_OR_SKIP(!go.isEmpty() && !QStandardPaths::findExecutable(QStringLiteral("tar")).isEmpty(),
        "needs a Go toolchain and GNU tar (the build root installs golang-go and tar)");
    QVERIFY(m_fixtures.isValid());
    const QString goroot = runText(go, { QStringLiteral("env"), QStringLiteral("GOROOT") }).trimmed();
    QVERIFY(!goroot.isEmpty());
    m_version = QString::fromUtf8(readAll(goroot + QStringLiteral("/VERSION"))).section(u'\n', 0, 0).trimmed();
    QVERIFY2(m_version.startsWith(QLatin1StringView("go1.")), qPrintable(m_version));
    m_filename = m_version + QStringLiteral(".linux-amd64.tar.gz");
    m_archivePath = m_fixtures.filePath(m_filename);
    int exitCode = -1;
    // -h: Debian's GOROOT links into /usr/share; the archive holds the files themselves.
    runText(QStringLiteral("tar"),
        { QStringLiteral("--format=pax"), QStringLiteral("-czhf"), m_archivePath, QStringLiteral("--transform"),
            QStringLiteral("s,^\\.,go,"), QStringLiteral("-C"), goroot, QStringLiteral(".") },
        &exitCode);
    QCOMPARE(exitCode, 0);
    m_archive = readAll(m_archivePath);
    QVERIFY(m_archive.size() > 1000000);
    const QStringList listed = runText(QStringLiteral("tar"), { QStringLiteral("-tzf"), m_archivePath }, &exitCode)
                                   .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(exitCode, 0);
    for (QString name : listed) {
        while (name.endsWith(u'/'))
            name.chop(1);
        m_listing.insert(name);
    }
    QVERIFY(m_listing.size() > 1000);
}

void TestInstallJob::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_server->serve("/dl/",
        indexFor(QString::fromLatin1(QCryptographicHash::hash(m_archive, QCryptographicHash::Sha256).toHex()),
            m_archive.size()));
    m_server->serve("/dl/" + m_filename.toUtf8(), m_archive);
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_stages.clear();
}

void TestInstallJob::cleanup()
{
    m_server.reset();
    m_home.reset();
}

QByteArray TestInstallJob::indexFor(const QString &sha256, qint64 size) const
{
    const QJsonObject file { { QStringLiteral("filename"), m_filename },
        { QStringLiteral("os"), QStringLiteral("linux") }, { QStringLiteral("arch"), QStringLiteral("amd64") },
        { QStringLiteral("version"), m_version }, { QStringLiteral("sha256"), sha256 },
        { QStringLiteral("size"), size }, { QStringLiteral("kind"), QStringLiteral("archive") } };
    const QJsonObject release { { QStringLiteral("version"), m_version }, { QStringLiteral("stable"), true },
        { QStringLiteral("files"), QJsonArray { file } } };
    return QJsonDocument(QJsonArray { release }).toJson();
}

InstallRequest TestInstallJob::request() const
{
    InstallRequest r;
    r.version = *GoVersion::parse(m_version);
    r.sdkRoot = m_home->filePath(QStringLiteral("sdk"));
    r.stateDir = m_home->filePath(QStringLiteral("state"));
    r.indexBase = m_server->url(QStringLiteral("/dl/"));
    r.mirrorBase = m_server->url(QStringLiteral("/dl/"));
    return r;
}

Result<QString> TestInstallJob::run(InstallJob &job, const std::function<void(InstallJob::Stage, qint64)> &onProgress)
{
    connect(&job, &InstallJob::progressChanged, this, [&](InstallJob::Stage stage, qint64 done, qint64) {
        if (m_stages.isEmpty() || m_stages.last() != stage)
            m_stages.append(stage);
        if (onProgress)
            onProgress(stage, done);
    });
    QSignalSpy finished(&job, &InstallJob::finished);
    job.start();
    if (!finished.wait(300000))
        return Failure { QStringLiteral("the job did not finish") };
    // Exactly one finished(), even after a cancel.
    QTest::qWait(50);
    if (finished.size() != 1)
        return Failure { QStringLiteral("finished() came %1 times").arg(finished.size()) };
    return job.result();
}

// Nothing but the SDK folders themselves in the SDK root, nothing in the state dir's downloads
// except (when allowed) the resumable .part.
void TestInstallJob::verifyClean(bool partAllowed)
{
    const QStringList sdk = entries(m_home->filePath(QStringLiteral("sdk")));
    for (const QString &name : sdk)
        QVERIFY2(!name.startsWith(u'.'), qPrintable(name));
    const QStringList downloads = entries(m_home->filePath(QStringLiteral("state/downloads")));
    for (const QString &name : downloads)
        QVERIFY2(partAllowed && name == m_filename + QStringLiteral(".part"), qPrintable(name));
    QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("evil"))));
}

void TestInstallJob::installsRealGoroot()
{
    InstallJob job(request());
    QElapsedTimer clock;
    clock.start();
    const auto result = run(job);
    QVERIFY2(result, qPrintable(result.error()));
    qInfo("installed %d entries from a %lld-byte archive in %lld ms", int(m_listing.size()), qint64(m_archive.size()),
        clock.elapsed());
    const QString goroot = m_home->filePath(QStringLiteral("sdk/") + m_version);
    QCOMPARE(*result, goroot);
    QCOMPARE(entries(m_home->filePath(QStringLiteral("sdk"))), QStringList { m_version });
    verifyClean(false);

    // The installed tree is exactly what `tar -tzf` lists, under the version's name.
    QSet<QString> expected;
    for (const QString &name : std::as_const(m_listing))
        expected.insert(name == u"go" ? QString() : name.mid(3));
    expected.remove(QString());
    QCOMPARE(tree(goroot), expected);
    QVERIFY(QFileInfo::exists(goroot + QStringLiteral("/test/fixedbugs/issue27836.dir/\u00DEfoo.go"))
        || !m_listing.contains(QStringLiteral("go/test/fixedbugs/issue27836.dir/\u00DEfoo.go")));

    int exitCode = -1;
    const QString version = runText(goroot + QStringLiteral("/bin/go"), { QStringLiteral("version") }, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(version.startsWith(QStringLiteral("go version ") + m_version + u' '), qPrintable(version));
    QVERIFY(m_stages.contains(InstallJob::Stage::Download));
    QVERIFY(m_stages.contains(InstallJob::Stage::Inflate));
    QVERIFY(m_stages.contains(InstallJob::Stage::Extract));
    QVERIFY(m_stages.contains(InstallJob::Stage::Verify));
}

void TestInstallJob::failures_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong checksum") << QStringLiteral("checksum") << QStringLiteral("SHA-256");
    QTest::newRow("truncated gzip") << QStringLiteral("truncated") << m_filename;
    QTest::newRow("hostile entry") << QStringLiteral("hostile") << QStringLiteral("evil");
    QTest::newRow("not in index") << QStringLiteral("version") << QStringLiteral("go1.99.1");
}

void TestInstallJob::failures()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    InstallRequest r = request();
    if (kind == u"checksum") {
        m_server->serve("/dl/", indexFor(QString(64, u'0'), m_archive.size()));
    } else if (kind == u"truncated") {
        // The index vouches for the truncated bytes, so only the archive's own checks can stop it.
        const QByteArray half = m_archive.left(m_archive.size() / 2);
        m_server->serve("/dl/",
            indexFor(
                QString::fromLatin1(QCryptographicHash::hash(half, QCryptographicHash::Sha256).toHex()), half.size()));
        m_server->serve("/dl/" + m_filename.toUtf8(), half);
    } else if (kind == u"hostile") {
        QTemporaryDir dir;
        QFile evil(dir.filePath(QStringLiteral("evil")));
        QVERIFY(evil.open(QIODevice::WriteOnly));
        evil.write("pwned\n");
        evil.close();
        const QString hostile = dir.filePath(QStringLiteral("hostile.tar.gz"));
        int exitCode = -1;
        // -P keeps the name as written; GNU tar would otherwise strip the "../" parts itself.
        runText(QStringLiteral("tar"),
            { QStringLiteral("-czPf"), hostile, QStringLiteral("--transform"), QStringLiteral("s,^evil,go/../../evil,"),
                QStringLiteral("-C"), dir.path(), QStringLiteral("evil") },
            &exitCode);
        QCOMPARE(exitCode, 0);
        const QByteArray bytes = readAll(hostile);
        m_server->serve("/dl/",
            indexFor(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                bytes.size()));
        m_server->serve("/dl/" + m_filename.toUtf8(), bytes);
    } else if (kind == u"version") {
        r.version = *GoVersion::parse(u"go1.99.1");
    }
    InstallJob job(r);
    const auto result = run(job);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
    QVERIFY(entries(r.sdkRoot).isEmpty());
    verifyClean(false);
}

void TestInstallJob::cancelDuringDownload()
{
    LoopbackHttpServer::Route slow;
    slow.body = m_archive;
    slow.bytesPerSecond = 4 * 1024 * 1024;
    m_server->setRoute("/dl/" + m_filename.toUtf8(), slow);
    InstallJob job(request());
    const auto result = run(job, [&](InstallJob::Stage stage, qint64 done) {
        if (stage == InstallJob::Stage::Download && done > 0)
            job.cancel();
    });
    QVERIFY(!result);
    QVERIFY2(result.error().contains(QStringLiteral("cancel")), qPrintable(result.error()));
    QVERIFY(entries(request().sdkRoot).isEmpty());
    verifyClean(true);
}

void TestInstallJob::cancelDuringExtraction()
{
    InstallJob job(request());
    const auto result = run(job, [&](InstallJob::Stage stage, qint64) {
        if (stage == InstallJob::Stage::Extract)
            job.cancel();
    });
    QVERIFY(!result);
    QVERIFY2(result.error().contains(QStringLiteral("cancel")), qPrintable(result.error()));
    QVERIFY(entries(request().sdkRoot).isEmpty());
    verifyClean(false);
}

void TestInstallJob::targetExists()
{
    const QString target = m_home->filePath(QStringLiteral("sdk/") + m_version);
    QVERIFY(QDir().mkpath(target));
    QFile mine(target + QStringLiteral("/mine"));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.close();
    InstallJob job(request());
    const auto result = run(job);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(target), qPrintable(result.error()));
    QCOMPARE(entries(target), QStringList { QStringLiteral("mine") });
    QVERIFY(m_server->requestsFor("/dl/" + m_filename.toUtf8()).isEmpty());
    verifyClean(false);
}

// A second install of the same version waits for the first one's lock, then finds the folder.
void TestInstallJob::sameVersionWaitsForLock()
{
    InstallJob first(request());
    InstallJob second(request());
    QSignalSpy secondWaits(&second, &InstallJob::progressChanged);
    QSignalSpy firstDone(&first, &InstallJob::finished);
    QSignalSpy secondDone(&second, &InstallJob::finished);
    first.start();
    QTRY_VERIFY(QFileInfo::exists(first.lockPath()));
    second.start();
    QVERIFY(firstDone.wait(300000));
    QVERIFY2(first.result(), qPrintable(first.result().error()));
    QTRY_COMPARE_WITH_TIMEOUT(secondDone.size(), 1, 30000);
    QVERIFY(!second.result());
    QVERIFY2(second.result().error().contains(first.targetPath()), qPrintable(second.result().error()));
    QVERIFY(!secondWaits.isEmpty());
    QCOMPARE(secondWaits.first().at(0).value<InstallJob::Stage>(), InstallJob::Stage::WaitingForLock);
    QCOMPARE(m_server->requestsFor("/dl/" + m_filename.toUtf8()).size(), 1);
    verifyClean(false);
}

QTEST_GUILESS_MAIN(TestInstallJob)
#include "tst_installjob.moc"
