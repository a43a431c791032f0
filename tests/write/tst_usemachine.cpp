// `godual use` end to end on a fake machine, as a user runs it: the chroot distro's real login
// shells (bash, zsh, fish) with the start-up file corpus of tests/data/startup as the user's
// home, two Go SDKs in ~/sdk whose `go` is a real Go binary, and the fake wsl.exe. After `use` a
// new terminal's `go` is the chosen one (its own `go env GOROOT` says so), nothing outside
// GoDual's block changed, switching again rewrites only the block, and undo returns every byte.
// On Windows' side the .reg file is the registry and a folder is C:\.
#include "edit/managedblock.h"
#include "fakemachine.h"
#include "processrun.h"
#include "requirement.h"
#include "testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace GoDual;
using GoDual::Test::FakeMachine;

namespace {

// Every file of `home` but the SDKs (~/sdk's and gvm's), with its bytes.
QMap<QString, QByteArray> homeFiles(const QString &home)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(home).relativeFilePath(path);
        // Go's telemetry counters change whenever a terminal runs go.
        if (!relative.startsWith(QLatin1StringView("sdk/")) && !relative.startsWith(QLatin1StringView(".gvm/gos/"))
            && !relative.startsWith(QLatin1StringView(".config/go/telemetry/")))
            files.insert(relative, *FakeMachine::read(path));
    }
    return files;
}

} // namespace

