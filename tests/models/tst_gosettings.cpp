// Go's reading of its settings: layer precedence (cmd/go/internal/cfg Getenv) and which
// GOPRIVATE/GONOSUMDB pattern lists match every module (golang.org/x/mod/module
// MatchPrefixPatterns over path.Match). Expected values are reasoned from Go's source; the
// values themselves are also checked against the real go in tests/app/tst_goenvfile.

#include "gosettings.h"

#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

class TestGoSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyModule_data();
    void everyModule();
    void insecure_data();
    void insecure();
    void layers();
};

void TestGoSettings::everyModule_data()
{
    QTest::addColumn<QString>("patterns");
    QTest::addColumn<bool>("all");

    QTest::newRow("*") << u"*"_s << true;
    QTest::newRow("** is still one element") << u"**"_s << true;
    QTest::newRow("* after private paths") << u"corp.example.com,*"_s << true;
    QTest::newRow("* before private paths") << u"*,corp.example.com"_s << true;
    QTest::newRow("*/ (one trailing slash dropped)") << u"*/"_s << true;
    QTest::newRow("*// keeps a slash") << u"*//"_s << false;
    QTest::newRow("*/* misses one-element paths") << u"*/*"_s << false;
    QTest::newRow("*.* (every first element has a dot)") << u"*.*"_s << true;
    QTest::newRow("?* (first elements are never empty)") << u"?*"_s << true;
    QTest::newRow("*??? (a.b has three characters)") << u"*???"_s << true;
    QTest::newRow("*???? misses a.b") << u"*????"_s << false;
    QTest::newRow("??? without a star") << u"???"_s << false;
    QTest::newRow("*. misses golang.org") << u"*."_s << false;
    QTest::newRow("spaces are not trimmed") << u" *"_s << false;
    QTest::newRow("*.example.com") << u"*.example.com"_s << false;
    QTest::newRow("private paths only") << u"*.corp.example.com,rsc.io/private"_s << false;
    QTest::newRow("empty entries") << u",,"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestGoSettings::everyModule()
{
    QFETCH(QString, patterns);
    QFETCH(bool, all);
    QCOMPARE(GoSettings::matchesEveryModule(patterns), all);
}

void TestGoSettings::insecure_data()
{
    QTest::addColumn<QString>("goflags");
    QTest::addColumn<bool>("insecure");

    QTest::newRow("-insecure") << u"-insecure"_s << true;
    QTest::newRow("--insecure among others") << u"-mod=mod\t--insecure -v"_s << true;
    QTest::newRow("-insecure=true") << u"-insecure=true"_s << true;
    QTest::newRow("-insecure=1") << u"-insecure=1"_s << true;
    QTest::newRow("-insecure=false") << u"-insecure=false"_s << false;
    QTest::newRow("-insecurex") << u"-insecurex"_s << false;
    QTest::newRow("word without a dash") << u"insecure"_s << false;
    QTest::newRow("-mod=mod") << u"-mod=mod"_s << false;
}

void TestGoSettings::insecure()
{
    QFETCH(QString, goflags);
    QFETCH(bool, insecure);
    QCOMPARE(GoSettings::flagsSetInsecure(goflags), insecure);
}

void TestGoSettings::layers()
{
    GoSettings::Layers layers;
    const Origin environment = Origin::environment();
    layers.environment.insert(u"GOPROXY"_s, { QString(), environment, {} });
    layers.environment.insert(u"GOFLAGS"_s, { u"-mod=mod"_s, environment, {} });
    layers.envFile.insert(u"GOPROXY"_s, { u"https://goproxy.cn"_s, Origin::goEnvFile(u"/e"_s, 1), {} });
    layers.envFile.insert(u"GOSUMDB"_s, { QString(), Origin::goEnvFile(u"/e"_s, 2), {} });
    layers.envFile.insert(u"GOFLAGS"_s, { u"-v"_s, Origin::goEnvFile(u"/e"_s, 3), {} });
    layers.gorootEnv.insert(u"GOSUMDB"_s, { u"sum.golang.org"_s, Origin::goEnvFile(u"/g"_s, 1), {} });
    layers.gorootEnv.insert(u"GOTOOLCHAIN"_s, { u"auto"_s, Origin::goEnvFile(u"/g"_s, 2), {} });

    // An empty environment value does not count; the file's does, and hides go.env's.
    QCOMPARE(GoSettings::lookup(layers, u"GOPROXY"_s)->origin.toString(), u"/e:1"_s);
    QCOMPARE(GoSettings::lookup(layers, u"GOFLAGS"_s)->origin.toString(), u"environment"_s);
    QCOMPARE(GoSettings::lookup(layers, u"GOSUMDB"_s)->origin.toString(), u"/e:2"_s);
    QCOMPARE(GoSettings::lookup(layers, u"GOTOOLCHAIN"_s)->origin.toString(), u"/g:2"_s);
    QVERIFY(!GoSettings::lookup(layers, u"GOPRIVATE"_s));
}

QTEST_GUILESS_MAIN(TestGoSettings)
#include "tst_gosettings.moc"
