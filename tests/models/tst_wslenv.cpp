// WSLENV as WSL's init reads it (platform-facts §4; microsoft/WSL UtilParseWslEnv and its WslEnv
// product test). Expected values are written from those sources, not from the parser.

#include "wslenv.h"

#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

class TestWslEnv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void forwardingEntry_data();
    void forwardingEntry();
};

void TestWslEnv::parse_data()
{
    QTest::addColumn<QString>("value");
    // One word per entry: name, then "!" when WSL skips it, then the directions it crosses:
    // ">" Windows to WSL, "<" WSL to Windows, "p" when the value is translated as paths.
    QTest::addColumn<QString>("expected");

    QTest::newRow("documented example") << u"GOPATH/l:USERPROFILE/pu:DISPLAY"_s
                                        << u"GOPATH><p USERPROFILE>p DISPLAY><"_s;
    QTest::newRow("/p both ways") << u"GOROOT/p"_s << u"GOROOT><p"_s;
    QTest::newRow("/u only into WSL") << u"GOPATH/u"_s << u"GOPATH>"_s;
    QTest::newRow("/w only into Windows") << u"GOPATH/w"_s << u"GOPATH<"_s;
    QTest::newRow("/pu") << u"GOBIN/pu"_s << u"GOBIN>p"_s;
    QTest::newRow("/wp") << u"GOBIN/wp"_s << u"GOBIN<p"_s;
    QTest::newRow("/uw crosses in neither direction") << u"GOFLAGS/uw"_s << u"GOFLAGS"_s;
    QTest::newRow("unknown flag skips the entry") << u"GOROOT/px:WT_SESSION/x"_s << u"GOROOT! WT_SESSION!"_s;
    QTest::newRow("unknown upper-case flag") << u"GOPATH/P"_s << u"GOPATH!"_s;
    QTest::newRow("second slash is an unknown flag") << u"A/p/l"_s << u"A!"_s;
    QTest::newRow("empty flag list") << u"GOPATH/"_s << u"GOPATH><"_s;
    QTest::newRow("empty entries dropped") << u"::A::"_s << u"A><"_s;
    QTest::newRow("trailing whitespace trimmed") << u"A/u:B \t\n"_s << u"A> B><"_s;
    QTest::newRow("no name") << u"/p"_s << u"!"_s;
    QTest::newRow("names keep their case") << u"GoPath/l"_s << u"GoPath><p"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestWslEnv::parse()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QStringList words;
    for (const WslEnvEntry &entry : parseWslEnv(value)) {
        QString word = entry.name;
        if (entry.skipped)
            word += u'!';
        if (entry.forwardsToWsl())
            word += u'>';
        if (entry.forwardsToWindows())
            word += u'<';
        if (entry.crossesBoundary() && entry.translatesPaths())
            word += u'p';
        QCOMPARE(entry.crossesBoundary(), entry.forwardsToWsl() || entry.forwardsToWindows());
        words.append(word);
    }
    QCOMPARE(words.join(u' '), expected);
}

void TestWslEnv::forwardingEntry_data()
{
    QTest::addColumn<QString>("wslenv");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // the entry's text; empty: the value does not come from WSLENV

    QTest::newRow("plain") << u"WT_SESSION:GOPATH/p"_s << u"GOPATH"_s << u"GOPATH/p"_s;
    QTest::newRow("/u reaches WSL") << u"GOPATH/pu"_s << u"GOPATH"_s << u"GOPATH/pu"_s;
    QTest::newRow("/w never carries a Windows value in") << u"GOPATH/w"_s << u"GOPATH"_s << QString();
    QTest::newRow("unknown flag: WSL skips it") << u"GOPATH/z"_s << u"GOPATH"_s << QString();
    QTest::newRow("a skipped entry does not hide a valid one")
        << u"GOPATH/l:GOPATH/z"_s << u"GOPATH"_s << u"GOPATH/l"_s;
    QTest::newRow("last forwarding entry") << u"GOPATH/l:GOPATH/p"_s << u"GOPATH"_s << u"GOPATH/p"_s;
    QTest::newRow("case sensitive") << u"gopath/p"_s << u"GOPATH"_s << QString();
    QTest::newRow("prefix is not the name") << u"GOPATHX/p"_s << u"GOPATH"_s << QString();
}

void TestWslEnv::forwardingEntry()
{
    QFETCH(QString, wslenv);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const auto entry = wslEnvEntryForwardingToWsl(wslenv, name);
    QCOMPARE(entry ? entry->text : QString(), expected);
}

QTEST_GUILESS_MAIN(TestWslEnv)
#include "tst_wslenv.moc"
