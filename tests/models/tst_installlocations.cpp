#include "installlocations.h"

#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;
using InstallLocations::System;

// The one table of install locations: the labels it gives folders (the places of platform facts
// 5.9), the globs it matches, and what the probe receives from it.
class TestInstallLocations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void linuxSource_data();
    void linuxSource();
    void matches_data();
    void matches();
    void probeArgumentsAreTheLinuxRows();
};

void TestInstallLocations::linuxSource_data()
{
    QTest::addColumn<QString>("goroot");
    QTest::addColumn<QString>("source");
    QTest::newRow("official tarball") << u"/usr/local/go"_s << u"tarball"_s;
    QTest::newRow("trailing slash") << u"/usr/local/go/"_s << u"tarball"_s;
    QTest::newRow("Debian's versioned package") << u"/usr/lib/go-1.22"_s << u"debian"_s;
    QTest::newRow("golang-go's link") << u"/usr/lib/go"_s << u"debian"_s;
    QTest::newRow("golang.org/dl") << u"/home/dev/sdk/go1.22.6"_s << u"sdk"_s;
    QTest::newRow("another user's sdk is not this home's") << u"/home/other/sdk/go1.22.6"_s << u"other"_s;
    QTest::newRow("sdk one level deeper is not matched") << u"/home/dev/sdk/go1.22.6/go"_s << u"other"_s;
    QTest::newRow("gvm") << u"/home/dev/.gvm/gos/go1.21.0"_s << u"gvm"_s;
    QTest::newRow("goenv") << u"/home/dev/.goenv/versions/1.22.6"_s << u"goenv"_s;
    QTest::newRow("mise") << u"/home/dev/.local/share/mise/installs/go/1.22.6"_s << u"mise"_s;
    QTest::newRow("mise, older layout") << u"/home/dev/.local/share/mise/installs/go/1.22.6/go"_s << u"mise"_s;
    QTest::newRow("asdf") << u"/home/dev/.asdf/installs/golang/1.22.6/go"_s << u"asdf"_s;
    QTest::newRow("snap") << u"/snap/go/current"_s << u"snap"_s;
    QTest::newRow("/opt") << u"/opt/go1.20"_s << u"opt"_s;
    QTest::newRow("toolchain download") << u"/home/dev/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.23.0.linux-amd64"_s
                                        << u"toolchain"_s;
    QTest::newRow("update-alternatives") << u"/etc/alternatives/go"_s << u"alternatives"_s;
    QTest::newRow("anywhere else") << u"/srv/go"_s << u"other"_s;
}

void TestInstallLocations::linuxSource()
{
    QFETCH(QString, goroot);
    QTEST(InstallLocations::linuxSource(goroot, u"/home/dev"_s), "source");
}

void TestInstallLocations::matches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("system");
    QTest::addColumn<bool>("matches");
    const int linux = int(System::Linux);
    const int windows = int(System::Windows);
    QTest::newRow("exact") << u"/usr/local/go"_s << u"/usr/local/go"_s << linux << true;
    QTest::newRow("a star stays in one name") << u"/usr/lib/go-*"_s << u"/usr/lib/go-1.22/bin"_s << linux << false;
    QTest::newRow("a star matches a name") << u"/usr/lib/go-*"_s << u"/usr/lib/go-1.22"_s << linux << true;
    QTest::newRow("Linux is case-sensitive") << u"/usr/local/go"_s << u"/usr/local/Go"_s << linux << false;
    QTest::newRow("regex characters are literal") << u"/opt/go+(1)"_s << u"/opt/go+(1)"_s << linux << true;
    QTest::newRow("a link row matches its path")
        << u"link:/etc/alternatives/go"_s << u"/etc/alternatives/go"_s << linux << true;
    QTest::newRow("Windows ignores case")
        << u"C:\\Program Files\\Go"_s << u"c:\\program files\\go"_s << windows << true;
    QTest::newRow("Windows reads / as \\")
        << u"C:\\Users\\dev\\sdk\\go*"_s << u"C:/Users/dev/sdk/go1.22.6"_s << windows << true;
    QTest::newRow("Windows star stays in one name")
        << u"C:\\Users\\dev\\sdk\\go*"_s << u"C:\\Users\\dev\\sdk\\go1.22.6\\bin"_s << windows << false;
}

void TestInstallLocations::matches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, path);
    QFETCH(int, system);
    QTEST(InstallLocations::matches(pattern, path, System(system)), "matches");
}

void TestInstallLocations::probeArgumentsAreTheLinuxRows()
{
    const QStringList arguments = InstallLocations::probeArguments();
    // The places of platform facts 5.9, as globs the probe expands itself.
    for (const QString &expected : { u"/usr/local/go"_s, u"/usr/lib/go-*"_s, u"~/sdk/go*"_s, u"~/.gvm/gos/*"_s,
             u"~/.goenv/versions/*"_s, u"/snap/go/current"_s, u"link:/etc/alternatives/go"_s })
        QVERIFY2(arguments.contains(expected), qPrintable(expected));
    // No Windows row reaches the probe.
    for (const QString &argument : arguments)
        QVERIFY2(!argument.contains(u'%') && !argument.contains(u'\\'), qPrintable(argument));
    QCOMPARE(arguments.size(), InstallLocations::of(System::Linux).size());
}

QTEST_GUILESS_MAIN(TestInstallLocations)
#include "tst_installlocations.moc"
