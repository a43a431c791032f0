// The go env file read as cmd/go's readEnvFile reads it, checked two ways: a table written from
// Go's source (platform-facts §5.5), and differentially against the real `go env -json` of the
// Go in the build root, with GOENV pointed at fixtures in tests/data/goenv.

#include "diagnosis/diagnosis.h"
#include "gosettings.h"
#include "scan/goenvfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

class TestGoEnvFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void againstGo_data();
    void againstGo();

private:
    QProcessEnvironment cleanEnvironment() const;
    QString m_go;
    QString m_goroot;
    QTemporaryDir m_home;
};

// The settings compared with Go's own answer.
static const QStringList kCompared { u"GOPROXY"_s, u"GOSUMDB"_s, u"GONOSUMDB"_s, u"GOPRIVATE"_s, u"GOINSECURE"_s,
    u"GOTOOLCHAIN"_s };

QProcessEnvironment TestGoEnvFile::cleanEnvironment() const
{
    // Nothing of the caller's Go or GoDual settings may leak into Go's answer.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"GO"_s) || key.startsWith(u"CGO_"_s) || key == u"XDG_CONFIG_HOME"_s)
            env.remove(key);
    }
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"GOTOOLCHAIN"_s, u"local"_s); // never download a toolchain
    return env;
}

void TestGoEnvFile::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_go = QStandardPaths::findExecutable(u"go"_s);
    if (m_go.isEmpty())
        return;
    QProcess go;
    go.setProcessEnvironment(cleanEnvironment());
    go.start(m_go, { u"env"_s, u"GOROOT"_s });
    QVERIFY(go.waitForFinished(60000));
    m_goroot = QString::fromUtf8(go.readAllStandardOutput()).trimmed();
    QVERIFY2(QFile::exists(m_goroot + u"/go.env"_s), qPrintable(m_goroot));
}

void TestGoEnvFile::parse_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected"); // "KEY=VALUE@line", CR written as \r

    QTest::newRow("as go env -w writes it")
        << QByteArray("GOPROXY=https://goproxy.cn,direct\nGOSUMDB=sum.golang.google.cn\nGOTOOLCHAIN=local\n")
        << QStringList { u"GOPROXY=https://goproxy.cn,direct@1"_s, u"GOSUMDB=sum.golang.google.cn@2"_s,
               u"GOTOOLCHAIN=local@3"_s };
    QTest::newRow("comments and junk ignored")
        << QByteArray("# comment\n\ngoproxy=lower\n=novalue\nNOEQUALS\nGOFLAGS=-mod=mod\n")
        << QStringList { u"GOFLAGS=-mod=mod@6"_s };
    QTest::newRow("last assignment wins") << QByteArray("GOPATH=/a\nGOPATH=/b\n") << QStringList { u"GOPATH=/b@2"_s };
    QTest::newRow("CR kept in the value") << QByteArray("GOPATH=C:\\go\r\n") << QStringList { u"GOPATH=C:\\go\r@1"_s };
    QTest::newRow("a lone CR line is junk") << QByteArray("\r\nGOBIN=/b\n") << QStringList { u"GOBIN=/b@2"_s };
    QTest::newRow("leading space: not a key") << QByteArray(" GOPATH=/a\n") << QStringList();
    QTest::newRow("space before '=' is part of the key")
        << QByteArray("GOPATH =/a\n") << QStringList { u"GOPATH =/a@1"_s };
    QTest::newRow("value keeps '=' and spaces")
        << QByteArray("GOFLAGS= -tags=a b \n") << QStringList { u"GOFLAGS= -tags=a b @1"_s };
    QTest::newRow("only the first byte must be A-Z") << QByteArray("Goproxy=x\n") << QStringList { u"Goproxy=x@1"_s };
    QTest::newRow("no final newline") << QByteArray("GOBIN=/b") << QStringList { u"GOBIN=/b@1"_s };
    QTest::newRow("empty value kept") << QByteArray("GOFLAGS=\n") << QStringList { u"GOFLAGS=@1"_s };
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe=\x01\n", 6) << QStringList();
}

void TestGoEnvFile::parse()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);
    const auto values = GoEnvFile::parse(content, u"/home/dev/.config/go/env"_s);
    QStringList actual;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QCOMPARE(it->origin.kind(), Origin::Kind::GoEnvFile);
        QCOMPARE(it->origin.path(), QStringLiteral("/home/dev/.config/go/env"));
        QString value = it->value;
        value.replace(u'\r', u"\\r"_s);
        actual.append(it.key() + u'=' + value + u'@' + QString::number(it->origin.line()));
    }
    for (QString &e : expected)
        e.replace(u'\r', u"\\r"_s);
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
}

