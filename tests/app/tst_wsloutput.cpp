#include "platform/wsloutput.h"
#include "testdata.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const char *name) { return TestData::fixture(QStringLiteral("wsl/") + QLatin1StringView(name)); }

using TestData::randomBytes;

QByteArray utf16(const QString &text) { return TestData::utf16le(text); }

} // namespace

class TestWslOutput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void lines_data();
    void lines();
    void oldHelpOutput();
    void error_data();
    void error();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();
};

void TestWslOutput::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("UTF-16LE without BOM (wsl.exe default)") << utf16(QStringLiteral("Co\r\n")) << u"Co\r\n"_s;
    QTest::newRow("UTF-16LE with BOM") << QByteArray("\xff\xfe") + utf16(QStringLiteral("Ubuntu")) << u"Ubuntu"_s;
    QTest::newRow("UTF-8 (WSL_UTF8=1)") << QByteArray("Ubuntu\r\nDebian\r\n") << u"Ubuntu\r\nDebian\r\n"_s;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xef\xbb\xbfUbuntu") << u"Ubuntu"_s;
    QTest::newRow("UTF-8 Chinese") << QStringLiteral("  名称 状态").toUtf8() << u"  名称 状态"_s;
    QTest::newRow("UTF-16LE Chinese") << utf16(QStringLiteral("  名称 状态\r\n")) << u"  名称 状态\r\n"_s;
    QTest::newRow("UTF-16LE all CJK, no ASCII") << utf16(QStringLiteral("正在运行")) << u"正在运行"_s;
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("invalid UTF-8 is replaced") << QByteArray("a\xc3(") << u"a\ufffd("_s;
    QTest::newRow("invalid UTF-8 of even size is read as UTF-16LE") << QByteArray("a\xc3(b") << u"\uc361\u6228"_s;
    QTest::newRow("stray NUL in UTF-8 is dropped") << QByteArray("ab\0c", 4) << u"abc"_s;
    QTest::newRow("odd-length UTF-16 after BOM keeps a marker") << QByteArray("\xff\xfe"
                                                                              "A\0B",
        5) << u"A\ufffd"_s;
    QTest::newRow("truncated UTF-16 without BOM degrades to text") << QByteArray("C\0o\0p", 5) << u"Cop"_s;
}

void TestWslOutput::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(decodeWslOutput(bytes), expected);
}

void TestWslOutput::lines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("CRLF") << u"a\r\nb\r\n"_s << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("old CR CR LF") << u"a\r\r\nb\r\r\n"_s << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("LF") << u"a\nb"_s << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("empty lines dropped") << u"a\r\n\r\n\r\r\nb\n\n"_s << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("spaces kept") << u"  NAME  \r\n"_s << QStringList { u"  NAME  "_s };
    QTest::newRow("nothing") << QString() << QStringList {};
    QTest::newRow("only line endings") << u"\r\n\r\r\n\n"_s << QStringList {};
}

void TestWslOutput::lines()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(wslOutputLines(text), expected);
}

void TestWslOutput::oldHelpOutput()
{
    // Bytes as in microsoft/WSL issue #5802: UTF-16LE, no BOM, "\r\r\n" line endings.
    const QStringList lines = wslOutputLines(decodeWslOutput(fixture("help-crcrlf-utf16.out")));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), u"Copyright (c) Microsoft Corporation. All rights reserved."_s);
    QVERIFY(lines.at(1).startsWith(u"Usage: wsl.exe"_s));
}

void TestWslOutput::error_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");

    QTest::newRow("distro not found") << fixture("error-distro-not-found-utf16.out")
                                      << u"There is no distribution with the supplied name."_s
                                      << u"Wsl/Service/WSL_E_DISTRO_NOT_FOUND"_s;
    QTest::newRow("unknown HRESULT") << fixture("error-hresult-utf16.out") << u"Catastrophic failure"_s
                                     << u"Wsl/0x8000ffff"_s;
    QTest::newRow("no code line") << fixture("no-distros-utf16.out")
                                  << u"Windows Subsystem for Linux has no installed distributions. You can resolve "
                                     "this by installing a distribution with the instructions below: Use 'wsl.exe "
                                     "--list --online' to list available distributions and 'wsl.exe --install "
                                     "<Distro>' to install."_s
                                  << QString();
    QTest::newRow("localized label, full-width colon")
        << utf16(QStringLiteral("不存在具有所提供名称的分发。\r\n错误代码： Wsl/Service/WSL_E_DISTRO_NOT_FOUND\r\n"))
        << u"不存在具有所提供名称的分发。"_s << u"Wsl/Service/WSL_E_DISTRO_NOT_FOUND"_s;
}

void TestWslOutput::error()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFETCH(QString, code);
    const WslError error = parseWslError(wslOutputLines(decodeWslOutput(bytes)));
    QCOMPARE(error.message, message);
    QCOMPARE(error.code, code);
}

void TestWslOutput::garbageNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("random 4 MiB") << randomBytes(4 * 1024 * 1024, 1);
    QTest::newRow("random odd size") << randomBytes(1024 * 1024 + 1, 2);
    QTest::newRow("all NUL") << QByteArray(1024 * 1024, '\0');
    QTest::newRow("lone surrogates") << QByteArray("\xff\xfe\x00\xd8\x00\xd8\x00\xdc", 8);
    QTest::newRow("huge UTF-16 text") << utf16(QString(2 * 1024 * 1024, u'x') + u"\r\n"_s);
}

void TestWslOutput::garbageNeverCrashes()
{
    QFETCH(QByteArray, bytes);
    const QString text = decodeWslOutput(bytes);
    QVERIFY(!text.contains(QChar(u'\0')));
    const QStringList lines = wslOutputLines(text);
    for (const QString &line : lines)
        QVERIFY(!line.isEmpty() && !line.endsWith(u'\r'));
    (void)parseWslError(lines);
}

QTEST_GUILESS_MAIN(TestWslOutput)
#include "tst_wsloutput.moc"
