#include "testdata.h"
#include "wslconfparser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

namespace {

const QString kPath = u"/etc/wsl.conf"_s;

QByteArray fixture(const QString &name) { return TestData::fixture(QStringLiteral("wslconf/") + name); }

using TestData::randomBytes;

QString kindName(WslConfIssue::Kind kind)
{
    switch (kind) {
    case WslConfIssue::ParseStopped:
        return u"stopped"_s;
    case WslConfIssue::InvalidValue:
        return u"invalid"_s;
    case WslConfIssue::DuplicateKey:
        return u"duplicate"_s;
    case WslConfIssue::UnknownKey:
        return u"unknown"_s;
    case WslConfIssue::CrLf:
        return u"crlf"_s;
    }
    return {};
}

template <typename T> QString at(const WslConfSetting<T> &setting, const QString &value)
{
    return setting.isDefault() ? value : value + u'@' + QString::number(setting.line);
}

QString text(const WslConfSetting<bool> &s) { return at(s, s.value ? u"true"_s : u"false"_s); }
QString text(const WslConfSetting<QString> &s) { return at(s, u'[' + s.value + u']'); }
QString text(const WslConfSetting<std::optional<QString>> &s)
{
    return at(s, s.value ? u'[' + *s.value + u']' : u"unset"_s);
}

// Only what differs from the defaults, then the issues as kind@line: one readable line per case.
QString dump(const WslConfig &c)
{
    const WslConfig defaults;
    QStringList parts;
    auto add = [&](const QString &name, const QString &value, const QString &defaultValue) {
        if (value != defaultValue)
            parts.append(name + u'=' + value);
    };
    add(u"interop.enabled"_s, text(c.interopEnabled), text(defaults.interopEnabled));
    add(u"interop.appendWindowsPath"_s, text(c.interopAppendWindowsPath), text(defaults.interopAppendWindowsPath));
    add(u"user.default"_s, text(c.userDefault), text(defaults.userDefault));
    add(u"boot.systemd"_s, text(c.bootSystemd), text(defaults.bootSystemd));
    add(u"boot.command"_s, text(c.bootCommand), text(defaults.bootCommand));
    add(u"automount.root"_s, text(c.automountRoot), text(defaults.automountRoot));
    add(u"automount.enabled"_s, text(c.automountEnabled), text(defaults.automountEnabled));
    if (c.stoppedAtLine)
        parts.append(u"stop=%1"_s.arg(c.stoppedAtLine));
    for (const WslConfIssue &issue : c.issues)
        parts.append(kindName(issue.kind) + u'@' + QString::number(issue.line));
    return parts.join(u' ');
}

} // namespace

class TestWslConfParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void inlineRules_data();
    void inlineRules();
    void messages_data();
    void messages();
    void origins();
    void defaults();
    void hostileInput_data();
    void hostileInput();
    void manyIssuesAreCapped();
};

