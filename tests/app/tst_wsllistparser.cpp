#include "platform/wsllistparser.h"
#include "testdata.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name) { return TestData::fixture(QStringLiteral("wsl/") + name); }

using TestData::randomBytes;

QByteArray utf16(const QString &text) { return TestData::utf16le(text); }

QString stateName(WslDistro::State state)
{
    switch (state) {
    case WslDistro::State::Running:
        return u"Running"_s;
    case WslDistro::State::Stopped:
        return u"Stopped"_s;
    case WslDistro::State::Installing:
        return u"Installing"_s;
    case WslDistro::State::Uninstalling:
        return u"Uninstalling"_s;
    case WslDistro::State::Converting:
        return u"Converting"_s;
    case WslDistro::State::Exporting:
        return u"Exporting"_s;
    case WslDistro::State::Unknown:
        return u"Unknown"_s;
    }
    return {};
}

// "*Ubuntu-22.04 Running 2" per distro ('*' for the default), Unknown states with their raw text.
QString dump(const QList<WslDistro> &distros)
{
    QStringList rows;
    for (const WslDistro &d : distros) {
        QString state = stateName(d.state);
        if (d.state == WslDistro::State::Unknown)
            state += u'(' + d.stateText + u')';
        rows.append((d.isDefault ? u"*"_s : QString()) + d.name + u' ' + state + u' ' + QString::number(d.wslVersion));
    }
    return rows.join(u", "_s);
}

} // namespace

class TestWslListParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void verbose_data();
    void verbose();
    void verboseFailures_data();
    void verboseFailures();
    void quiet_data();
    void quiet();
    void runningQuiet();
    void hostileInput_data();
    void hostileInput();
    void largeListIsLinear();
};

void TestWslListParser::verbose_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");

    const QString two = u"*Ubuntu-22.04 Running 2, Debian Stopped 2"_s;
    QTest::newRow("facts bytes, UTF-16LE") << fixture(u"list-verbose-utf16.out"_s) << 0 << two;
    QTest::newRow("UTF-8 (WSL_UTF8=1)") << fixture(u"list-verbose-utf8.out"_s) << 0 << two;
    QTest::newRow("BOM and CR CR LF") << fixture(u"list-verbose-bom-crcrlf.out"_s) << 0 << two;
    QTest::newRow("Rancher Desktop sample")
        << fixture(u"list-verbose-rancher.out"_s) << 0
        << u"*Ubuntu Stopped 2, OtherDistro Running 1, rancher-desktop-data Stopped 2, rancher-desktop Stopped 2"_s;
    QTest::newRow("Chinese header and states, UTF-16LE") << fixture(
        u"list-verbose-zh-utf16.out"_s) << 0 << u"*Ubuntu-22.04 Unknown(正在运行) 2, Debian Unknown(已停止) 1"_s;
    QTest::newRow("Chinese header and states, UTF-8") << fixture(
        u"list-verbose-zh-utf8.out"_s) << 0 << u"*Ubuntu-22.04 Unknown(正在运行) 2, Debian Unknown(已停止) 1"_s;
    QTest::newRow("transitional states")
        << fixture(u"list-verbose-states-utf16.out"_s) << 0
        << u"*Alpine Installing 2, old.distro_1 Uninstalling 1, conv Converting 2, exp Exporting 2"_s;
    QTest::newRow("no distributions, UTF-16LE") << fixture(u"no-distros-utf16.out"_s) << -1 << QString();
    QTest::newRow("no distributions, UTF-8") << fixture(u"no-distros-utf8.out"_s) << -1 << QString();
    QTest::newRow("no distributions, localized message")
        << utf16(u"适用于 Linux 的 Windows 子系统没有已安装的分发。\r\n"_s) << -1 << QString();
    QTest::newRow("empty output, exit 0") << QByteArray() << 0 << QString();
    QTest::newRow("header only") << utf16(u"  NAME      STATE           VERSION\r\n"_s) << 0 << QString();
    QTest::newRow("no header") << QByteArray("* Ubuntu    Running         2\r\n") << 0 << u"*Ubuntu Running 2"_s;
    QTest::newRow("localized state of two words")
        << QByteArray("  NAME      STATE           VERSION\n* Ubuntu    Wird ausgef\xc3\xbchrt 2\n") << 0
        << u"*Ubuntu Unknown(Wird ausgeführt) 2"_s;
    QTest::newRow("unknown version number")
        << QByteArray("  Ubuntu    Stopped         3\n") << 0 << u"Ubuntu Stopped 0"_s;
    QTest::newRow("tabs instead of spaces") << QByteArray("*\tUbuntu\tRunning\t2\n") << 0 << u"*Ubuntu Running 2"_s;
}

