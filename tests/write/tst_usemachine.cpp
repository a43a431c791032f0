// `godual use` end to end on a fake machine, as a user runs it: the chroot distro's real login
// shells (bash, zsh, fish) with the start-up file corpus of tests/data/startup as the user's
// home, two Go SDKs in ~/sdk whose `go` is a real Go binary, and the fake wsl.exe. After `use` a
// new terminal's `go` is the chosen one (its own `go env GOROOT` says so), nothing outside
// GoDual's block changed, switching again rewrites only the block, and undo returns every byte.
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
#include <QStandardPaths>
#include <QTest>

using namespace GoDual;
using GoDual::Test::FakeMachine;

namespace {

// Every file of `home` but the SDKs, with its bytes.
QMap<QString, QByteArray> homeFiles(const QString &home)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(home).relativeFilePath(path);
        if (!relative.startsWith(QLatin1StringView("sdk/")))
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
        QTest::newRow("bash, .bash_profile shadowing .profile")
            << QStringLiteral("bash") << QStringLiteral("/bin/bash") << QByteArray() << QString();
        QTest::newRow("bash, GOROOT exported in .bashrc")
            << QString() << QStringLiteral("/bin/bash") << QByteArray("export GOROOT=/usr/lib/go\n")
            << QStringLiteral(".bashrc");
        QTest::newRow("bash, CRLF .profile without a final newline")
            << QString() << QStringLiteral("/bin/bash")
            << QByteArray("export PATH=\"/usr/lib/go/bin:$PATH\"\r\nexport GOPATH=\"$HOME/go\"")
            << QStringLiteral(".profile");
        QTest::newRow("zsh, all four start-up files")
            << QStringLiteral("zsh") << QStringLiteral("/usr/bin/zsh") << QByteArray() << QString();
        QTest::newRow("fish, conf.d and config.fish")
            << QStringLiteral("fish") << QStringLiteral("/usr/bin/fish") << QByteArray() << QString();
    }

    void switchesAndUndoes()
    {
        QFETCH(QString, corpus);
        QFETCH(QString, shell);
        QFETCH(QByteArray, extra);
        QFETCH(QString, extraFile);
        m_machine = std::make_unique<FakeMachine>();
        QVERIFY2(m_machine->error().isEmpty(), qPrintable(m_machine->error()));
        m_home = m_machine->distro(QStringLiteral("/home/dev"));
        if (!corpus.isEmpty()) {
            for (const QString &name : QDir(m_home).entryList(QDir::Files | QDir::Hidden))
                QVERIFY(QFile::remove(m_home + u'/' + name));
            QVERIFY(TestData::copyTree(QStringLiteral(GODUAL_TEST_DATA "/startup/") + corpus, m_home));
        }
        if (!extra.isEmpty()) {
            const QString file = m_home + u'/' + extraFile;
            if (extraFile == QLatin1StringView(".profile"))
                QVERIFY(m_machine->write(file, extra)); // the whole file: CRLF, no final newline
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
        const QMap<QString, QByteArray> before = homeFiles(m_home);

        // A version that is not installed: exit 2, naming the ones that are.
        const auto missing = m_machine->godual(
            { QStringLiteral("use"), QStringLiteral("1.19"), QStringLiteral("--side"), QStringLiteral("wsl:Ubuntu") });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("go1.21.13")) && missing.err.contains(QStringLiteral("go1.20.14")),
            qPrintable(missing.err));
        QCOMPARE(homeFiles(m_home), before);

        const auto use = m_machine->godual({ QStringLiteral("use"), QStringLiteral("1.21.13"), QStringLiteral("--side"),
            QStringLiteral("wsl:Ubuntu"), QStringLiteral("--yes"), QStringLiteral("--json") });
        QVERIFY2(use.exitCode == 0, qPrintable(use.err + use.out));
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
};

QTEST_GUILESS_MAIN(TestUseMachine)
#include "tst_usemachine.moc"