void TestWslConfParser::parse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");

    QTest::newRow("documented example")
        << u"docs-example.conf"_s
        << u"interop.enabled=false@13 interop.appendWindowsPath=false@14 user.default=[DemoUser]@17 "
           "boot.command=[service docker start]@20 automount.root=[/]@3 automount.enabled=true@2"_s;
    QTest::newRow("#12502 LF file") << u"issue12502-lf.conf"_s << u"boot.systemd=true@2"_s;
    QTest::newRow("#12502 CRLF file") << u"issue12502-crlf.conf"_s << u"boot.systemd=true@2 crlf@1"_s;
    QTest::newRow("[ interop ] ends parsing")
        << u"section-spaces.conf"_s << u"interop.enabled=false@2 stop=3 stopped@3"_s;
    QTest::newRow("static_ip ends parsing") << u"static-ip.conf"_s << u"boot.systemd=true@2 stop=4 stopped@4"_s;
    QTest::newRow("; line ends parsing") << u"semicolon.conf"_s << u"interop.enabled=false@2 stop=3 stopped@3"_s;
    QTest::newRow("C:\\Users is an invalid escape")
        << u"invalid-escape.conf"_s << u"user.default=[dev]@2 stop=4 stopped@4"_s;
    QTest::newRow("UTF-8 BOM on line 1") << u"bom.conf"_s << u"stop=1 stopped@1"_s;
    QTest::newRow("appendWindowsPath = false ; note")
        << u"trailing-semicolon.conf"_s << u"interop.enabled=false@3 invalid@2"_s;
    QTest::newRow("\"false \" keeps its space") << u"quoted-space.conf"_s << u"interop.enabled=false@3 invalid@2"_s;
    QTest::newRow("duplicates: first wins, even when invalid")
        << u"duplicates.conf"_s
        << u"interop.enabled=false@2 boot.systemd=true@7 duplicate@3 invalid@4 duplicate@5 duplicate@9"_s;
    QTest::newRow("sections and keys ignore case")
        << u"case.conf"_s << u"interop.appendWindowsPath=false@2 boot.systemd=true@4 automount.enabled=false@6"_s;
    QTest::newRow("comments, quotes and escapes")
        << u"comments-quotes.conf"_s
        << u"user.default=[dev # not a comment]@3 boot.systemd=true@6 boot.command=[echo \"hi\"\tthere \\ done]@5"_s;
    QTest::newRow("backslash-newline continuation")
        << u"continuation.conf"_s << u"boot.systemd=true@4 boot.command=[service docker     start]@2"_s;
    QTest::newRow("unknown keys warn, parsing goes on")
        << u"unknown-key.conf"_s << u"interop.enabled=false@3 unknown@2 unknown@5"_s;
    QTest::newRow("unclosed quote ends parsing") << u"unclosed-quote.conf"_s << u"stop=2 stopped@2"_s;
    QTest::newRow("automount.root gains its slash")
        << u"automount-root.conf"_s << u"automount.root=[/windir/]@2 automount.enabled=false@3"_s;
    QTest::newRow("key before any section is unknown")
        << u"key-before-section.conf"_s << u"interop.enabled=false@3 unknown@1"_s;
    QTest::newRow("text after a section header") << u"header-trailing-text.conf"_s << u"stop=1 stopped@1"_s;
    QTest::newRow("integers and enums are checked")
        << u"invalid-int.conf"_s << u"boot.systemd=true@3 invalid@2 invalid@5"_s;
    QTest::newRow("CRLF continuation is an invalid escape")
        << u"crlf-continuation.conf"_s << u"stop=2 crlf@1 stopped@2"_s;
    QTest::newRow("empty file") << u"empty.conf"_s << QString();
    QTest::newRow("key starting with a digit") << u"digit-key.conf"_s << u"stop=2 stopped@2"_s;
}

void TestWslConfParser::parse()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const WslConfig config = parseWslConf(fixture(file), kPath);
    QCOMPARE(dump(config), expected);
    for (const WslConfIssue &issue : config.issues)
        QVERIFY2(
            issue.message.startsWith(kPath + u':' + QString::number(issue.line) + u':'), qPrintable(issue.message));
}

