#include "diagnosis/diagnosis.h"
#include "scan/probeparser.h"
#include "scan/sidebuilder.h"

#include <QFile>
#include <QTest>

using namespace GoDual;

Q_DECLARE_METATYPE(GoDual::SideBuilder::Resolver)

// Captured probe output (tests/data/probe/*.out, made by make-captures from the start-up file
// corpus in tests/data/startup with the real shells) -> SideBuilder -> the side's origins and the
// findings the rules make from them. The expected origins are the lines written in the corpus.
class TestSideBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void origins_data();
    void origins();

private:
    static QByteArray fixture(const QString &name);
};

QByteArray TestSideBuilder::fixture(const QString &name)
{
    QFile f(QStringLiteral(GODUAL_TEST_DATA "/probe/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Rows: `expect` lines are "NAME origin" (a variable's origin), "NAME =value" (its value),
// "NAME ! overridden" (one of the settings it overrode, "<origin>: <value>"), "PATH dir origin"
// (a PATH folder's origin). `findings` are "id" or "id|text in the message"; `absent` ids must
// not be found.
void TestSideBuilder::origins_data()
{
    QTest::addColumn<QString>("capture");
    QTest::addColumn<SideBuilder::Resolver>("resolver");
    QTest::addColumn<QStringList>("expect");
    QTest::addColumn<QStringList>("findings");
    QTest::addColumn<QStringList>("absent");

    const auto trace = SideBuilder::Resolver::Trace;
    const auto fixed = SideBuilder::Resolver::Static;
    const QStringList bashOrigins {
        QStringLiteral("GOPATH /home/dev/.bash_profile:2"),
        QStringLiteral("GOPATH =/home/dev/work"),
        QStringLiteral("GOPROXY /home/dev/.bashrc.d/go.sh:1"),
        QStringLiteral("GOFLAGS /home/dev/.bashrc.d/go.sh:2"),
        QStringLiteral("GOFLAGS =-mod=mod"),
        QStringLiteral("GOTOOLCHAIN WSLENV:GOTOOLCHAIN/u"),
        QStringLiteral("GOSUMDB default"),
        QStringLiteral("GOSUMDB =sum.golang.org"),
        QStringLiteral("GOROOT default"),
        QStringLiteral("PATH /home/dev/sdk/go1.30.1/bin /home/dev/.bash_profile:5"),
        QStringLiteral("PATH /home/dev/bin /home/dev/.bash_profile:4"),
        QStringLiteral("PATH /home/dev/.local/bin /home/dev/.bashrc:6"),
        QStringLiteral("PATH /usr/bin wsl"),
    };
    // Debian's /etc/profile resets PATH, so the two folders WSL appended never reach a terminal;
    // .profile and .zshrc are never read, so their GOPATH conflicts with nothing.
    const QStringList bashFindings { QStringLiteral("windows-path-appended|adds 2"),
        QStringLiteral("windows-path-appended|drops all"), QStringLiteral("wslenv-forwards-go-vars|GOTOOLCHAIN/u") };
    QTest::newRow("bash, traced") << "wsl-bash.out" << trace << bashOrigins << bashFindings
                                  << QStringList { QStringLiteral("rc-conflicting-exports") };
    // The static reading agrees on the corpus's own lines (literal, in read order) but cannot tell
    // which branch of /etc/profile's `if` ran: it names the last line mentioning /usr/bin.
    QStringList bashStatic = bashOrigins;
    bashStatic.removeAll(QStringLiteral("PATH /usr/bin wsl"));
    bashStatic.append(QStringLiteral("PATH /usr/bin /etc/profile:7"));
    QTest::newRow("bash, static") << "wsl-bash.out" << fixed << bashStatic << bashFindings
                                  << QStringList { QStringLiteral("rc-conflicting-exports") };

    QTest::newRow("zsh, traced: the four files")
        << "wsl-zsh.out" << trace
        << QStringList { QStringLiteral("GOPATH /home/dev/.zlogin:1"), QStringLiteral("GOPATH =/home/dev/login-go"),
               QStringLiteral("GOPATH ! /home/dev/.zshenv:1: /home/dev/env-go"),
               QStringLiteral("GOPATH ! /home/dev/.zprofile:1: /home/dev/profile-go"),
               QStringLiteral("GOPATH ! /home/dev/.zshrc:1: /home/dev/rc-go"),
               QStringLiteral("PATH /home/dev/zprofile/bin /home/dev/.zprofile:2"),
               QStringLiteral("PATH /home/dev/zshrc/bin /home/dev/.zshrc:2"),
               QStringLiteral("PATH /mnt/c/WINDOWS/system32 appendWindowsPath"),
               QStringLiteral("PATH /mnt/c/Program Files/Go/bin appendWindowsPath") }
        << QStringList { QStringLiteral("rc-conflicting-exports|/home/dev/.zshenv:1"),
               QStringLiteral("windows-path-appended|adds 2") }
        << QStringList {};
    // Static reading cannot follow zsh's `path` array: the folder it added has no line.
    QTest::newRow("zsh, static") << "wsl-zsh.out" << fixed
                                 << QStringList { QStringLiteral("GOPATH /home/dev/.zlogin:1"),
                                        QStringLiteral("PATH /home/dev/zprofile/bin login shell"),
                                        QStringLiteral("PATH /home/dev/zshrc/bin /home/dev/.zshrc:2") }
                                 << QStringList { QStringLiteral("rc-conflicting-exports") } << QStringList {};

    QTest::newRow("fish: conf.d, then config.fish")
        << "wsl-fish.out" << trace
        << QStringList { QStringLiteral("GOPATH /home/dev/.config/fish/config.fish:1"),
               QStringLiteral("GOPATH =/home/dev/config-go"),
               QStringLiteral("GOPATH ! /home/dev/.config/fish/conf.d/go.fish:1: $HOME/confd-go"),
               QStringLiteral("PATH /home/dev/confd/bin /home/dev/.config/fish/conf.d/go.fish:2"),
               QStringLiteral("GOTOOLCHAIN WSLENV:GOTOOLCHAIN/u") }
        << QStringList { QStringLiteral("rc-conflicting-exports|/home/dev/.config/fish/config.fish:1") }
        << QStringList {};
}

void TestSideBuilder::origins()
{
    QFETCH(QString, capture);
    QFETCH(SideBuilder::Resolver, resolver);
    QFETCH(QStringList, expect);
    QFETCH(QStringList, findings);
    QFETCH(QStringList, absent);

    const auto report = ProbeParser::parse(fixture(capture), QStringLiteral("N1"));
    QVERIFY2(report, qPrintable(report.error()));
    const SideId id = SideId::wsl(QStringLiteral("Debian"));
    const Side side = SideBuilder::build(id, *report, resolver);
    QVERIFY2(side.scanError.isEmpty(), qPrintable(side.scanError));

    for (const QString &line : std::as_const(expect)) {
        const QString name = line.section(u' ', 0, 0);
        const QString rest = line.section(u' ', 1);
        if (name == QLatin1StringView("PATH")) {
            const qsizetype cut = rest.lastIndexOf(u' ', rest.endsWith(QLatin1StringView(" login shell")) ? -12 : -1);
            const QString dir = rest.left(cut);
            const QString origin = rest.mid(cut + 1);
            const auto it = std::find_if(
                side.path.cbegin(), side.path.cend(), [&](const PathEntry &e) { return e.value == dir; });
            QVERIFY2(it != side.path.cend(), qPrintable(dir));
            QCOMPARE(it->origin.toString(), origin);
            continue;
        }
        QVERIFY2(side.env.contains(name), qPrintable(name));
        const EnvValue v = side.env.value(name);
        if (rest.startsWith(u'=')) {
            QCOMPARE(v.value, rest.mid(1));
        } else if (rest.startsWith(QLatin1StringView("! "))) {
            QStringList lost;
            for (const OverriddenValue &o : v.overridden)
                lost.append(o.toString());
            QVERIFY2(lost.contains(rest.mid(2)), qPrintable(lost.join(QStringLiteral(" | "))));
        } else {
            QCOMPARE(v.origin.toString(), rest);
        }
    }

    Snapshot snapshot;
    snapshot.sides = { side };
    const QList<Finding> found = Diagnosis::run(snapshot);
    QStringList messages;
    for (const Finding &f : found)
        messages.append(f.id + u'|' + f.message);
    for (const QString &want : std::as_const(findings)) {
        const QString wantId = want.section(u'|', 0, 0);
        const QString text = want.section(u'|', 1);
        const bool hit = std::any_of(
            found.cbegin(), found.cend(), [&](const Finding &f) { return f.id == wantId && f.message.contains(text); });
        QVERIFY2(hit, qPrintable(want + QStringLiteral(" not in:\n") + messages.join(u'\n')));
    }
    for (const QString &id : std::as_const(absent)) {
        const bool hit = std::any_of(found.cbegin(), found.cend(), [&](const Finding &f) { return f.id == id; });
        QVERIFY2(!hit, qPrintable(id + QStringLiteral(" found:\n") + messages.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestSideBuilder)
#include "tst_sidebuilder.moc"
