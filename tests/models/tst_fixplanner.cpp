// The fix planner on hand-made snapshots: which target each fix edits, and exactly how. The
// expected bytes are written here by hand from what the shells, Go and WSL read, never taken
// from the planner.
#include "diagnosis/diagnosis.h"
#include "fix/fixplanner.h"
#include "fix/startuptarget.h"

#include <QTest>

using namespace GoDual;

Q_DECLARE_METATYPE(GoDual::Side)

namespace {

Side distro(const QString &shell)
{
    Side side;
    side.id = SideId::wsl(QStringLiteral("Ubuntu"));
    side.name = QStringLiteral("Ubuntu");
    side.scanned = true;
    side.home = QStringLiteral("/home/dev");
    side.user = QStringLiteral("dev");
    side.shell = shell;
    side.interop = InteropSettings {};
    return side;
}

Finding finding(const char *id, const Side &side, QStringList subjects)
{
    Finding f;
    f.id = QString::fromLatin1(id);
    f.side = side.id;
    f.subjects = std::move(subjects);
    return f;
}

const Change *changeOf(const FixPlan &plan, const QString &target)
{
    for (const Change &c : plan.set.changes) {
        if (c.target == target)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestFixPlanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void blockGoesWhereTheLoginShellEnds_data()
    {
        QTest::addColumn<Side>("side");
        QTest::addColumn<QString>("target");
        Side bash = distro(QStringLiteral("/bin/bash"));
        bash.startupFiles = { QStringLiteral("/etc/profile"), QStringLiteral("/home/dev/.profile"),
            QStringLiteral("/home/dev/.bashrc") };
        QTest::newRow("bash reads .profile") << bash << QStringLiteral("/home/dev/.profile");
        Side shadowed = bash;
        shadowed.startupFiles.insert(1, QStringLiteral("/home/dev/.bash_profile"));
        shadowed.startupFiles.removeAll(QStringLiteral("/home/dev/.profile"));
        QTest::newRow(".bash_profile shadows .profile") << shadowed << QStringLiteral("/home/dev/.bash_profile");
        Side zsh = distro(QStringLiteral("/usr/bin/zsh"));
        zsh.startupFiles = { QStringLiteral("/home/dev/.zshenv"), QStringLiteral("/home/dev/.zshrc"),
            QStringLiteral("/home/dev/.zlogin") };
        QTest::newRow("zsh reads .zlogin last") << zsh << QStringLiteral("/home/dev/.zlogin");
        zsh.startupFiles.removeLast();
        QTest::newRow("zsh without .zlogin") << zsh << QStringLiteral("/home/dev/.zshrc");
        QTest::newRow("fish") << distro(QStringLiteral("/usr/bin/fish"))
                              << QStringLiteral("/home/dev/.config/fish/conf.d/godual.fish");
        QTest::newRow("dash") << distro(QStringLiteral("/bin/dash")) << QStringLiteral("/home/dev/.profile");
    }
    void blockGoesWhereTheLoginShellEnds()
    {
        QFETCH(Side, side);
        QFETCH(QString, target);
        QCOMPARE(startupTarget(side)->path, target);
    }

    void unsetGorootFromAStartupFile()
    {
        Side side = distro(QStringLiteral("/bin/bash"));
        side.startupFiles = { QStringLiteral("/home/dev/.profile") };
        side.files.insert(QStringLiteral("/home/dev/.profile"), "export GOROOT=/opt/go\r\n");
        side.env.insert(QStringLiteral("GOROOT"),
            { QStringLiteral("/opt/go"), Origin::file(QStringLiteral("/home/dev/.profile"), 1), {} });
        Snapshot snapshot;
        snapshot.sides = { side };
        const FixPlan plan
            = FixPlanner::plan(snapshot, { finding("goroot-mismatch", side, { QStringLiteral("GOROOT") }) });
        QVERIFY2(plan.notFixed.isEmpty(), qPrintable(plan.notFixed.join(u'\n')));
        QCOMPARE(plan.set.changes.size(), 1);
        // The user's line stays; the block after it, in the file's CRLF, unsets GOROOT.
        QCOMPARE(*plan.set.changes.first().after,
            QByteArray("export GOROOT=/opt/go\r\n# >>> godual >>>\r\nunset GOROOT\r\n# <<< godual <<<\r\n"));
    }

    void goEnvFileLineGoes()
    {
        Side side = distro(QStringLiteral("/bin/bash"));
        const QString env = QStringLiteral("/home/dev/.config/go/env");
        side.goEnvFile = env;
        side.files.insert(env, "GOPROXY=direct\nGOROOT=/opt/go\n");
        side.goEnvFileValues.insert(
            QStringLiteral("GOROOT"), { QStringLiteral("/opt/go"), Origin::goEnvFile(env, 2), {} });
        side.env.insert(QStringLiteral("GOROOT"), side.goEnvFileValues.value(QStringLiteral("GOROOT")));
        Snapshot snapshot;
        snapshot.sides = { side };
        const FixPlan plan
            = FixPlanner::plan(snapshot, { finding("goenv-file-conflict", side, { QStringLiteral("GOROOT") }) });
        QVERIFY2(plan.notFixed.isEmpty(), qPrintable(plan.notFixed.join(u'\n')));
        const Change *c = changeOf(plan, env);
        QVERIFY(c);
        QCOMPARE(*c->after, QByteArray("GOPROXY=direct\n")); // what `go env -u GOROOT` leaves
    }

    void conflictingExportChangesExactlyTheLosingLine()
    {
        Side side = distro(QStringLiteral("/bin/bash"));
        side.startupFiles = { QStringLiteral("/home/dev/.profile"), QStringLiteral("/home/dev/.bashrc") };
        side.files.insert(
            QStringLiteral("/home/dev/.bashrc"), "alias ll='ls -l'\nif true; then\n  export GOPATH=/srv/go\nfi\n");
        side.files.insert(QStringLiteral("/home/dev/.profile"), ". ~/.bashrc\nexport GOPATH=$HOME/go\n");
        side.rcAssignments = { { QStringLiteral("/home/dev/.bashrc"), 3, QStringLiteral("GOPATH"),
                                   QStringLiteral("/srv/go"), QStringLiteral("  export GOPATH=/srv/go"), true },
            { QStringLiteral("/home/dev/.profile"), 2, QStringLiteral("GOPATH"), QStringLiteral("/home/dev/go"),
                QStringLiteral("export GOPATH=$HOME/go"), true } };
        side.env.insert(QStringLiteral("GOPATH"),
            { QStringLiteral("/home/dev/go"), Origin::file(QStringLiteral("/home/dev/.profile"), 2), {} });
        Snapshot snapshot;
        snapshot.sides = { side };
        const FixPlan plan
            = FixPlanner::plan(snapshot, { finding("rc-conflicting-exports", side, { QStringLiteral("GOPATH") }) });
        QVERIFY2(plan.notFixed.isEmpty(), qPrintable(plan.notFixed.join(u'\n')));
        QCOMPARE(plan.set.changes.size(), 1);
        // A no-op command keeps the if valid; nothing else in the file changes.
        QCOMPARE(*changeOf(plan, QStringLiteral("/home/dev/.bashrc"))->after,
            QByteArray("alias ll='ls -l'\nif true; then\n: # disabled by godual: export GOPATH=/srv/go\nfi\n"));
    }

    void aLineDoingMoreIsLeftToTheUser()
    {
        Side side = distro(QStringLiteral("/bin/bash"));
        side.files.insert(
            QStringLiteral("/home/dev/.bashrc"), "export GOPATH=/srv/go; export PATH=$GOPATH/bin:$PATH\n");
        side.rcAssignments
            = { { QStringLiteral("/home/dev/.bashrc"), 1, QStringLiteral("GOPATH"), QStringLiteral("/srv/go"),
                    QStringLiteral("export GOPATH=/srv/go; export PATH=$GOPATH/bin:$PATH"), true },
                  { QStringLiteral("/home/dev/.profile"), 2, QStringLiteral("GOPATH"), QStringLiteral("/home/dev/go"),
                      {}, true } };
        side.env.insert(QStringLiteral("GOPATH"),
            { QStringLiteral("/home/dev/go"), Origin::file(QStringLiteral("/home/dev/.profile"), 2), {} });
        Snapshot snapshot;
        snapshot.sides = { side };
        const FixPlan plan
            = FixPlanner::plan(snapshot, { finding("rc-conflicting-exports", side, { QStringLiteral("GOPATH") }) });
        QCOMPARE(plan.set.changes.size(), 0);
        QCOMPARE(plan.notFixed.size(), 1);
        QVERIFY(plan.notFixed.first().contains(QStringLiteral("/home/dev/.bashrc:1")));
    }

    void wslConfLineThatStopsTheParserIsCommentedOut()
    {
        Side side = distro(QStringLiteral("/bin/bash"));
        side.files.insert(
            QStringLiteral("/etc/wsl.conf"), "[user]\ndefault=dev\n[ interop ]\nappendWindowsPath=false\n");
        Snapshot snapshot;
        snapshot.sides = { side };
        const FixPlan plan
            = FixPlanner::plan(snapshot, { finding("wsl-conf-ignored-lines", side, { QStringLiteral("3") }) });
        QVERIFY2(plan.notFixed.isEmpty(), qPrintable(plan.notFixed.join(u'\n')));
        const Change *c = changeOf(plan, QStringLiteral("/etc/wsl.conf"));
        QVERIFY(c && c->asRoot && c->kind == Change::Kind::WslConf);
        QCOMPARE(*c->after, QByteArray("[user]\ndefault=dev\n# [ interop ]\nappendWindowsPath=false\n"));
        QCOMPARE(plan.set.restartDistros, QStringList { QStringLiteral("Ubuntu") });
    }

    void windowsGopathBinGoesToTheUserPath()
    {
        Side windows;
        windows.id = SideId::windows();
        windows.scanned = true;
        windows.env.insert(
            QStringLiteral("USERPROFILE"), { QStringLiteral("C:\\Users\\dev"), Origin::defaultValue(), {} });
        const QString key = QStringLiteral("HKEY_CURRENT_USER\\Environment");
        windows.registryValues.insert(
            key + QStringLiteral("\\Path"), RegistryValue::fromString(RegistryValue::Sz, QStringLiteral("C:\\tools")));
        Snapshot snapshot;
        snapshot.sides = { windows };
        const FixPlan plan = FixPlanner::plan(
            snapshot, { finding("gopath-bin-not-on-path", windows, { QStringLiteral("C:\\Users\\dev\\go\\bin") }) });
        QVERIFY2(plan.notFixed.isEmpty(), qPrintable(plan.notFixed.join(u'\n')));
        const Change *c = changeOf(plan, key + QStringLiteral("\\Path"));
        QVERIFY(c && c->isRegistry());
        // %USERPROFILE% kept as a reference, so the value must now expand: REG_EXPAND_SZ.
        QCOMPARE(c->afterValue->type, RegistryValue::ExpandSz);
        QCOMPARE(c->afterValue->text, QStringLiteral("C:\\tools;%USERPROFILE%\\go\\bin"));
        QCOMPARE(c->beforeValue->type, RegistryValue::Sz);
    }

    void machineWideValuesNeedSystem()
    {
        Side windows;
        windows.id = SideId::windows();
        const QString key
            = QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment");
        windows.registryValues.insert(
            key + QStringLiteral("\\GOROOT"), RegistryValue::fromString(RegistryValue::Sz, QStringLiteral("C:\\Go")));
        windows.env.insert(QStringLiteral("GOROOT"),
            { QStringLiteral("C:\\Go"), Origin::registry(key, QStringLiteral("GOROOT")), {} });
        Snapshot snapshot;
        snapshot.sides = { windows };
        const Finding f = finding("goroot-invalid", windows, { QStringLiteral("GOROOT") });
        FixPlan plan = FixPlanner::plan(snapshot, { f });
        QCOMPARE(plan.set.changes.size(), 0);
        QVERIFY(plan.notFixed.value(0).contains(QStringLiteral("--system")));
        FixOptions system;
        system.system = true;
        plan = FixPlanner::plan(snapshot, { f }, system);
        QCOMPARE(plan.set.changes.size(), 1);
        QVERIFY(!plan.set.changes.first().afterValue.has_value()); // deleted
    }

    void aFailingFixLeavesNothingOfItself()
    {
        // The interop fix of a distro without interop settings fails; the GOROOT fix beside it
        // is planned alone, with no half of the failed one in its block.
        Side side = distro(QStringLiteral("/bin/bash"));
        side.interop.reset();
        side.env.insert(QStringLiteral("GOROOT"), { QStringLiteral("/opt/go"), Origin::environment(), {} });
        Snapshot snapshot;
        snapshot.sides = { side };
        const FixPlan plan = FixPlanner::plan(snapshot,
            { finding("windows-path-appended", side, {}),
                finding("goroot-invalid", side, { QStringLiteral("GOROOT") }) });
        QCOMPARE(plan.notFixed.size(), 1);
        QCOMPARE(plan.fixed.size(), 1);
        QCOMPARE(plan.set.changes.size(), 1);
        QCOMPARE(*plan.set.changes.first().after, QByteArray("# >>> godual >>>\nunset GOROOT\n# <<< godual <<<\n"));
    }
};

QTEST_GUILESS_MAIN(TestFixPlanner)
#include "tst_fixplanner.moc"