void TestWslListParser::verbose()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const auto distros = parseWslListVerbose(bytes, exitCode);
    QVERIFY2(distros.ok(), qPrintable(distros.error()));
    QCOMPARE(dump(*distros), expected);
}

void TestWslListParser::verboseFailures_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("wsl.exe error with code") << fixture(u"error-distro-not-found-utf16.out"_s) << -1
                                             << QStringList { u"There is no distribution with the supplied name."_s,
                                                    u"Wsl/Service/WSL_E_DISTRO_NOT_FOUND"_s, u"wsl.exe -l -v"_s };
    QTest::newRow("unknown HRESULT") << fixture(u"error-hresult-utf16.out"_s) << -1
                                     << QStringList { u"Catastrophic failure"_s, u"Wsl/0x8000ffff"_s };
    // An older wsl.exe that does not know `-v`: exit -1 without a code line, like "no
    // distributions", yet an error (the distros then come from the Lxss registry).
    QTest::newRow("usage error of an older wsl.exe")
        << fixture(u"usage-invalid-argument-utf16.out"_s) << -1
        << QStringList { u"Invalid command line argument: -v"_s, u"usage error"_s };
    QTest::newRow("usage text of the old inbox wsl.exe")
        << fixture(u"help-crcrlf-utf16.out"_s) << -1 << QStringList { u"Usage: wsl.exe"_s };
    QTest::newRow("localized usage error")
        << utf16(u"无效的命令行参数: -v\r\n请使用 'wsl.exe --help' 获取支持的参数列表。\r\n"_s) << -1
        << QStringList { u"-v"_s, u"usage error"_s };
    QTest::newRow("silent failure") << QByteArray() << -1 << QStringList { u"-1"_s, u"printed nothing"_s };
    QTest::newRow("rows with exit code 1") << fixture(u"list-verbose-utf8.out"_s) << 1 << QStringList { u"1"_s };
    QTest::newRow("row without version") << QByteArray("  NAME      STATE           VERSION\n* Ubuntu    Running\n")
                                         << 0 << QStringList { u"line 2"_s, u"* Ubuntu    Running"_s };
    QTest::newRow("name WSL would not register")
        << QByteArray("  NAME      STATE           VERSION\n* Ub;untu Running 2\n") << 0
        << QStringList { u"line 2"_s, u"Ub;untu"_s };
    QTest::newRow("plain -l output") << QByteArray(
        "Windows Subsystem for Linux Distributions:\nUbuntu (Default)\nDebian\n")
                                     << 0
                                     << QStringList { u"line 1"_s, u"Windows Subsystem for Linux Distributions:"_s };
    QTest::newRow("truncated capture") << fixture(u"list-verbose-utf16.out"_s).left(0x94) << 0
                                       << QStringList { u"line 2"_s };
}

void TestWslListParser::verboseFailures()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    const auto distros = parseWslListVerbose(bytes, exitCode);
    QVERIFY(!distros.ok());
    for (const QString &text : mentions)
        QVERIFY2(distros.error().contains(text), qPrintable(distros.error()));
}

