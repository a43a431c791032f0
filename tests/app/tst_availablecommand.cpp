#include "gorelease.h"
#include "loopbackhttpserver.h"
#include "processrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using GoDual::Test::LoopbackHttpServer;

// Runs the built `godual available` as a script would, against a loopback server standing in for
// go.dev (GODUAL_RELEASES_URL) and a temporary state dir (GODUAL_STATE_DIR).
class TestAvailableCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void json();
    void jsonAll();
    void table();
    void tableAll();
    void serverDownNoCache();
    void serverDownStaleCache();
    void unknownOption();

private:
    using Run = GoDual::ProcessRun::Outcome;
    // The server lives in this process, so the wait must keep the event loop running.
    Run run(const QStringList &args);
    QString hostArchive(const QString &version) const;

    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_state;
};

void TestAvailableCommand::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    QFile index(QStringLiteral(GODUAL_SOURCE_DIR "/tests/data/releases/index-all.json"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    m_server->serve("/dl/", index.readAll());
    m_state = std::make_unique<QTemporaryDir>();
    QVERIFY(m_state->isValid());
}

void TestAvailableCommand::cleanup()
{
    m_server.reset();
    m_state.reset();
}

TestAvailableCommand::Run TestAvailableCommand::run(const QStringList &args)
{
    QProcessEnvironment env = GoDual::ProcessRun::hermeticEnvironment();
    env.insert(QStringLiteral("GODUAL_RELEASES_URL"), m_server->url(QStringLiteral("/dl/")).toString());
    env.insert(QStringLiteral("GODUAL_STATE_DIR"), m_state->path());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("godual.*=false"));
    return GoDual::ProcessRun::run(
        QStringLiteral(GODUAL_EXECUTABLE), QStringList { QStringLiteral("available") } + args, env, 30000);
}

QString TestAvailableCommand::hostArchive(const QString &version) const
{
    const QString os = GoDual::goOsFromKernelType(QSysInfo::kernelType());
    const QString arch = GoDual::goArchFromCpuArchitecture(QSysInfo::currentCpuArchitecture());
    return version + u'.' + os + u'-' + arch + (os == u"windows" ? QStringLiteral(".zip") : QStringLiteral(".tar.gz"));
}

void TestAvailableCommand::json()
{
    const Run r = run({ QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.value(QStringLiteral("schema")).toInt(), 1);
    const QJsonObject index = doc.value(QStringLiteral("index")).toObject();
    QCOMPARE(index.value(QStringLiteral("url")).toString(),
        m_server->url(QStringLiteral("/dl/?mode=json&include=all")).toString());
    QCOMPARE(index.value(QStringLiteral("stale")).toBool(), false);

    // Stable only: the newest patch of the two newest minor lines.
    const QJsonArray releases = doc.value(QStringLiteral("releases")).toArray();
    QCOMPARE(releases.size(), 2);
    QCOMPARE(releases.at(0)[QStringLiteral("version")].toString(), QStringLiteral("go1.22.6"));
    QCOMPARE(releases.at(1)[QStringLiteral("version")].toString(), QStringLiteral("go1.21.13"));
    QVERIFY(releases.at(0)[QStringLiteral("stable")].toBool());

    const QJsonObject archive = releases.at(0)[QStringLiteral("archive")].toObject();
    if (GoDual::goArchFromCpuArchitecture(QSysInfo::currentCpuArchitecture()) == u"amd64"
        && QSysInfo::kernelType() == u"linux") {
        QCOMPARE(archive.value(QStringLiteral("filename")).toString(), QStringLiteral("go1.22.6.linux-amd64.tar.gz"));
        QCOMPARE(archive.value(QStringLiteral("sha256")).toString(),
            QStringLiteral("999805bed7d9039ec3da1a53bfbcafc13e367da52aa823cb60b68ba22d44c616"));
        QCOMPARE(archive.value(QStringLiteral("size")).toInteger(), 68988925);
        QCOMPARE(archive.value(QStringLiteral("url")).toString(),
            m_server->url(QStringLiteral("/dl/go1.22.6.linux-amd64.tar.gz")).toString());
    } else {
        QCOMPARE(archive.value(QStringLiteral("filename")).toString(), hostArchive(QStringLiteral("go1.22.6")));
    }
}

void TestAvailableCommand::jsonAll()
{
    const Run r = run({ QStringLiteral("--json"), QStringLiteral("--all") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray releases
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("releases")).toArray();
    QCOMPARE(releases.size(), 8);
    QCOMPARE(releases.at(0)[QStringLiteral("version")].toString(), QStringLiteral("go1.23rc2"));
    QCOMPARE(releases.at(0)[QStringLiteral("stable")].toBool(), false);
}

void TestAvailableCommand::table()
{
    const Run r = run({});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // a header and two releases
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("VERSION")), qPrintable(r.out));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("go1.22.6 ")), qPrintable(r.out));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("go1.21.13 ")), qPrintable(r.out));
    QVERIFY2(lines.at(1).contains(hostArchive(QStringLiteral("go1.22.6"))), qPrintable(r.out));
    // Aligned: each column starts at the same offset on every line.
    const qsizetype status = lines.at(0).indexOf(QStringLiteral("STATUS"));
    const qsizetype archive = lines.at(0).indexOf(QStringLiteral("ARCHIVE"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i).indexOf(QStringLiteral("stable")), status);
        QCOMPARE(lines.at(i).indexOf(QStringLiteral("go1.2"), status), archive);
    }
}

void TestAvailableCommand::tableAll()
{
    const Run r = run({ QStringLiteral("--all") });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 9);
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("go1.23rc2")), qPrintable(r.out));
    QVERIFY2(lines.at(1).contains(QStringLiteral("unstable")), qPrintable(r.out));
}

void TestAvailableCommand::serverDownNoCache()
{
    const QString url = m_server->url(QStringLiteral("/dl/")).toString();
    m_server->close();
    const Run r = run({ QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("godual available: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(url), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("no cached copy")), qPrintable(r.err));
}

void TestAvailableCommand::serverDownStaleCache()
{
    QCOMPARE(run({}).exitCode, 0);
    // Age the cache past its one hour: the next run must ask the network, which is down.
    const QString metaPath = m_state->filePath(QStringLiteral("cache/releases.json.meta"));
    QFile meta(metaPath);
    QVERIFY(meta.open(QIODevice::ReadOnly));
    QJsonObject info = QJsonDocument::fromJson(meta.readAll()).object();
    meta.close();
    info[QStringLiteral("fetchedAt")] = QDateTime::currentDateTimeUtc().addSecs(-7200).toString(Qt::ISODateWithMs);
    QVERIFY(meta.open(QIODevice::WriteOnly | QIODevice::Truncate));
    meta.write(QJsonDocument(info).toJson());
    meta.close();
    m_server->close();

    const Run r = run({ QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("note:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("cached at")), qPrintable(r.err));
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(doc.value(QStringLiteral("index"))[QStringLiteral("stale")].toBool());
    QCOMPARE(doc.value(QStringLiteral("releases")).toArray().size(), 2);
}

void TestAvailableCommand::unknownOption()
{
    const Run r = run({ QStringLiteral("--frobnicate") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("godual available: Unknown option 'frobnicate'")), qPrintable(r.err));
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestAvailableCommand)
#include "tst_availablecommand.moc"