void TestGoEnvFile::againstGo_data()
{
    QTest::addColumn<QString>("fixture"); // under tests/data/goenv
    QTest::addColumn<QStringList>("environment"); // NAME=VALUE set for go besides GOENV
    QTest::addColumn<bool>("checksumsOff"); // checksum-db-disabled should fire

    QTest::newRow("duplicates: the last wins") << u"duplicates.env"_s << QStringList() << true;
    QTest::newRow("CRLF: the CR stays") << u"crlf.env"_s << QStringList() << false;
    QTest::newRow("lower-case, indented and spaced keys ignored") << u"lowercase.env"_s << QStringList() << false;
    QTest::newRow("GOPRIVATE=* is GONOSUMDB's default") << u"private-all.env"_s << QStringList() << true;
    QTest::newRow("GOPRIVATE=* with GONOSUMDB set in the environment")
        << u"private-all.env"_s << QStringList { u"GONOSUMDB=corp.example.com"_s } << false;
    QTest::newRow("an empty GONOSUMDB falls back to GOPRIVATE") << u"nosumdb-empty.env"_s << QStringList() << false;
    QTest::newRow("GONOSUMDB=*/* wins over GOPRIVATE=*") << u"nosumdb-wins.env"_s << QStringList() << false;
    QTest::newRow("an empty environment value does not hide the file")
        << u"nosumdb-wins.env"_s << QStringList { u"GONOSUMDB="_s } << false;
    QTest::newRow("GOPRIVATE=* from the environment") << u"crlf.env"_s << QStringList { u"GOPRIVATE=*"_s } << false;
    QTest::newRow("GOSUMDB=off from the environment beats the file")
        << u"crlf.env"_s << QStringList { u"GOSUMDB=off"_s } << true;
    QTest::newRow("empty GOSUMDB in the file hides go.env; no final newline")
        << u"empty-and-no-eol.env"_s << QStringList() << false;
}

void TestGoEnvFile::againstGo()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, environment);
    QFETCH(bool, checksumsOff);
    if (m_go.isEmpty()) {
        if (qEnvironmentVariable("CI") == u"true"_s)
            QFAIL("go is not on PATH; the build root installs golang-go");
        QSKIP("go is not on PATH: Go's own answer cannot be read");
    }
    const QString file = QStringLiteral(GODUAL_TEST_DATA "/goenv/") + fixture;

    // Go's answer.
    QProcessEnvironment env = cleanEnvironment();
    env.insert(u"GOENV"_s, file);
    GoSettings::Layers layers;
    layers.environment.insert(u"GOTOOLCHAIN"_s, { u"local"_s, Origin::environment(), {} });
    for (const QString &assignment : std::as_const(environment)) {
        const QString name = assignment.section(u'=', 0, 0);
        const QString value = assignment.section(u'=', 1);
        env.insert(name, value);
        layers.environment.insert(name, { value, Origin::environment(), {} });
    }
    QProcess go;
    go.setProcessEnvironment(env);
    go.start(m_go, QStringList { u"env"_s, u"-json"_s } + kCompared);
    QVERIFY(go.waitForFinished(60000));
    QVERIFY2(go.exitCode() == 0, go.readAllStandardError().constData());
    const QJsonObject fromGo = QJsonDocument::fromJson(go.readAllStandardOutput()).object();
    QVERIFY(!fromGo.isEmpty());

    // GoDual's reading of the same layers.
    QFile user(file);
    QVERIFY(user.open(QIODevice::ReadOnly));
    layers.envFile = GoEnvFile::parse(user.readAll(), file);
    QFile distribution(m_goroot + u"/go.env"_s);
    QVERIFY(distribution.open(QIODevice::ReadOnly));
    layers.gorootEnv = GoEnvFile::parse(distribution.readAll(), distribution.fileName());
    QMap<QString, EnvValue> resolved;
    for (const QString &name : kCompared) {
        if (const auto v = GoSettings::lookup(layers, name))
            resolved.insert(name, *v);
    }
    for (const QString &name : kCompared) {
        const auto ours = name == u"GONOSUMDB"_s ? GoSettings::noSumDb(resolved) : resolved.value(name);
        QCOMPARE(ours.value_or(EnvValue {}).value, fromGo.value(name).toString());
    }

    // The rule decides the same from GoDual's values as from Go's own, and as the row says.
    auto fired = [](const QMap<QString, EnvValue> &values) {
        Side side;
        side.id = SideId::local();
        side.env = values;
        Snapshot snapshot;
        snapshot.sides = { side };
        for (const Finding &f : Diagnosis::run(snapshot)) {
            if (f.id == u"checksum-db-disabled"_s)
                return true;
        }
        return false;
    };
    QMap<QString, EnvValue> goValues;
    for (const QString &name : kCompared)
        goValues.insert(name, { fromGo.value(name).toString(), Origin::environment(), {} });
    QCOMPARE(fired(goValues), checksumsOff);
    QCOMPARE(fired(resolved), checksumsOff);
}

QTEST_GUILESS_MAIN(TestGoEnvFile)
#include "tst_goenvfile.moc"