void TestWslListParser::quiet_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("names");

    const QStringList two { u"Ubuntu-22.04"_s, u"Debian"_s };
    QTest::newRow("facts bytes, UTF-16LE") << fixture(u"list-quiet-utf16.out"_s) << 0 << true << two;
    QTest::newRow("UTF-8") << fixture(u"list-quiet-utf8.out"_s) << 0 << true << two;
    QTest::newRow("old CR CR LF") << utf16(u"Ubuntu-22.04\r\r\nDebian\r\r\n"_s) << 0 << true << two;
    QTest::newRow("no distributions: nothing, exit 0") << QByteArray() << 0 << true << QStringList {};
    QTest::newRow("wsl.exe error") << fixture(u"error-distro-not-found-utf16.out"_s) << -1 << false << QStringList {};
    QTest::newRow("not a name") << QByteArray("Ubuntu (Default)\n") << 0 << false << QStringList {};
}

void TestWslListParser::quiet()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(bool, ok);
    QFETCH(QStringList, names);
    const auto result = parseWslListQuiet(bytes, exitCode);
    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(*result, names);
    else
        QVERIFY(result.error().contains(u"wsl.exe -l -q"_s));
}

void TestWslListParser::runningQuiet()
{
    const auto none = parseWslListRunningQuiet(QByteArray(), 0);
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
    const auto one = parseWslListRunningQuiet(utf16(u"Ubuntu-22.04\r\n"_s), 0);
    QVERIFY(one.ok());
    QCOMPARE(*one, QStringList { u"Ubuntu-22.04"_s });
    const auto failed = parseWslListRunningQuiet(fixture(u"error-hresult-utf16.out"_s), -1);
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().contains(u"wsl.exe -l --running -q"_s));
}

void TestWslListParser::hostileInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");

    for (int exitCode : { 0, -1 }) {
        const QByteArray suffix = QByteArray("exit ") + QByteArray::number(exitCode);
        QTest::newRow(QByteArray("random 3 MiB, " + suffix).constData()) << randomBytes(3 * 1024 * 1024, 7) << exitCode;
        QTest::newRow(QByteArray("random odd size, " + suffix).constData()) << randomBytes(99999, 8) << exitCode;
        QTest::newRow(QByteArray("NULs, " + suffix).constData()) << QByteArray(65536, '\0') << exitCode;
        QTest::newRow(QByteArray("one 4 MiB line, " + suffix).constData())
            << QByteArray(4 * 1024 * 1024, '*') << exitCode;
        QTest::newRow(QByteArray("cut mid character, " + suffix).constData())
            << fixture(u"list-verbose-zh-utf16.out"_s).left(77) << exitCode;
    }
}

void TestWslListParser::hostileInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    // A clear error or a (possibly empty) list; never a crash, never a name WSL could not register.
    const auto verbose = parseWslListVerbose(bytes, exitCode);
    if (verbose.ok()) {
        for (const WslDistro &distro : *verbose)
            QVERIFY(!distro.name.isEmpty() && !distro.name.contains(u' '));
    } else {
        QVERIFY(!verbose.error().isEmpty());
        QVERIFY(verbose.error().size() < 600);
    }
    const auto quiet = parseWslListQuiet(bytes, exitCode);
    QVERIFY(quiet.ok() || !quiet.error().isEmpty());
}

void TestWslListParser::largeListIsLinear()
{
    QString text = u"  NAME            STATE           VERSION\r\n"_s;
    for (int i = 0; i < 100000; ++i)
        text += u"  distro-%1      Stopped         2\r\n"_s.arg(i, 6, 10, QChar(u'0'));
    // Every row comes back; how fast is for a benchmark (tests/bench) to measure, not for a
    // wall-clock bound that a loaded machine could break.
    const auto distros = parseWslListVerbose(utf16(text), 0);
    QVERIFY2(distros.ok(), qPrintable(distros.error()));
    QCOMPARE(distros->size(), 100000);
    QCOMPARE(distros->last().name, u"distro-099999"_s);
}

QTEST_GUILESS_MAIN(TestWslListParser)
#include "tst_wsllistparser.moc"
