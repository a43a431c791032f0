// GoEnvFileEdit against the real `go env -w` / `go env -u` of the build root's Go: for every go
// env fixture (tests/data/goenv, tests/data/edit/goenv) and edit, a copy of the fixture is handed
// to Go (GOENV=<copy>) and the bytes Go writes must be the bytes the editor returns; where Go
// refuses the edit, the editor refuses it too.

#include "edit/goenvfileedit.h"
#include "processrun.h"
#include "requirement.h"
#include "testdata.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

class TestGoEnvFileEdit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void againstGo_data();
    void againstGo();
};

void TestGoEnvFileEdit::againstGo_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value"); // "-u": go env -u
    const QList<std::tuple<const char *, QString, QString>> edits {
        { "set GOPROXY", u"GOPROXY"_s, u"https://proxy.example|direct"_s },
        { "set new GOTOOLCHAIN", u"GOTOOLCHAIN"_s, u"go1.23.4+auto"_s },
        { "set GOFLAGS with spaces", u"GOFLAGS"_s, u"-mod=mod -tags=a,b"_s },
        { "set GOPATH cjk", u"GOPATH"_s, u"/home/用户/go"_s },
        { "set empty", u"GOSUMDB"_s, QString() },
        { "unset GOPROXY", u"GOPROXY"_s, u"-u"_s },
        { "unset GOSUMDB", u"GOSUMDB"_s, u"-u"_s },
        { "unset absent GOBIN", u"GOBIN"_s, u"-u"_s },
        { "refused relative GOPATH", u"GOPATH"_s, u"relative/go"_s },
        { "refused GOVERSION", u"GOVERSION"_s, u"go1"_s },
        { "refused GOENV", u"GOENV"_s, u"/x"_s },
    };
    for (const QString &file : TestData::fixtureFiles(u"goenv"_s) + TestData::fixtureFiles(u"edit/goenv"_s)) {
        for (const auto &[name, key, value] : edits)
            QTest::addRow("%s %s", qPrintable(file), name) << file << key << value;
    }
}

void TestGoEnvFileEdit::againstGo()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const QString go = QStandardPaths::findExecutable(u"go"_s);
    GODUAL_REQUIRE_OR_SKIP(!go.isEmpty(), "go (the build root has Debian's golang-go)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray original = TestData::fixture(file);
    const QString copy = dir.path() + u"/env"_s;
    {
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(original), original.size());
    }
    QProcessEnvironment env = ProcessRun::hermeticEnvironment();
    env.insert(u"HOME"_s, dir.path());
    env.insert(u"GOENV"_s, copy);
    env.insert(u"GOTOOLCHAIN"_s, u"local"_s); // never switch toolchains because of the file
    env.insert(u"GOCACHE"_s, dir.path() + u"/cache"_s);
    const bool unset = value == u"-u"_s;
    // Built step by step: two braced lists in one ?: trip GCC's -Wdangling-pointer at -O2.
    QStringList args { u"env"_s };
    if (unset)
        args << u"-u"_s << key;
    else
        args << u"-w"_s << key + u'=' + value;
    const ProcessRun::Outcome outcome = ProcessRun::run(go, args, env, 120000);
    QFile in(copy);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray written = in.readAll();

    const auto edited = unset ? GoEnvFileEdit::unset(original, key) : GoEnvFileEdit::set(original, key, value);
    if (outcome.exitCode != 0) {
        QVERIFY2(!edited.ok(), qPrintable(u"go refused (%1), the editor did not"_s.arg(outcome.err.trimmed())));
        QCOMPARE(written, original);
        return;
    }
    QVERIFY2(edited.ok(), qPrintable(edited.error()));
    QCOMPARE(*edited, written);
}

QTEST_GUILESS_MAIN(TestGoEnvFileEdit)
#include "tst_goenvfileedit.moc"