void TestWslConfParser::inlineRules_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");

    QTest::newRow("booleans: 1/0/true/false in any case")
        << QByteArray("[interop]\nenabled=0\nappendWindowsPath=TRUE\n[boot]\nsystemd=1\n")
        << u"interop.enabled=false@2 interop.appendWindowsPath=true@3 boot.systemd=true@5"_s;
    QTest::newRow("yes is not a boolean") << QByteArray("[boot]\nsystemd=yes\n") << u"invalid@2"_s;
    QTest::newRow("empty value is not a boolean") << QByteArray("[boot]\nsystemd=\n") << u"invalid@2"_s;
    QTest::newRow("blanks around = and trailing blanks")
        << QByteArray("[boot]\n  systemd \t=\t true \t \n") << u"boot.systemd=true@2"_s;
    QTest::newRow("quoted blanks survive")
        << QByteArray("[user]\ndefault = \" dev \"\n") << u"user.default=[ dev ]@2"_s;
    QTest::newRow("\\b \\n \\t escapes") << QByteArray("[boot]\ncommand=a\\bb\\nc\\td\n")
                                         << u"boot.command=[a\bb\nc\td]@2"_s;
    QTest::newRow("quotes in the middle are removed")
        << QByteArray("[boot]\ncommand=echo \"a b\"c\n") << u"boot.command=[echo a bc]@2"_s;
    QTest::newRow("# inside quotes is kept") << QByteArray("[boot]\ncommand=\"a#b\"#c\n") << u"boot.command=[a#b]@2"_s;
    QTest::newRow("comment line between settings")
        << QByteArray("[boot]\n# systemd=false\nsystemd=true\n") << u"boot.systemd=true@3"_s;
    QTest::newRow("indented section header") << QByteArray("   [boot]\nsystemd=true\n") << u"boot.systemd=true@2"_s;
    QTest::newRow("section with digits") << QByteArray("[boot2]\nsystemd=true\n") << u"unknown@2"_s;
    QTest::newRow("empty section name") << QByteArray("[]\n[boot]\nsystemd=true\n") << u"stop=1 stopped@1"_s;
    QTest::newRow("missing ]") << QByteArray("[boot\nsystemd=true\n") << u"stop=1 stopped@1"_s;
    QTest::newRow("key without =") << QByteArray("[boot]\nsystemd true\n") << u"stop=2 stopped@2"_s;
    QTest::newRow("key with a dot") << QByteArray("[boot]\nboot.systemd=true\n") << u"stop=2 stopped@2"_s;
    QTest::newRow("backslash at end of file") << QByteArray("[boot]\ncommand=a\\") << u"stop=2 stopped@2"_s;
    QTest::newRow("no final newline") << QByteArray("[boot]\nsystemd=true") << u"boot.systemd=true@2"_s;
    QTest::newRow("CR-only line endings end values too")
        << QByteArray("[boot]\rsystemd=true\r") << u"boot.systemd=true@1"_s;
    QTest::newRow("settings before the stop still apply")
        << QByteArray("[interop]\nappendWindowsPath=false\n[boot]\nsystemd=true\n[ user ]\ndefault=x\n")
        << u"interop.appendWindowsPath=false@2 boot.systemd=true@4 stop=5 stopped@5"_s;
    QTest::newRow("user.default may be empty") << QByteArray("[user]\ndefault=\n") << u"user.default=[]@2"_s;
    QTest::newRow("NUL byte in a value") << QByteArray("[boot]\ncommand=a\0b\n", 19) << u"boot.command=[a\0b]@2"_s;
}

void TestWslConfParser::inlineRules()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QCOMPARE(dump(parseWslConf(content, kPath)), expected);
}

void TestWslConfParser::messages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("issue");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("stop names what is lost")
        << u"section-spaces.conf"_s << 0
        << QStringList { u"/etc/wsl.conf:3:"_s, u"interop.appendWindowsPath (line 4)"_s, u"boot.systemd (line 6)"_s };
    QTest::newRow("static_ip") << u"static-ip.conf"_s << 0
                               << QStringList { u"/etc/wsl.conf:4:"_s, u"'='"_s,
                                      u"interop.appendWindowsPath (line 6)"_s };
    QTest::newRow("semicolon") << u"semicolon.conf"_s << 0
                               << QStringList { u"';'"_s, u"interop.appendWindowsPath (line 4)"_s };
    QTest::newRow("invalid escape") << u"invalid-escape.conf"_s << 0
                                    << QStringList { u"'\\U'"_s, u"interop.appendWindowsPath (line 6)"_s };
    QTest::newRow("BOM") << u"bom.conf"_s << 0
                         << QStringList { u"byte order mark"_s, u"boot.systemd (line 2)"_s,
                                u"interop.appendWindowsPath (line 4)"_s };
    QTest::newRow("key starting with a digit")
        << u"digit-key.conf"_s << 0 << QStringList { u"interop.appendWindowsPath (line 3)"_s };
    QTest::newRow("invalid boolean") << u"trailing-semicolon.conf"_s << 0
                                     << QStringList { u"'false ; note'"_s, u"interop.appendWindowsPath"_s };
    QTest::newRow("duplicate") << u"duplicates.conf"_s << 0 << QStringList { u"line 2"_s, u"interop.enabled"_s };
    QTest::newRow("unknown") << u"unknown-key.conf"_s << 1 << QStringList { u"wsl2.memory"_s };
    QTest::newRow("CRLF") << u"issue12502-crlf.conf"_s << 0 << QStringList { u"CRLF"_s, u"LF"_s };
}

void TestWslConfParser::messages()
{
    QFETCH(QString, file);
    QFETCH(int, issue);
    QFETCH(QStringList, mentions);
    const WslConfig config = parseWslConf(fixture(file), kPath);
    QVERIFY(issue < config.issues.size());
    const QString message = config.issues.at(issue).message;
    for (const QString &text : mentions)
        QVERIFY2(message.contains(text), qPrintable(message));
}

