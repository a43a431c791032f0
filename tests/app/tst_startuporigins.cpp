#include "diagnosis/diagnosis.h"
#include "scan/sideprobe.h"
#include "testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace GoDual;

// The start-up file corpus (tests/data/startup) through the real probe with the real login
// shells: the probe runs on the local side with HOME at a copy of one corpus home and SHELL the
// shell of the row (the probe's user is one /etc/passwd does not know, so it takes $SHELL). The
// origins must be the lines written in the corpus; then they are checked against a separate
// `bash -x` / `zsh -x` login run of the same files, done here. (The static resolver is checked
// against the traced one on captures of the same corpus in tst_sidebuilder.)
class TestStartupOrigins : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void origins_data();
    void origins();

private:
    struct Traced {
        QString variable;
        QString origin; // file:line
        QString value;
    };
    static QString requireShell(const QString &name);
    static QProcessEnvironment hermetic(const QString &home, const QString &shell);
    static QList<Traced> ownTrace(const QString &shell, const QString &home);
};

QString TestStartupOrigins::requireShell(const QString &name)
{
    return QStandardPaths::findExecutable(name, { QStringLiteral("/usr/bin"), QStringLiteral("/bin") });
}

// Nothing of the caller's Go settings or GoDual seams gets in; HOME and SHELL are the row's.
QProcessEnvironment TestStartupOrigins::hermetic(const QString &home, const QString &shell)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("SHELL"), shell);
    env.insert(QStringLiteral("USER"), QStringLiteral("godual-no-such-user"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

// The shell's own xtrace of a login + interactive start, independent of the probe: bash with
// PS4='+${BASH_SOURCE}:${LINENO}: ', zsh with PS4='+%x:%I> '. bash ignores PS4 from the
// environment when run as root, so as root it runs as nobody (the copy is world-readable).
QList<TestStartupOrigins::Traced> TestStartupOrigins::ownTrace(const QString &shell, const QString &home)
{
    const bool zsh = shell.endsWith(QLatin1StringView("zsh"));
    QProcessEnvironment env = hermetic(home, shell);
    env.insert(QStringLiteral("PS4"), zsh ? QStringLiteral("+%x:%I> ") : QStringLiteral("+${BASH_SOURCE}:${LINENO}: "));
    QString program = shell;
    QStringList args { QStringLiteral("-l"), QStringLiteral("-i"), QStringLiteral("-x"), QStringLiteral("-c"),
        QStringLiteral("true") };
    if (!zsh && geteuid() == 0) {
        args.prepend(shell);
        args = QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups"), QStringLiteral("--") }
            + args;
        program = requireShell(QStringLiteral("setpriv"));
    }
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(home);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return {};
    // +FILE:LINE: CMD (bash, '+' repeated per level) or +FILE:LINE> CMD (zsh).
    static const QRegularExpression traceLine(QStringLiteral(R"(^\++(/[^:]*):(\d+)(?::|>) (.*)$)"));
    static const QRegularExpression assignment(
        QStringLiteral(R"(^(?:export |typeset -x |declare -x )?'?([A-Za-z_][A-Za-z0-9_]*)=(.*?)'?\s*$)"));
    static const QRegularExpression zshPath(QStringLiteral(R"(^path=\( (.*) \)\s*$)"));
    QList<Traced> out;
    const QStringList lines = QString::fromUtf8(p.readAllStandardError()).split(u'\n');
    for (const QString &line : lines) {
        const auto m = traceLine.match(line);
        if (!m.hasMatch())
            continue;
        const QString where = m.captured(1) + u':' + m.captured(2);
        const QString command = m.captured(3);
        if (const auto a = zshPath.match(command); a.hasMatch()) {
            out.append({ QStringLiteral("PATH"), where, a.captured(1).split(u' ').join(u':') });
        } else if (const auto b = assignment.match(command); b.hasMatch()) {
            out.append({ b.captured(1), where, b.captured(2) });
        }
    }
    return out;
}

void TestStartupOrigins::origins_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QString>("corpus");
    // "NAME ~/file:line" or "PATH ~/dir ~/file:line"; ~ is the copy of the corpus home.
    QTest::addColumn<QStringList>("expect");
    QTest::addColumn<QStringList>("findings");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("bash") << "bash" << "bash"
                          << QStringList { QStringLiteral("GOPATH ~/.bash_profile:2"),
                                 QStringLiteral("GOPROXY ~/.bashrc.d/go.sh:1"),
                                 QStringLiteral("GOFLAGS ~/.bashrc.d/go.sh:2"),
                                 QStringLiteral("PATH ~/sdk/go1.30.1/bin ~/.bash_profile:5"),
                                 QStringLiteral("PATH ~/bin ~/.bash_profile:4"),
                                 QStringLiteral("PATH ~/.local/bin ~/.bashrc:6") }
                          << QStringList {} << QStringList { QStringLiteral("rc-conflicting-exports") };
    QTest::newRow("zsh") << "zsh" << "zsh"
                         << QStringList { QStringLiteral("GOPATH ~/.zlogin:1"),
                                QStringLiteral("PATH ~/zprofile/bin ~/.zprofile:2"),
                                QStringLiteral("PATH ~/zshrc/bin ~/.zshrc:2") }
                         << QStringList { QStringLiteral("rc-conflicting-exports") } << QStringList {};
    // oh-my-zsh's load path runs before the user's own lines at the end of its template's .zshrc.
    QTest::newRow("zsh, oh-my-zsh") << "zsh" << "zsh-ohmyzsh"
                                    << QStringList { QStringLiteral("GOPATH ~/.zshrc:107"),
                                           QStringLiteral("PATH ~/sdk/go1.20.14/bin ~/.zshrc:108"),
                                           QStringLiteral("PATH ~/go/bin ~/.zshrc:108") }
                                    << QStringList {} << QStringList { QStringLiteral("rc-conflicting-exports") };
    QTest::newRow("fish") << "fish" << "fish"
                          << QStringList { QStringLiteral("GOPATH ~/.config/fish/config.fish:1"),
                                 QStringLiteral("PATH ~/confd/bin ~/.config/fish/conf.d/go.fish:2") }
                          << QStringList { QStringLiteral("rc-conflicting-exports") } << QStringList {};
}

void TestStartupOrigins::origins()
{
    QFETCH(QString, shell);
    QFETCH(QString, corpus);
    QFETCH(QStringList, expect);
    QFETCH(QStringList, findings);
    QFETCH(QStringList, absent);

    const QString program = requireShell(shell);
    const bool ci = qgetenv("CI") == "true";
    if (program.isEmpty()) {
        if (ci)
            QFAIL(qPrintable(shell + QStringLiteral(" is missing (the build root installs bash, zsh and fish)")));
        QSKIP(qPrintable(shell + QStringLiteral(" is missing")));
    }
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString home = tmp.path() + QStringLiteral("/home");
    QVERIFY(TestData::copyTree(QStringLiteral(GODUAL_TEST_DATA "/startup/") + corpus, home));
    // Readable by the unprivileged user of the differential bash run.
    QVERIFY(QFile::setPermissions(tmp.path(), QFile::permissions(tmp.path()) | QFileDevice::ExeOther));
    QProcess chmod;
    chmod.start(QStringLiteral("chmod"), { QStringLiteral("-R"), QStringLiteral("a+rX"), home });
    QVERIFY(chmod.waitForFinished());

    // The probe inherits this process's environment on the local side.
    const QProcessEnvironment saved = QProcessEnvironment::systemEnvironment();
    const QProcessEnvironment env = hermetic(home, program);
    for (const QString &name : saved.keys())
        qunsetenv(name.toLocal8Bit().constData());
    for (const QString &name : env.keys())
        qputenv(name.toLocal8Bit().constData(), env.value(name).toLocal8Bit());
    SideProbe probe(SideId::local(), ProcessRunner::system());
    QSignalSpy done(&probe, &SideProbe::finished);
    probe.start();
    const bool finished = done.wait(30000);
    for (const QString &name : env.keys())
        qunsetenv(name.toLocal8Bit().constData());
    for (const QString &name : saved.keys())
        qputenv(name.toLocal8Bit().constData(), saved.value(name).toLocal8Bit());
    QVERIFY(finished);
    const Side side = probe.side();
    QVERIFY2(side.scanned && side.scanError.isEmpty(), qPrintable(side.scanError));

    auto expand = [&](QString text) { return text.replace(u'~', home); };
    for (const QString &line : std::as_const(expect)) {
        const QStringList parts = expand(line).split(u' ');
        if (parts[0] == QLatin1StringView("PATH")) {
            const auto it = std::find_if(
                side.path.cbegin(), side.path.cend(), [&](const PathEntry &e) { return e.value == parts[1]; });
            QVERIFY2(it != side.path.cend(), qPrintable(parts[1]));
            QCOMPARE(it->origin.toString(), parts[2]);
        } else {
            QCOMPARE(side.env.value(parts[0]).origin.toString(), parts[1]);
        }
    }
    Snapshot snapshot;
    snapshot.sides = { side };
    const QList<Finding> found = Diagnosis::run(snapshot);
    for (const QString &id : std::as_const(findings))
        QVERIFY2(
            std::any_of(found.cbegin(), found.cend(), [&](const Finding &f) { return f.id == id; }), qPrintable(id));
    for (const QString &id : std::as_const(absent))
        QVERIFY2(
            std::none_of(found.cbegin(), found.cend(), [&](const Finding &f) { return f.id == id; }), qPrintable(id));

    if (shell == QLatin1StringView("fish"))
        return; // fish's trace (fish_trace) names no file or line: fish has the static reading only

    // Differential: the shell's own trace, run here, names the same lines. A variable's origin is
    // the last assignment giving it its final value; a PATH folder's, the first assignment after
    // which it stayed on PATH.
    if (geteuid() == 0 && shell == QLatin1StringView("bash") && requireShell(QStringLiteral("setpriv")).isEmpty()) {
        if (ci)
            QFAIL("setpriv is missing (util-linux), needed to trace bash as non-root");
        QSKIP("setpriv is missing, so bash cannot be traced with a PS4 as root");
    }
    const QList<Traced> own = ownTrace(program, home);
    QVERIFY2(!own.isEmpty(), "the shell's own trace shows no assignment");
    for (auto it = side.env.cbegin(); it != side.env.cend(); ++it) {
        if (it->origin.kind() != Origin::Kind::File)
            continue;
        QString last;
        for (const Traced &t : own) {
            if (t.variable == it.key() && t.value == it->value)
                last = t.origin;
        }
        QCOMPARE(it->origin.toString(), last);
    }
    QHash<QString, QString> pathOrigin;
    for (const Traced &t : own) {
        if (t.variable != QLatin1StringView("PATH"))
            continue;
        QHash<QString, QString> next;
        for (const QString &dir : t.value.split(u':', Qt::SkipEmptyParts))
            next.insert(dir, pathOrigin.value(dir, t.origin));
        pathOrigin = next;
    }
    for (const PathEntry &e : side.path) {
        if (e.origin.kind() == Origin::Kind::File)
            QCOMPARE(e.origin.toString(), pathOrigin.value(e.value));
    }
}

QTEST_GUILESS_MAIN(TestStartupOrigins)
#include "tst_startuporigins.moc"