class TestUseMachine : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeMachine> m_machine;
    QString m_home;

    bool makeSdk(const QString &version)
    {
        return m_machine->makeLinuxSdk(m_home + QStringLiteral("/sdk/") + version, version);
    }

    // What a new terminal of the distro runs: its login + interactive shell's `go` and that go's
    // own idea of its GOROOT.
    QStringList newTerminal(const QString &shell)
    {
        const QString wsl = m_machine->environment().value(QStringLiteral("GODUAL_WSL"));
        const auto run = ProcessRun::run(wsl,
            { QStringLiteral("-d"), QStringLiteral("Ubuntu"), QStringLiteral("--exec"), shell, QStringLiteral("-l"),
                QStringLiteral("-i"), QStringLiteral("-c"), QStringLiteral("command -v go; go env GOROOT") },
            m_machine->environment(), 60000);
        return run.out.split(u'\n', Qt::SkipEmptyParts);
    }

    // `use 1.21.13` on a manager's layout whose manager is gone: the preview's How line holds
    // `how` and changes nothing; applied, only ~/.profile (the block) changed, none of the
    // manager's files, and a new bash terminal runs `goroot`'s go with that GOROOT; undo returns
    // every file of the home folder.
    void switchesPastAGoneManager(const QString &how, const QString &goroot)
    {
        const QMap<QString, QByteArray> before = homeFiles(m_home);
        const QStringList use { QStringLiteral("use"), QStringLiteral("1.21.13"), QStringLiteral("--side"),
            QStringLiteral("wsl:Ubuntu") };
        const auto preview = m_machine->godual(use + QStringList { QStringLiteral("--dry-run") });
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
        QVERIFY2(preview.out.contains(how), qPrintable(preview.out));
        QCOMPARE(homeFiles(m_home), before);
        const auto applied = m_machine->godual(use + QStringList { QStringLiteral("--yes") });
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err + applied.out));
        const QMap<QString, QByteArray> switched = homeFiles(m_home);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.key() != QLatin1StringView(".profile"))
                QCOMPARE(switched.value(it.key()), it.value());
        }
        QCOMPARE(newTerminal(QStringLiteral("/bin/bash")), QStringList({ goroot + QStringLiteral("/bin/go"), goroot }));
        const auto undo = m_machine->godual({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
        // Every file has its old bytes (the new terminal may have added its history and Go its
        // telemetry files).
        const QMap<QString, QByteArray> undone = homeFiles(m_home);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(undone.value(it.key()), it.value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        GODUAL_REQUIRE_ROOT();
        for (const char *tool : { "go", "zsh", "fish" }) {
            GODUAL_REQUIRE_OR_SKIP(!QStandardPaths::findExecutable(QLatin1StringView(tool)).isEmpty(),
                QStringLiteral("%1 (Debian package golang-go, zsh, fish; the build root has them)")
                    .arg(QLatin1StringView(tool)));
        }
    }

    void switchesAndUndoes_data()
    {
        QTest::addColumn<QString>("corpus"); // a home of tests/data/startup; empty: the distro's own
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QByteArray>("extra"); // appended to the file named next, before the scan
        QTest::addColumn<QString>("extraFile");
        QTest::addColumn<QByteArray>("etcProfile"); // the distro's /etc/profile; empty: the stock one
        QTest::newRow("bash, .bash_profile shadowing .profile")
            << QStringLiteral("bash") << QStringLiteral("/bin/bash") << QByteArray() << QString() << QByteArray();
        QTest::newRow("bash, GOROOT exported in .bashrc")
            << QString() << QStringLiteral("/bin/bash") << QByteArray("export GOROOT=/usr/lib/go\n")
            << QStringLiteral(".bashrc") << QByteArray();
        QTest::newRow("bash, CRLF .profile without a final newline")
            << QString() << QStringLiteral("/bin/bash")
            << QByteArray("export PATH=\"/usr/lib/go/bin:$PATH\"\r\nexport GOPATH=\"$HOME/go\"")
            << QStringLiteral(".profile") << QByteArray();
        // Saved by a Windows editor: bash runs the BOM into the first line's first word.
        QTest::newRow("bash, .profile with a BOM")
            << QString() << QStringLiteral("/bin/bash")
            << QByteArray("\xef\xbb\xbf# ~/.profile\nexport PATH=\"$HOME/sdk/go1.20.14/bin:$PATH\"\n")
            << QStringLiteral(".profile") << QByteArray();
        QTest::newRow("bash, PATH helper functions put another Go first")
            << QStringLiteral("bash-helpers") << QStringLiteral("/bin/bash") << QByteArray() << QString()
            << QByteArray();
        // Debian's own /etc/profile sets PATH outright, dropping what WSL put there.
        QTest::newRow("bash, /etc/profile resetting PATH")
            << QString() << QStringLiteral("/bin/bash") << QByteArray() << QString()
            << QByteArray("if [ \"$(id -u)\" -eq 0 ]; then\n"
                          "  PATH=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"\n"
                          "else\n"
                          "  PATH=\"/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games\"\n"
                          "fi\n"
                          "export PATH\n");
        QTest::newRow("zsh, all four start-up files")
            << QStringLiteral("zsh") << QStringLiteral("/usr/bin/zsh") << QByteArray() << QString() << QByteArray();
        // oh-my-zsh's own load path (tests/data/startup/zsh-ohmyzsh) with its template's .zshrc,
        // after which the user's lines put another Go first.
        QTest::newRow("zsh, oh-my-zsh") << QStringLiteral("zsh-ohmyzsh") << QStringLiteral("/usr/bin/zsh")
                                        << QByteArray() << QString() << QByteArray();
        QTest::newRow("fish, conf.d and config.fish")
            << QStringLiteral("fish") << QStringLiteral("/usr/bin/fish") << QByteArray() << QString() << QByteArray();
    }

    void switchesAndUndoes()
    {
        QFETCH(QString, corpus);
        QFETCH(QString, shell);
        QFETCH(QByteArray, extra);
        QFETCH(QString, extraFile);
        QFETCH(QByteArray, etcProfile);
        m_machine = std::make_unique<FakeMachine>();
        QVERIFY2(m_machine->error().isEmpty(), qPrintable(m_machine->error()));
        m_home = m_machine->distro(QStringLiteral("/home/dev"));
        if (!etcProfile.isEmpty())
            QVERIFY(m_machine->write(m_machine->distro(QStringLiteral("/etc/profile")), etcProfile));
        if (!corpus.isEmpty()) {
            for (const QString &name : QDir(m_home).entryList(QDir::Files | QDir::Hidden))
                QVERIFY(QFile::remove(m_home + u'/' + name));
            QVERIFY(TestData::copyTree(QStringLiteral(GODUAL_TEST_DATA "/startup/") + corpus, m_home));
        }
        if (!extra.isEmpty()) {
            const QString file = m_home + u'/' + extraFile;
            if (extraFile == QLatin1StringView(".profile"))
                QVERIFY(m_machine->write(file, extra)); // the whole file: CRLF, a BOM, no final newline
            else
                QVERIFY(m_machine->write(file, FakeMachine::read(file).value_or(QByteArray()) + extra));
        }
        // The user's login shell, as /etc/passwd names it.
        const QString passwd = m_machine->distro(QStringLiteral("/etc/passwd"));
        QByteArray users = *FakeMachine::read(passwd);
        users.replace(QByteArray(":/home/dev:/bin/bash"), QByteArray(QByteArray(":/home/dev:") + shell.toUtf8()));
        QVERIFY(m_machine->write(passwd, users));
        QVERIFY(makeSdk(QStringLiteral("go1.21.13")));
        QVERIFY(makeSdk(QStringLiteral("go1.20.14")));
        // The user has opened a terminal before: from the first one on, oh-my-zsh keeps its
        // completion cache in the home folder.
        QVERIFY(!newTerminal(shell).isEmpty());
        if (corpus == QLatin1StringView("zsh-ohmyzsh")) // oh-my-zsh loaded: its compinit dumped
            QVERIFY(!QDir(m_home).entryList({ QStringLiteral(".zcompdump-*") }, QDir::Files | QDir::Hidden).isEmpty());
        const QMap<QString, QByteArray> before = homeFiles(m_home);

        // A version that is not installed: exit 2, naming the ones that are.
        const auto missing = m_machine->godual(
            { QStringLiteral("use"), QStringLiteral("1.19"), QStringLiteral("--side"), QStringLiteral("wsl:Ubuntu") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("go1.21.13")) && missing.err.contains(QStringLiteral("go1.20.14")),
            qPrintable(missing.err));
        QCOMPARE(homeFiles(m_home), before);

        const qsizetype callsBefore = m_machine->wslCalls().size();
        const auto use = m_machine->godual({ QStringLiteral("use"), QStringLiteral("1.21.13"), QStringLiteral("--side"),
            QStringLiteral("wsl:Ubuntu"), QStringLiteral("--yes"), QStringLiteral("--json") });
        QVERIFY2(use.exitCode == 0, qPrintable(use.err + use.out));
        // After the one write call, the verifying scan probes the distro it knows without listing
        // the distros again. (A call's script spans lines of the log: calls start with an option.)
        const QStringList calls
            = m_machine->wslCalls().mid(callsBefore).filter(QRegularExpression(QStringLiteral("^-")));
        const QString writeCall = QStringLiteral("-d\tUbuntu\t-u\troot\t--exec\t/bin/sh\t-c\t# GoDual's file writer");
        const auto writeAt
            = std::find_if(calls.cbegin(), calls.cend(), [&](const QString &c) { return c.startsWith(writeCall); });
        const qsizetype write = writeAt == calls.cend() ? -1 : writeAt - calls.cbegin();
        QVERIFY2(write >= 0, qPrintable(calls.join(u'\n')));
        QCOMPARE(calls.filter(writeCall).size(), 1);
        const QStringList verifying = calls.mid(write + 1);
        QVERIFY2(verifying.size() == 1 && verifying.first().startsWith(QStringLiteral("-d\tUbuntu\t--exec\t")),
            qPrintable(verifying.join(u'\n')));
        const QJsonObject doc = QJsonDocument::fromJson(use.out.toUtf8()).object();
        QVERIFY(doc.value(QStringLiteral("applied")).toBool());
        QCOMPARE(doc.value(QStringLiteral("verified")).toObject().value(QStringLiteral("goroot")).toString(),
            QStringLiteral("/home/dev/sdk/go1.21.13"));
        // Only GoDual's block changed: without it every file has its old bytes.
        const QMap<QString, QByteArray> after = homeFiles(m_home);
        QStringList changed;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (before.value(it.key()) != it.value())
                changed.append(it.key());
        }
        QCOMPARE(changed.size(), 1);
        const auto removed = ManagedBlock::remove(after.value(changed.first()));
        QVERIFY(removed.ok());
        QCOMPARE(*removed, before.value(changed.first()));
        // A new terminal (whose shell may write its history and Go its telemetry files).
        QCOMPARE(newTerminal(shell),
            QStringList(
                { QStringLiteral("/home/dev/sdk/go1.21.13/bin/go"), QStringLiteral("/home/dev/sdk/go1.21.13") }));

        // Switching again rewrites the block's use section; it never holds two.
        const auto again = m_machine->godual({ QStringLiteral("use"), QStringLiteral("go1.20.14"),
            QStringLiteral("--side"), QStringLiteral("wsl:Ubuntu"), QStringLiteral("--yes") });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
        QCOMPARE(newTerminal(shell),
            QStringList(
                { QStringLiteral("/home/dev/sdk/go1.20.14/bin/go"), QStringLiteral("/home/dev/sdk/go1.20.14") }));
        const QByteArray block = homeFiles(m_home).value(changed.first());
        QCOMPARE(block.count("# use: go"), 1);
        QVERIFY(!block.contains("go1.21.13"));

        // Two undos return every byte, and the first Go again.
        for (int i = 0; i < 2; ++i) {
            const auto undo = m_machine->godual({ QStringLiteral("undo"), QStringLiteral("--yes") });
            QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
        }
        const QMap<QString, QByteArray> undone = homeFiles(m_home);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(undone.value(it.key()), it.value());
        // GoDual's own file (fish's conf.d/godual.fish), created by use, is gone again.
        for (const QString &name : undone.keys())
            QVERIFY2(before.contains(name) || !name.contains(QStringLiteral("godual")), qPrintable(name));
    }

    // update-alternatives as people use it for Go: two Debian golang packages (the build root's
    // and a second one in /usr/lib/go-1.21) registered as choices of `go` by the real
    // update-alternatives, /usr/bin/go its link, auto mode picking the newer. `use` switches the
    // group as root (manual mode) instead of shadowing it on PATH; no start-up file changes; a new
    // terminal's /usr/bin/go is the chosen one; undo puts the group back in auto mode, dpkg's
    // record byte for byte.
    void switchesThroughUpdateAlternatives()
    {
        m_machine = std::make_unique<FakeMachine>();
        QVERIFY2(m_machine->error().isEmpty(), qPrintable(m_machine->error()));
        m_home = m_machine->distro(QStringLiteral("/home/dev"));
        const QStringList debian
            = QDir(QStringLiteral("/usr/lib"))
                  .entryList({ QStringLiteral("go-1.*") }, QDir::Dirs, QDir::Name | QDir::Reversed);
        QVERIFY2(!debian.isEmpty(), "the build root has no golang-1.NN-go");
        const QString newer = QStringLiteral("/usr/lib/") + debian.first();
        const QString usr = m_machine->writableUsr();
        QVERIFY(!usr.isEmpty());
        QVERIFY(m_machine->makeLinuxSdk(usr + QStringLiteral("/lib/go-1.21"), QStringLiteral("go1.21.13")));
        for (const char *dir : { "/var/lib/dpkg/alternatives", "/etc/alternatives", "/var/log" })
            QVERIFY(QDir().mkpath(m_machine->distro(QLatin1StringView(dir))));
        const QString wsl = m_machine->environment().value(QStringLiteral("GODUAL_WSL"));
        using Choice = std::pair<QString, QString>; // the go, its priority
        for (const auto &[go, priority] : { Choice { newer + QStringLiteral("/bin/go"), QStringLiteral("200") },
                 Choice { QStringLiteral("/usr/lib/go-1.21/bin/go"), QStringLiteral("121") } }) {
            const auto r = ProcessRun::run(wsl,
                { QStringLiteral("-d"), QStringLiteral("Ubuntu"), QStringLiteral("-u"), QStringLiteral("root"),
                    QStringLiteral("--exec"), QStringLiteral("update-alternatives"), QStringLiteral("--install"),
                    QStringLiteral("/usr/bin/go"), QStringLiteral("go"), go, priority },
                m_machine->environment(), 60000);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const QString admin = m_machine->distro(QStringLiteral("/var/lib/dpkg/alternatives/go"));
        const QString link = m_machine->distro(QStringLiteral("/etc/alternatives/go"));
        const QByteArray adminBefore = *FakeMachine::read(admin);
        QVERIFY2(adminBefore.startsWith("auto\n/usr/bin/go\n"), adminBefore.constData());
        QCOMPARE(QFile::symLinkTarget(link), newer + QStringLiteral("/bin/go"));
        QCOMPARE(newTerminal(QStringLiteral("/bin/bash")), QStringList({ QStringLiteral("/usr/bin/go"), newer }));
        const QMap<QString, QByteArray> home = homeFiles(m_home);

        const QStringList use { QStringLiteral("use"), QStringLiteral("1.21.13"), QStringLiteral("--side"),
            QStringLiteral("wsl:Ubuntu") };
        const auto preview = m_machine->godual(use + QStringList { QStringLiteral("--dry-run") });
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
        QVERIFY2(preview.out.contains(QStringLiteral("update-alternatives --set go /usr/lib/go-1.21/bin/go")),
            qPrintable(preview.out));
        const auto applied = m_machine->godual(use + QStringList { QStringLiteral("--yes"), QStringLiteral("--json") });
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err + applied.out));
        const QJsonObject doc = QJsonDocument::fromJson(applied.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("verified")).toObject().value(QStringLiteral("goroot")).toString(),
            QStringLiteral("/usr/lib/go-1.21"));
        const QJsonArray changes
            = doc.value(QStringLiteral("changeSet")).toObject().value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("alternative"));
        QCOMPARE(changes.first().toObject().value(QStringLiteral("target")).toString(),
            QStringLiteral("/etc/alternatives/go"));
        QVERIFY(FakeMachine::read(admin)->startsWith("manual\n/usr/bin/go\n"));
        QCOMPARE(QFile::symLinkTarget(link), QStringLiteral("/usr/lib/go-1.21/bin/go"));
        QCOMPARE(homeFiles(m_home), home);
        QCOMPARE(newTerminal(QStringLiteral("/bin/bash")),
            QStringList({ QStringLiteral("/usr/bin/go"), QStringLiteral("/usr/lib/go-1.21") }));

        const auto undo = m_machine->godual({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
        QCOMPARE(*FakeMachine::read(admin), adminBefore);
        QCOMPARE(QFile::symLinkTarget(link), newer + QStringLiteral("/bin/go"));
        QCOMPARE(newTerminal(QStringLiteral("/bin/bash")), QStringList({ QStringLiteral("/usr/bin/go"), newer }));
        // The writer left nothing beside dpkg's files.
        QCOMPARE(QDir(m_machine->distro(QStringLiteral("/var/lib/dpkg/alternatives")))
                     .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
            QStringList { QStringLiteral("go") });
    }

    // goenv's layout as goenv's own install and rehash leave it (~/.goenv/versions/VERSION, the
    // global version file, shims/go running ~/.goenv/bin/goenv), with the dotfile lines its
    // README gives, but goenv itself is gone: the shim fails. `use` says so in its How line and
    // puts the SDK ahead of the shims with the block; a new terminal runs it.
    void goenvLayoutWithoutGoenv()
    {
        m_machine = std::make_unique<FakeMachine>();
        QVERIFY2(m_machine->error().isEmpty(), qPrintable(m_machine->error()));
        m_home = m_machine->distro(QStringLiteral("/home/dev"));
        const QString goenv = m_home + QStringLiteral("/.goenv");
        QVERIFY(m_machine->makeLinuxSdk(goenv + QStringLiteral("/versions/1.21.13"), QStringLiteral("go1.21.13")));
        QVERIFY(m_machine->write(goenv + QStringLiteral("/version"), "1.21.13\n"));
        // goenv-rehash's prototype shim, with the paths it writes in.
        QVERIFY(m_machine->write(goenv + QStringLiteral("/shims/go"),
            "#!/usr/bin/env bash\nset -e\n[ -n \"$GOENV_DEBUG\" ] && set -x\n\nprogram=\"${0##*/}\"\n\n"
            "export GOENV_ROOT=\"/home/dev/.goenv\"\nexec \"/home/dev/.goenv/bin/goenv\" exec \"$program\" \"$@\"\n"));
        QVERIFY(QFile::setPermissions(goenv + QStringLiteral("/shims/go"),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        const QString profile = m_home + QStringLiteral("/.profile");
        QVERIFY(m_machine->write(profile,
            *FakeMachine::read(profile)
                + "\nexport GOENV_ROOT=\"$HOME/.goenv\"\nexport PATH=\"$GOENV_ROOT/shims:$GOENV_ROOT/bin:$PATH\"\n"
                  "if command -v goenv 1>/dev/null 2>&1; then\n  eval \"$(goenv init -)\"\nfi\n"));
        switchesPastAGoneManager(QStringLiteral("a new terminal's go is goenv's shim /home/dev/.goenv/shims/go, "
                                                "but the goenv it runs, /home/dev/.goenv/bin/goenv, is not there"),
            QStringLiteral("/home/dev/.goenv/versions/1.21.13"));
    }

    // asdf's layout as asdf's golang plugin and reshim leave it (installs/golang/VERSION/go in a
    // data folder ASDF_DATA_DIR moves, ~/.tool-versions, shims/go running ~/.asdf/bin/asdf), with
    // the PATH line asdf's guide gives,
    // but asdf itself is gone: the shim fails. As for goenv, the How line says so and the block
    // puts the SDK ahead of the shims; ~/.tool-versions is left as it is.
    void asdfLayoutWithoutAsdf()
    {
        m_machine = std::make_unique<FakeMachine>();
        QVERIFY2(m_machine->error().isEmpty(), qPrintable(m_machine->error()));
        m_home = m_machine->distro(QStringLiteral("/home/dev"));
        const QString asdf = m_home + QStringLiteral("/.local/share/asdf");
        QVERIFY(
            m_machine->makeLinuxSdk(asdf + QStringLiteral("/installs/golang/1.21.13/go"), QStringLiteral("go1.21.13")));
        QVERIFY(m_machine->write(m_home + QStringLiteral("/.tool-versions"), "golang 1.21.13\n"));
        // reshim's shim, with the path it writes in.
        QVERIFY(m_machine->write(asdf + QStringLiteral("/shims/go"),
            "#!/usr/bin/env bash\n# asdf-plugin: golang 1.21.13\n"
            "exec /home/dev/.asdf/bin/asdf exec \"go\" \"$@\" # asdf_allow: ' asdf '\n"));
        QVERIFY(QFile::setPermissions(asdf + QStringLiteral("/shims/go"),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
        const QString profile = m_home + QStringLiteral("/.profile");
        QVERIFY(m_machine->write(profile,
            *FakeMachine::read(profile)
                + "\nexport ASDF_DATA_DIR=\"$HOME/.local/share/asdf\"\n"
                  "export PATH=\"${ASDF_DATA_DIR:-$HOME/.asdf}/shims:$PATH\"\n"));
        switchesPastAGoneManager(
            QStringLiteral("a new terminal's go is asdf's shim /home/dev/.local/share/asdf/shims/go, "
                           "but the asdf it runs, /home/dev/.asdf/bin/asdf, is not there"),
            QStringLiteral("/home/dev/.local/share/asdf/installs/golang/1.21.13/go"));
    }

    // mise's layout as `mise install go@1.21.13` and `mise reshim` leave it (installs/go/VERSION,
    // the global config.toml, shims/go a link to the mise program) with the start-up line mise's
    // guide gives, but mise itself is gone: its shim link dangles and a new terminal skips it. The
    // How line says mise is not there to pick the version; the block switches to it.
    void miseLayoutWithoutMise()
    {
        m_machine = std::make_unique<FakeMachine>();
        QVERIFY2(m_machine->error().isEmpty(), qPrintable(m_machine->error()));
        m_home = m_machine->distro(QStringLiteral("/home/dev"));
        const QString mise = m_home + QStringLiteral("/.local/share/mise");
        QVERIFY(m_machine->makeLinuxSdk(mise + QStringLiteral("/installs/go/1.21.13"), QStringLiteral("go1.21.13")));
        QVERIFY(m_machine->write(m_home + QStringLiteral("/.config/mise/config.toml"), "[tools]\ngo = \"1.21.13\"\n"));
        QVERIFY(QDir().mkpath(mise + QStringLiteral("/shims")));
        QVERIFY(QFile::link(QStringLiteral("/home/dev/.local/bin/mise"), mise + QStringLiteral("/shims/go")));
        const QString profile = m_home + QStringLiteral("/.profile");
        QVERIFY(
            m_machine->write(profile, *FakeMachine::read(profile) + "\neval \"$(~/.local/bin/mise activate bash)\"\n"));
        switchesPastAGoneManager(QStringLiteral("is one of mise's versions, but the mise that would pick it, "
                                                "/home/dev/.local/bin/mise, is not there"),
            QStringLiteral("/home/dev/.local/share/mise/installs/go/1.21.13"));
    }

    // gvm as its installer and `gvm install` leave it, with gvm's own scripts (tests/data/managers/
    // gvm): ~/.gvm/gos/VERSION, each version's environment file and package set, the default
    // environment a copy of go1.20.14's, and the line the installer appends to ~/.bashrc. `use`
    // switches gvm's default environment as `gvm use go1.21.13 --default` does (the same bytes)
    // and changes no start-up file; a new terminal, loading the real gvm, runs go1.21.13 with
    // gvm's GOROOT; undo returns every byte.
    void switchesThroughGvm()
    {
        m_machine = std::make_unique<FakeMachine>();
        QVERIFY2(m_machine->error().isEmpty(), qPrintable(m_machine->error()));
        m_home = m_machine->distro(QStringLiteral("/home/dev"));
        const QString gvm = m_home + QStringLiteral("/.gvm");
        QVERIFY(TestData::copyTree(QStringLiteral(GODUAL_TEST_DATA "/managers/gvm"), gvm));
        QVERIFY(m_machine->write(
            gvm + QStringLiteral("/scripts/gvm"), "export GVM_ROOT=/home/dev/.gvm\n. $GVM_ROOT/scripts/gvm-default\n"));
        for (const QString &version : { QStringLiteral("go1.21.13"), QStringLiteral("go1.20.14") }) {
            QVERIFY(m_machine->makeLinuxSdk(gvm + QStringLiteral("/gos/") + version, version));
            QVERIFY(QDir().mkpath(gvm + QStringLiteral("/pkgsets/%1/global/overlay/bin").arg(version)));
            // scripts/install's create_enviroment, line by line.
            const QByteArray name = version.toUtf8();
            QVERIFY(m_machine->write(gvm + QStringLiteral("/environments/") + version,
                "export GVM_ROOT; GVM_ROOT=\"/home/dev/.gvm\"\n"
                "export gvm_go_name; gvm_go_name=\""
                    + name
                    + "\"\n"
                      "export gvm_pkgset_name; gvm_pkgset_name=\"global\"\n"
                      "export GOROOT; GOROOT=\"$GVM_ROOT/gos/"
                    + name
                    + "\"\n"
                      "export GOPATH; GOPATH=\"$GVM_ROOT/pkgsets/"
                    + name
                    + "/global\"\n"
                      "export GVM_OVERLAY_PREFIX; GVM_OVERLAY_PREFIX=\"${GVM_ROOT}/pkgsets/"
                    + name
                    + "/global/overlay\"\n"
                      "export PATH; PATH=\"${GVM_ROOT}/pkgsets/"
                    + name + "/global/bin:${GVM_ROOT}/gos/" + name
                    + "/bin:${GVM_OVERLAY_PREFIX}/bin:${GVM_ROOT}/bin:${PATH}\"\n"));
        }
        const QString defaults = gvm + QStringLiteral("/environments/default");
        QVERIFY(QFile::copy(gvm + QStringLiteral("/environments/go1.20.14"), defaults));
        const QString bashrc = m_home + QStringLiteral("/.bashrc");
        QVERIFY(m_machine->write(bashrc,
            *FakeMachine::read(bashrc)
                + "\n[[ -s \"/home/dev/.gvm/scripts/gvm\" ]] && source \"/home/dev/.gvm/scripts/gvm\"\n"));
        // gvm's installer and `gvm install` run as the user: the tree is the user's, so gvm itself
        // can write its default environment later.
        const auto owned = ProcessRun::run(m_machine->environment().value(QStringLiteral("GODUAL_WSL")),
            { QStringLiteral("-d"), QStringLiteral("Ubuntu"), QStringLiteral("-u"), QStringLiteral("root"),
                QStringLiteral("--exec"), QStringLiteral("chown"), QStringLiteral("-R"), QStringLiteral("dev:"),
                QStringLiteral("/home/dev/.gvm") },
            m_machine->environment(), 60000);
        QVERIFY2(owned.exitCode == 0, qPrintable(owned.err));
        // The GOROOTs as the distro names them.
        const QString old = QStringLiteral("/home/dev/.gvm/gos/go1.20.14");
        const QString chosen = QStringLiteral("/home/dev/.gvm/gos/go1.21.13");
        QCOMPARE(newTerminal(QStringLiteral("/bin/bash")), QStringList({ old + QStringLiteral("/bin/go"), old }));
        const QMap<QString, QByteArray> before = homeFiles(m_home);

        const QStringList use { QStringLiteral("use"), QStringLiteral("1.21.13"), QStringLiteral("--side"),
            QStringLiteral("wsl:Ubuntu") };
        const auto preview = m_machine->godual(use + QStringList { QStringLiteral("--dry-run") });
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
        QVERIFY2(preview.out.contains(QStringLiteral("gvm's default environment /home/dev/.gvm/environments/default "
                                                     "becomes a copy of go1.21.13's")),
            qPrintable(preview.out));
        QCOMPARE(homeFiles(m_home), before);
        const auto applied = m_machine->godual(use + QStringList { QStringLiteral("--yes"), QStringLiteral("--json") });
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err + applied.out));
        const QJsonObject doc = QJsonDocument::fromJson(applied.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("verified")).toObject().value(QStringLiteral("goroot")).toString(), chosen);
        QStringList changed;
        const QMap<QString, QByteArray> after = homeFiles(m_home);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (after.value(it.key()) != it.value())
                changed.append(it.key());
        }
        QCOMPARE(changed, QStringList { QStringLiteral(".gvm/environments/default") });
        QCOMPARE(newTerminal(QStringLiteral("/bin/bash")), QStringList({ chosen + QStringLiteral("/bin/go"), chosen }));
        const QByteArray written = after.value(QStringLiteral(".gvm/environments/default"));

        const auto undo = m_machine->godual({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
        const QMap<QString, QByteArray> undone = homeFiles(m_home);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(undone.value(it.key()), it.value());
        QCOMPARE(newTerminal(QStringLiteral("/bin/bash")), QStringList({ old + QStringLiteral("/bin/go"), old }));

        // gvm itself, asked for the same switch, writes the same default environment.
        const auto byGvm = ProcessRun::run(m_machine->environment().value(QStringLiteral("GODUAL_WSL")),
            { QStringLiteral("-d"), QStringLiteral("Ubuntu"), QStringLiteral("--exec"), QStringLiteral("/bin/bash"),
                QStringLiteral("-l"), QStringLiteral("-i"), QStringLiteral("-c"),
                QStringLiteral("gvm use go1.21.13 --default") },
            m_machine->environment(), 60000);
        QVERIFY2(byGvm.exitCode == 0, qPrintable(byGvm.err + byGvm.out));
        QCOMPARE(*FakeMachine::read(defaults), written);
    }

    // Windows' side through the .reg registry: the fake machine's system Path holds the MSI's
    // C:\Program Files\Go\bin, which every new process searches before the user Path. Without
    // --system `use` fails and changes nothing; with it the system Path loses that entry and the
    // user Path gets the SDK first; a new scan's active Go is the chosen one; switching again
    // changes the user Path only; two undos return the .reg file byte for byte.
    void windowsThroughTheRegistry()
    {
        m_machine = std::make_unique<FakeMachine>();
        QVERIFY2(m_machine->error().isEmpty(), qPrintable(m_machine->error()));
        const QString sdk = m_machine->path(QStringLiteral("windows/c/Users/dev/sdk/"));
        for (const char *version : { "go1.21.13", "go1.20.14" }) {
            const QString root = sdk + QLatin1StringView(version);
            QVERIFY(m_machine->write(
                root + QStringLiteral("/VERSION"), QByteArray(version) + "\ntime 2024-08-06T15:44:46Z\n"));
            // The fake machine's go.exe: the bytes of a PE file's start.
            QVERIFY(m_machine->write(
                root + QStringLiteral("/bin/go.exe"), QByteArray("MZ\x90\0", 4) + QByteArray(60, '\0')));
            QVERIFY(QDir().mkpath(root + QStringLiteral("/pkg/tool/windows_amd64")));
        }
        const QString reg = m_machine->path(QStringLiteral("machine.reg"));
        const QByteArray before = *FakeMachine::read(reg);
        const QStringList use { QStringLiteral("use"), QStringLiteral("1.21.13"), QStringLiteral("--side"),
            QStringLiteral("windows"), QStringLiteral("--yes"), QStringLiteral("--json") };

        const auto refused = m_machine->godual(use);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("C:\\Program Files\\Go\\bin in the system Path"))
                && refused.err.contains(QStringLiteral("--system")),
            qPrintable(refused.err));
        QCOMPARE(*FakeMachine::read(reg), before);

        const qsizetype callsBefore = m_machine->wslCalls().size();
        const auto applied = m_machine->godual(use + QStringList { QStringLiteral("--system") });
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err + applied.out));
        // Windows' side is read, written and verified without a process: no distro is asked.
        QCOMPARE(m_machine->wslCalls().mid(callsBefore), QStringList());
        const QJsonObject doc = QJsonDocument::fromJson(applied.out.toUtf8()).object();
        QVERIFY(doc.value(QStringLiteral("applied")).toBool());
        QCOMPARE(doc.value(QStringLiteral("verified")).toObject().value(QStringLiteral("goroot")).toString(),
            QStringLiteral("C:\\Users\\dev\\sdk\\go1.21.13"));
        QStringList targets;
        for (const QJsonValue &c :
            doc.value(QStringLiteral("changeSet")).toObject().value(QStringLiteral("changes")).toArray())
            targets.append(c.toObject().value(QStringLiteral("target")).toString());
        QCOMPARE(targets,
            QStringList(
                { QStringLiteral(
                      "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment\\Path"),
                    QStringLiteral("HKEY_CURRENT_USER\\Environment\\Path") }));
        // The two Path values and nothing else: the system Path without the MSI's Go, the user
        // Path with the SDK first. The user Path stays REG_SZ, so the SDK's entry is literal (its
        // %USERPROFILE% entry is left as the user stored it, unexpanded).
        QByteArray expected = before;
        expected.replace("\"Path\"=\"C:\\\\Windows\\\\system32;C:\\\\Program Files\\\\Go\\\\bin\"\r\n",
            "\"Path\"=\"C:\\\\Windows\\\\system32\"\r\n");
        expected.replace("\"Path\"=\"%USERPROFILE%\\\\go\\\\bin\"\r\n",
            "\"Path\"=\"C:\\\\Users\\\\dev\\\\sdk\\\\go1.21.13\\\\bin;%USERPROFILE%\\\\go\\\\bin\"\r\n");
        QVERIFY(expected != before);
        QCOMPARE(*FakeMachine::read(reg), expected);

        // A new scan, as `godual list` makes it: the SDK's go.exe is what a new process runs.
        const auto list = m_machine->godual({ QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QJsonObject windows;
        for (const QJsonValue &side :
            QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("sides")).toArray()) {
            if (side.toObject().value(QStringLiteral("id")).toString() == QLatin1StringView("windows"))
                windows = side.toObject();
        }
        QCOMPARE(windows.value(QStringLiteral("active")).toObject(),
            QJsonObject({ { QStringLiteral("path"), QStringLiteral("C:\\Users\\dev\\sdk\\go1.21.13\\bin\\go.exe") },
                { QStringLiteral("version"), QStringLiteral("go1.21.13") } }));

        // Switching again needs no --system now: the user Path's first entry changes, the old
        // SDK's entry goes.
        const auto again = m_machine->godual({ QStringLiteral("use"), QStringLiteral("go1.20.14"),
            QStringLiteral("--side"), QStringLiteral("windows"), QStringLiteral("--yes") });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
        QByteArray switched = expected;
        switched.replace("go1.21.13", "go1.20.14");
        QCOMPARE(*FakeMachine::read(reg), switched);

        for (int i = 0; i < 2; ++i) {
            const auto undo = m_machine->godual({ QStringLiteral("undo"), QStringLiteral("--yes") });
            QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
        }
        QCOMPARE(*FakeMachine::read(reg), before);
    }
};

QTEST_GUILESS_MAIN(TestUseMachine)
#include "tst_usemachine.moc"