void TestWslConfParser::origins()
{
    const WslConfig config = parseWslConf(fixture(u"docs-example.conf"_s), u"/etc/wsl.conf"_s);
    QCOMPARE(config.origin(config.interopAppendWindowsPath.line).toString(), u"/etc/wsl.conf:14"_s);
    QCOMPARE(config.origin(config.interopAppendWindowsPath.line).kind(), Origin::Kind::File);
    QCOMPARE(config.origin(config.bootSystemd.line).toString(), u"default"_s);
    QCOMPARE(config.origin(config.bootSystemd.line).kind(), Origin::Kind::Default);
    const WslConfig stopped = parseWslConf(fixture(u"section-spaces.conf"_s), u"/etc/wsl.conf"_s);
    QCOMPARE(stopped.issues.front().text, u"[ interop ]"_s);
    QVERIFY(stopped.interopAppendWindowsPath.isDefault());
}

void TestWslConfParser::defaults()
{
    const WslConfig config = parseWslConf(QByteArray(), kPath);
    QCOMPARE(config.interopEnabled.value, true);
    QCOMPARE(config.interopAppendWindowsPath.value, true);
    QCOMPARE(config.userDefault.value, std::nullopt);
    QCOMPARE(config.bootSystemd.value, false);
    QCOMPARE(config.bootCommand.value, std::nullopt);
    QCOMPARE(config.automountRoot.value, u"/mnt/"_s);
    QCOMPARE(config.automountEnabled.value, true);
    QVERIFY(config.issues.isEmpty());
    QCOMPARE(config.stoppedAtLine, 0);
    QCOMPARE(config.crlf, false);
}

void TestWslConfParser::hostileInput_data()
{
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("random 4 MiB") << randomBytes(4 * 1024 * 1024, 3);
    QTest::newRow("NULs") << QByteArray(1024 * 1024, '\0');
    QTest::newRow("one 4 MiB value") << QByteArray("[boot]\ncommand=" + QByteArray(4 * 1024 * 1024, 'x') + '\n');
    QTest::newRow("one 4 MiB quoted value") << QByteArray("[boot]\ncommand=\"" + QByteArray(4 * 1024 * 1024, '#'));
    QTest::newRow("4 MiB of continuations")
        << QByteArray("[boot]\ncommand=" + QByteArray(2 * 1024 * 1024, '\\').replace("\\\\", "\\\n"));
    QByteArray many;
    for (int i = 0; i < 200000; ++i)
        many += "[interop]\nenabled=false\n";
    QTest::newRow("200000 duplicates") << many;
    QTest::newRow("truncated after [") << QByteArray("[");
    QTest::newRow("truncated after =") << QByteArray("[boot]\nsystemd=");
    QTest::newRow("UTF-16LE file") << QByteArray("\xff\xfe[\0b\0o\0o\0t\0]\0\n\0", 16);
}

void TestWslConfParser::hostileInput()
{
    QFETCH(QByteArray, content);
    const WslConfig config = parseWslConf(content, kPath);
    QVERIFY(config.issues.size() <= 210);
    for (const WslConfIssue &issue : config.issues) {
        QVERIFY(issue.line >= 1);
        QVERIFY(issue.text.size() <= 201);
        QVERIFY(!issue.message.isEmpty());
    }
}

void TestWslConfParser::manyIssuesAreCapped()
{
    QByteArray content = "[interop]\n";
    for (int i = 0; i < 5000; ++i)
        content += "unknown" + QByteArray::number(i) + "=1\n";
    content += "[ bad ]\n";
    for (int i = 0; i < 5000; ++i)
        content += "enabled=false\n";
    const WslConfig config = parseWslConf(content, kPath);
    QCOMPARE(config.stoppedAtLine, 5002);
    const auto stop = std::find_if(config.issues.cbegin(), config.issues.cend(),
        [](const WslConfIssue &issue) { return issue.kind == WslConfIssue::ParseStopped; });
    QVERIFY(stop != config.issues.cend());
    QVERIFY2(stop->message.contains(u"more"_s), qPrintable(stop->message));
    QVERIFY(stop->message.size() < 2000);
    QVERIFY(config.interopEnabled.isDefault());
}

QTEST_GUILESS_MAIN(TestWslConfParser)
#include "tst_wslconfparser.moc"
