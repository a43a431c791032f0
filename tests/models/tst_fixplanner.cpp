// The fix planner on hand-made snapshots: which target each fix edits, and exactly how. The
// expected bytes are written here by hand from what the shells, Go and WSL read, never taken
// from the planner.
#include "changedump.h"
#include "diagnosis/diagnosis.h"
#include "fix/fixplanner.h"
#include "fix/startuptarget.h"

#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(GoDual::Side)
Q_DECLARE_METATYPE(GoDual::Finding)
Q_DECLARE_METATYPE(GoDual::PathEntry)

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

const QString kUser = u"HKEY_CURRENT_USER\\Environment"_s;
const QString kMachine = u"HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment"_s;

// A Windows side as the scan reports it, filled in by hand: USERPROFILE C:\Users\dev and
// ProgramFiles C:\Program Files, Go 1.22.6 from the MSI, 1.21.13 in the profile's sdk folder
// (its root spelled in another case than Path spells it) and an old C:\Go.
Side windowsSide()
{
    Side side;
    side.id = SideId::windows();
    side.name = u"Windows"_s;
    side.scanned = true;
    side.home = u"C:\\Users\\dev"_s;
    side.windowsVariables
        = { { u"USERPROFILE"_s, u"C:\\Users\\dev"_s }, { u"ProgramFiles"_s, u"C:\\Program Files"_s } };
    side.installs = { { u"go1.22.6"_s, u"C:\\Program Files\\Go"_s, {}, u"msi"_s, u"pe"_s },
        { u"go1.21.13"_s, u"c:\\users\\dev\\SDK\\go1.21.13"_s, {}, u"sdk"_s, u"pe"_s },
        { u"go1.20.14"_s, u"C:\\Go"_s, {}, u"msi"_s, u"pe"_s } };
    return side;
}

// The Path value of `key` as stored.
void storePath(Side &side, const QString &key, RegistryValue::Type type, const QString &text)
{
    side.registryValues.insert(key + u"\\Path"_s, RegistryValue::fromString(type, text));
}

enum EntryFlag { Exists = 0, Missing = 1, Repeated = 2 };

// One entry of the side's Path as the scan expanded it; `raw` as its value stores it (empty: as
// `value`).
void addEntry(Side &side, const QString &key, const QString &value, const QString &raw = {}, int flags = Exists)
{
    PathEntry e;
    e.value = value;
    e.raw = raw.isEmpty() ? value : raw;
    e.origin = Origin::registry(key, u"Path"_s);
    e.exists = !(flags & Missing);
    e.duplicate = flags & Repeated;
    side.path.append(e);
}

PathEntry linuxEntry(const QString &value, const Origin &origin, int flags = Exists)
{
    PathEntry e;
    e.value = value;
    e.origin = origin;
    e.exists = !(flags & Missing);
    e.duplicate = flags & Repeated;
    e.onWindowsDrive = value.startsWith(u"/mnt/c/"_s);
    return e;
}

// What the plan changes, one line per target (Test::dumpChanges).
QStringList dump(const FixPlan &plan) { return GoDual::Test::dumpChanges(plan.set.changes); }

QStringList idsOf(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &f : findings)
        ids.append(f.id);
    return ids;
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
        // The user's CRLF line stays; the block after it unsets GOROOT in LF lines, which the
        // shell runs (with a CR, `unset GOROOT\r` would unset a variable named "GOROOT\r").
        QCOMPARE(*plan.set.changes.first().after,
            QByteArray("export GOROOT=/opt/go\r\n# >>> godual >>>\nunset GOROOT\n# <<< godual <<<\n"));
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

    // The Path fixes on Windows: each edits the registry Path value that stores the entry, keeps
    // the value's type and every other entry's stored text (%USERPROFILE% unexpanded) and
    // separators. Expected values are written out by hand.
    void windowsPathFixes_data()
    {
        QTest::addColumn<Side>("side");
        QTest::addColumn<QList<Finding>>("findings");
        QTest::addColumn<bool>("system");
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<QStringList>("fixed");
        QTest::addColumn<QString>("notFixed"); // a part of the one reason given; empty: none

        const QString userPath = kUser + u"\\Path"_s;
        const QString machinePath = kMachine + u"\\Path"_s;
        const auto E = RegistryValue::ExpandSz;
        const auto S = RegistryValue::Sz;

        {
            Side w = windowsSide();
            storePath(w, kMachine, E, u"%SystemRoot%\\system32;C:\\Program Files\\Go\\bin"_s);
            addEntry(w, kMachine, u"C:\\Windows\\system32"_s, u"%SystemRoot%\\system32"_s);
            addEntry(w, kMachine, u"C:\\Program Files\\Go\\bin"_s);
            storePath(w, kUser, E,
                u"%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\sdk\\go1.21.13\\bin;;"
                "%USERPROFILE%\\go\\bin;"_s);
            addEntry(w, kUser, u"C:\\Users\\dev\\AppData\\Local\\Microsoft\\WindowsApps"_s,
                u"%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps"_s);
            addEntry(w, kUser, u"C:\\Users\\dev\\sdk\\go1.21.13\\bin"_s, u"%USERPROFILE%\\sdk\\go1.21.13\\bin"_s);
            addEntry(w, kUser, u"C:\\Users\\dev\\go\\bin"_s, u"%USERPROFILE%\\go\\bin"_s);
            QTest::newRow("go-shadowed: the user's sdk Go goes, %USERPROFILE% and REG_EXPAND_SZ stay")
                << w
                << QList<Finding> { finding("go-shadowed-on-path", w, { u"C:\\Users\\dev\\sdk\\go1.21.13\\bin"_s }) }
                << false
                << QStringList { userPath
                       + u" REG_EXPAND_SZ = %USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;;%USERPROFILE%\\go\\bin;"_s }
                << QStringList { u"go-shadowed-on-path"_s } << QString();
        }
        {
            Side w = windowsSide();
            storePath(w, kMachine, S, u"C:\\Program Files\\Go\\bin;C:\\Go\\bin;C:\\Windows"_s);
            addEntry(w, kMachine, u"C:\\Program Files\\Go\\bin"_s);
            addEntry(w, kMachine, u"C:\\Go\\bin"_s);
            addEntry(w, kMachine, u"C:\\Windows"_s);
            const QList<Finding> shadowed { finding("go-shadowed-on-path", w, { u"C:\\Go\\bin"_s }) };
            QTest::newRow("go-shadowed: the machine Path needs --system")
                << w << shadowed << false << QStringList() << QStringList() << u"--system"_s;
            QTest::newRow("go-shadowed: the machine Path with --system")
                << w << shadowed << true
                << QStringList { machinePath + u" REG_SZ = C:\\Program Files\\Go\\bin;C:\\Windows"_s }
                << QStringList { u"go-shadowed-on-path"_s } << QString();
        }
        {
            Side w = windowsSide();
            storePath(w, kMachine, S, u"C:\\Program Files\\Go\\bin"_s);
            addEntry(w, kMachine, u"C:\\Program Files\\Go\\bin"_s);
            storePath(w, kUser, E, u"%USERPROFILE%\\sdk\\go1.21.13\\bin"_s);
            addEntry(w, kUser, u"C:\\Users\\dev\\sdk\\go1.21.13\\bin"_s, u"%USERPROFILE%\\sdk\\go1.21.13\\bin"_s);
            QTest::newRow("go-shadowed: the last entry leaves the value empty, not deleted")
                << w
                << QList<Finding> { finding("go-shadowed-on-path", w, { u"C:\\Users\\dev\\sdk\\go1.21.13\\bin"_s }) }
                << false << QStringList { userPath + u" REG_EXPAND_SZ = "_s }
                << QStringList { u"go-shadowed-on-path"_s } << QString();
        }
        {
            Side w = windowsSide();
            storePath(w, kMachine, S, u"C:\\Program Files\\Go\\bin"_s);
            addEntry(w, kMachine, u"C:\\Program Files\\Go\\bin"_s);
            storePath(w, kUser, S, u"C:\\Go\\bin;C:\\tools;c:\\go\\bin\\"_s);
            addEntry(w, kUser, u"C:\\Go\\bin"_s);
            addEntry(w, kUser, u"C:\\tools"_s);
            addEntry(w, kUser, u"c:\\go\\bin\\"_s, {}, Repeated);
            QTest::newRow("go-shadowed: its repeat goes too")
                << w << QList<Finding> { finding("go-shadowed-on-path", w, { u"C:\\Go\\bin"_s }) } << false
                << QStringList { userPath + u" REG_SZ = C:\\tools"_s } << QStringList { u"go-shadowed-on-path"_s }
                << QString();
        }
        {
            Side w = windowsSide();
            storePath(w, kMachine, S, u"C:\\Program Files\\Go\\bin"_s);
            addEntry(w, kMachine, u"C:\\Program Files\\Go\\bin"_s);
            storePath(w, kUser, E, u"%USERPROFILE%\\scoop\\shims"_s);
            addEntry(w, kUser, u"C:\\Users\\dev\\scoop\\shims"_s, u"%USERPROFILE%\\scoop\\shims"_s);
            QTest::newRow("go-shadowed: a folder of shims is no Go installation")
                << w << QList<Finding> { finding("go-shadowed-on-path", w, { u"C:\\Users\\dev\\scoop\\shims"_s }) }
                << false << QStringList() << QStringList() << u"not the bin folder of a Go installation"_s;
        }
        {
            Side w = windowsSide();
            storePath(w, kUser, E, u"C:\\tools\\old;%USERPROFILE%\\go\\bin"_s);
            addEntry(w, kUser, u"C:\\tools\\old"_s, {}, Missing);
            addEntry(w, kUser, u"C:\\Users\\dev\\go\\bin"_s, u"%USERPROFILE%\\go\\bin"_s);
            QTest::newRow("missing: from the user Path")
                << w << QList<Finding> { finding("path-entry-missing", w, { u"C:\\tools\\old"_s }) } << false
                << QStringList { userPath + u" REG_EXPAND_SZ = %USERPROFILE%\\go\\bin"_s }
                << QStringList { u"path-entry-missing"_s } << QString();
        }
        {
            Side w = windowsSide();
            storePath(w, kUser, S, u"C:\\gone;;C:\\tools;"_s);
            addEntry(w, kUser, u"C:\\gone"_s, {}, Missing);
            addEntry(w, kUser, u"C:\\tools"_s);
            QTest::newRow("missing: the first entry, the separators of the rest stay")
                << w << QList<Finding> { finding("path-entry-missing", w, { u"C:\\gone"_s }) } << false
                << QStringList { userPath + u" REG_SZ = ;C:\\tools;"_s } << QStringList { u"path-entry-missing"_s }
                << QString();
        }
        {
            Side w = windowsSide();
            storePath(w, kMachine, S, u"C:\\Windows;C:\\Program Files\\Gone"_s);
            addEntry(w, kMachine, u"C:\\Windows"_s);
            addEntry(w, kMachine, u"C:\\Program Files\\Gone"_s, {}, Missing);
            const QList<Finding> missing { finding("path-entry-missing", w, { u"C:\\Program Files\\Gone"_s }) };
            QTest::newRow("missing: the machine Path needs --system")
                << w << missing << false << QStringList() << QStringList() << u"--system"_s;
            QTest::newRow("missing: the machine Path with --system")
                << w << missing << true << QStringList { machinePath + u" REG_SZ = C:\\Windows"_s }
                << QStringList { u"path-entry-missing"_s } << QString();
        }
        {
            Side w = windowsSide();
            storePath(w, kUser, S, u"%USERPROFILE%\\go\\bin"_s);
            addEntry(w, kUser, u"%USERPROFILE%\\go\\bin"_s, {}, Missing);
            QTest::newRow("missing: an unexpanded REG_SZ reference is not removed")
                << w << QList<Finding> { finding("path-entry-missing", w, { u"%USERPROFILE%\\go\\bin"_s }) } << false
                << QStringList() << QStringList() << u"path-unexpanded-variable"_s;
        }
        {
            Side w = windowsSide();
            storePath(w, kUser, E, u"%TOOLS%;C:\\gone"_s);
            addEntry(w, kUser, u"C:\\a"_s, u"%TOOLS%"_s);
            addEntry(w, kUser, u"C:\\b"_s, u"%TOOLS%"_s);
            addEntry(w, kUser, u"C:\\gone"_s, {}, Missing);
            QTest::newRow("missing: a value with an entry that expands to two folders is left alone")
                << w << QList<Finding> { finding("path-entry-missing", w, { u"C:\\gone"_s }) } << false << QStringList()
                << QStringList() << u"cannot tell which entries"_s;
        }
        {
            Side w = windowsSide();
            storePath(w, kUser, E, u"C:\\tools;%USERPROFILE%\\go\\bin;C:\\tools"_s);
            addEntry(w, kUser, u"C:\\tools"_s);
            addEntry(w, kUser, u"C:\\Users\\dev\\go\\bin"_s, u"%USERPROFILE%\\go\\bin"_s);
            addEntry(w, kUser, u"C:\\tools"_s, {}, Repeated);
            QTest::newRow("duplicate: the same text twice in one value, the second goes")
                << w << QList<Finding> { finding("path-entry-duplicate", w, { u"C:\\tools"_s }) } << false
                << QStringList { userPath + u" REG_EXPAND_SZ = C:\\tools;%USERPROFILE%\\go\\bin"_s }
                << QStringList { u"path-entry-duplicate"_s } << QString();
        }
        {
            Side w = windowsSide();
            storePath(w, kMachine, E, u"%SystemRoot%;C:\\Program Files\\Git\\cmd"_s);
            addEntry(w, kMachine, u"C:\\Windows"_s, u"%SystemRoot%"_s);
            addEntry(w, kMachine, u"C:\\Program Files\\Git\\cmd"_s);
            storePath(w, kUser, E, u"%ProgramFiles%\\Git\\cmd;%USERPROFILE%\\go\\bin"_s);
            addEntry(w, kUser, u"C:\\Program Files\\Git\\cmd"_s, u"%ProgramFiles%\\Git\\cmd"_s, Repeated);
            addEntry(w, kUser, u"C:\\Users\\dev\\go\\bin"_s, u"%USERPROFILE%\\go\\bin"_s);
            QTest::newRow("duplicate: across values, the user's later one goes")
                << w << QList<Finding> { finding("path-entry-duplicate", w, { u"C:\\Program Files\\Git\\cmd"_s }) }
                << false << QStringList { userPath + u" REG_EXPAND_SZ = %USERPROFILE%\\go\\bin"_s }
                << QStringList { u"path-entry-duplicate"_s } << QString();
        }
        {
            Side w = windowsSide();
            storePath(w, kMachine, S, u"C:\\Windows;C:\\tools;C:\\TOOLS\\"_s);
            addEntry(w, kMachine, u"C:\\Windows"_s);
            addEntry(w, kMachine, u"C:\\tools"_s);
            addEntry(w, kMachine, u"C:\\TOOLS\\"_s, {}, Repeated);
            const QList<Finding> repeated { finding("path-entry-duplicate", w, { u"C:\\TOOLS\\"_s }) };
            QTest::newRow("duplicate: in the machine Path needs --system")
                << w << repeated << false << QStringList() << QStringList() << u"--system"_s;
            QTest::newRow("duplicate: in the machine Path with --system")
                << w << repeated << true << QStringList { machinePath + u" REG_SZ = C:\\Windows;C:\\tools"_s }
                << QStringList { u"path-entry-duplicate"_s } << QString();
        }
        {
            // 23 + 44 + 30 + 24 + 1108 + 24 + 903 characters and 6 separators: 2162. Without the
            // shadowed Go, the missing and the repeated entry: 997.
            Side w = windowsSide();
            storePath(w, kMachine, S, u"C:\\Program Files\\Go\\bin"_s);
            addEntry(w, kMachine, u"C:\\Program Files\\Go\\bin"_s);
            const QString gone = u"C:\\gone\\"_s + QString(1100, u'a');
            const QString data = u"D:\\"_s + QString(900, u'b');
            storePath(w, kUser, E,
                u"C:\\Users\\dev\\AppData\\Local\\Programs\\Tool\\bin;%USERPROFILE%\\sdk\\go1.21.13\\bin;"
                "C:\\Program Files\\Git\\cmd;"_s
                    + gone + u";C:\\program files\\git\\cmd;"_s + data);
            addEntry(w, kUser, u"C:\\Users\\dev\\AppData\\Local\\Programs\\Tool\\bin"_s);
            addEntry(w, kUser, u"C:\\Users\\dev\\sdk\\go1.21.13\\bin"_s, u"%USERPROFILE%\\sdk\\go1.21.13\\bin"_s);
            addEntry(w, kUser, u"C:\\Program Files\\Git\\cmd"_s);
            addEntry(w, kUser, gone, {}, Missing);
            addEntry(w, kUser, u"C:\\program files\\git\\cmd"_s, {}, Repeated);
            addEntry(w, kUser, data);
            QTest::newRow("too long, with go-shadowed on the same value: one change")
                << w
                << QList<Finding> { finding("path-too-long", w, {}),
                       finding("go-shadowed-on-path", w, { u"C:\\Users\\dev\\sdk\\go1.21.13\\bin"_s }) }
                << false
                // %ProgramFiles% is shorter than C:\Program Files; %USERPROFILE% is one character longer
                // than C:\Users\dev, so that entry stays as it is.
                << QStringList { userPath
                       + u" REG_EXPAND_SZ = C:\\Users\\dev\\AppData\\Local\\Programs\\Tool\\bin;%ProgramFiles%\\Git\\cmd;"_s
                       + data } // Reported in the order asked, though path-too-long is planned last.
                << QStringList { u"path-too-long"_s, u"go-shadowed-on-path"_s } << QString();
        }
        {
            // 10 + 6 + 22 + 7 + 2103 characters and 4 separators: 2152; without C:\gone 2144.
            Side w = windowsSide();
            w.windowsVariables.insert(u"USERPROFILE"_s, u"C:\\Users\\developer"_s);
            storePath(w, kMachine, S, u"C:\\Windows;C:\\old"_s);
            addEntry(w, kMachine, u"C:\\Windows"_s);
            addEntry(w, kMachine, u"C:\\old"_s, {}, Missing);
            const QString data = u"D:\\"_s + QString(2100, u'c');
            storePath(w, kUser, S, u"C:\\Users\\developer\\bin;C:\\gone;"_s + data);
            addEntry(w, kUser, u"C:\\Users\\developer\\bin"_s);
            addEntry(w, kUser, u"C:\\gone"_s, {}, Missing);
            addEntry(w, kUser, data);
            QTest::newRow("too long: what can be done is planned, the Path stays too long")
                << w << QList<Finding> { finding("path-too-long", w, {}) } << false
                << QStringList { userPath + u" REG_EXPAND_SZ = %USERPROFILE%\\bin;"_s + data } << QStringList()
                << u"stays 2144 characters after this change, above 2,047; --system would also change "
                   "HKEY_LOCAL_MACHINE"_s;
        }
        {
            // 16 + 25 + 108 + 1993 characters and 3 separators: 2145; without C:\gone\... 2036.
            Side w = windowsSide();
            const QString gone = u"C:\\gone\\"_s + QString(100, u'g');
            const QString data = u"D:\\"_s + QString(1990, u'd');
            storePath(w, kMachine, S, u"C:\\Users\\dev\\bin;C:\\Program Files\\Vendor\\bin;"_s + gone + u';' + data);
            addEntry(w, kMachine, u"C:\\Users\\dev\\bin"_s);
            addEntry(w, kMachine, u"C:\\Program Files\\Vendor\\bin"_s);
            addEntry(w, kMachine, gone, {}, Missing);
            addEntry(w, kMachine, data);
            QTest::newRow("too long: the machine Path with --system, %ProgramFiles% but never %USERPROFILE%")
                << w << QList<Finding> { finding("path-too-long", w, {}) } << true
                << QStringList { machinePath + u" REG_EXPAND_SZ = C:\\Users\\dev\\bin;%ProgramFiles%\\Vendor\\bin;"_s
                       + data }
                << QStringList { u"path-too-long"_s } << QString();
        }
        {
            Side w = windowsSide();
            const QString data = u"D:\\"_s + QString(2100, u'e');
            storePath(w, kUser, E, data);
            addEntry(w, kUser, data);
            QTest::newRow("too long: nothing to remove or shorten")
                << w << QList<Finding> { finding("path-too-long", w, {}) } << false << QStringList() << QStringList()
                << u"remove entries by hand"_s;
        }
        {
            Side w = windowsSide();
            storePath(w, kUser, S, u"C:\\gone;C:\\tools"_s);
            addEntry(w, kUser, u"C:\\gone"_s, {}, Missing);
            addEntry(w, kUser, u"C:\\tools"_s);
            QTest::newRow("gopath-bin appended and a missing entry removed: one change")
                << w
                << QList<Finding> { finding("gopath-bin-not-on-path", w, { u"C:\\Users\\dev\\go\\bin"_s }),
                       finding("path-entry-missing", w, { u"C:\\gone"_s }) }
                << false << QStringList { userPath + u" REG_EXPAND_SZ = C:\\tools;%USERPROFILE%\\go\\bin"_s }
                << QStringList { u"gopath-bin-not-on-path"_s, u"path-entry-missing"_s } << QString();
        }
        {
            // 3 + 32,745 characters; with ";%USERPROFILE%\go\bin" 32,770.
            Side w = windowsSide();
            const QString data = u"D:\\"_s + QString(32745, u'f');
            storePath(w, kUser, E, data);
            addEntry(w, kUser, data);
            QTest::newRow("a value above 32,767 characters is refused")
                << w << QList<Finding> { finding("gopath-bin-not-on-path", w, { u"C:\\Users\\dev\\go\\bin"_s }) }
                << false << QStringList() << QStringList() << u"32,767"_s;
        }
    }
    void windowsPathFixes()
    {
        QFETCH(Side, side);
        QFETCH(QList<Finding>, findings);
        QFETCH(bool, system);
        QFETCH(QStringList, changes);
        QFETCH(QStringList, fixed);
        QFETCH(QString, notFixed);
        Snapshot snapshot;
        snapshot.sides = { side };
        FixOptions options;
        options.system = system;
        const FixPlan plan = FixPlanner::plan(snapshot, findings, options);
        QCOMPARE(dump(plan), changes);
        QCOMPARE(idsOf(plan.fixed), fixed);
        if (notFixed.isEmpty()) {
            QVERIFY2(plan.notFixed.isEmpty(), qPrintable(plan.notFixed.join(u'\n')));
        } else {
            QCOMPARE(plan.notFixed.size(), 1);
            QVERIFY2(plan.notFixed.first().contains(notFixed), qPrintable(plan.notFixed.first()));
        }
        // The type is kept unless a reference was written; the prior value is the scan's.
        for (const Change &c : plan.set.changes) {
            QVERIFY(c.isRegistry());
            QVERIFY(c.beforeValue == side.registryValues.value(c.target));
        }
    }

    // On a Linux side a missing folder is dropped from PATH by GoDual's block (as go-shadowed's
    // fix does it); one that WSL appended from Windows' Path, or a repeated one, is not fixed there.
    void linuxMissingEntryGoesInTheBlock()
    {
        Side side = distro(u"/bin/bash"_s);
        side.startupFiles = { u"/etc/profile"_s, u"/home/dev/.profile"_s };
        side.files.insert(u"/home/dev/.profile"_s, "export PATH=\"$HOME/old/bin:$PATH\"\n");
        side.path = { linuxEntry(u"/home/dev/old/bin"_s, Origin::file(u"/home/dev/.profile"_s, 1), Missing),
            linuxEntry(u"/usr/bin"_s, Origin::wsl()) };
        Snapshot snapshot;
        snapshot.sides = { side };
        const FixPlan plan
            = FixPlanner::plan(snapshot, { finding("path-entry-missing", side, { u"/home/dev/old/bin"_s }) });
        QVERIFY2(plan.notFixed.isEmpty(), qPrintable(plan.notFixed.join(u'\n')));
        QCOMPARE(plan.set.changes.size(), 1);
        QCOMPARE(plan.set.changes.first().target, u"/home/dev/.profile"_s);
        QCOMPARE(*plan.set.changes.first().after,
            QByteArray("export PATH=\"$HOME/old/bin:$PATH\"\n"
                       "# >>> godual >>>\n"
                       "__godual_path=\n"
                       "__godual_rest=\"$PATH:\"\n"
                       "while [ -n \"$__godual_rest\" ]; do\n"
                       "    __godual_dir=\"${__godual_rest%%:*}\"\n"
                       "    __godual_rest=\"${__godual_rest#*:}\"\n"
                       "    case \"$__godual_dir\" in\n"
                       "        '/home/dev/old/bin'|'/home/dev/old/bin'/*) continue ;;\n"
                       "    esac\n"
                       "    __godual_path=\"${__godual_path:+$__godual_path:}$__godual_dir\"\n"
                       "done\n"
                       "export PATH=\"$__godual_path\"\n"
                       "unset __godual_path __godual_rest __godual_dir\n"
                       "# <<< godual <<<\n"));
    }

    // Folders dropped one after another share one walk over PATH (a new terminal runs it once, not
    // once per folder); a removal planned after another line of the block starts a walk of its
    // own there, so what the block does stays in the order the fixes planned it.
    void consecutiveRemovalsShareOneWalk()
    {
        Side side = distro(u"/bin/bash"_s);
        side.startupFiles = { u"/home/dev/.profile"_s };
        side.files.insert(u"/home/dev/.profile"_s, "export GOROOT=/opt/nothing\n");
        side.env.insert(u"GOROOT"_s, { u"/opt/nothing"_s, Origin::file(u"/home/dev/.profile"_s, 1), {} });
        side.path = { linuxEntry(u"/home/dev/a"_s, Origin::file(u"/home/dev/.profile"_s, 1), Missing),
            linuxEntry(u"/home/dev/b"_s, Origin::file(u"/home/dev/.profile"_s, 1), Missing),
            linuxEntry(u"/home/dev/c"_s, Origin::file(u"/home/dev/.profile"_s, 1), Missing),
            linuxEntry(u"/usr/bin"_s, Origin::wsl()) };
        Snapshot snapshot;
        snapshot.sides = { side };
        const FixPlan plan = FixPlanner::plan(snapshot,
            { finding("path-entry-missing", side, { u"/home/dev/a"_s }),
                finding("path-entry-missing", side, { u"/home/dev/b"_s }),
                finding("path-entry-missing", side, { u"/home/dev/a"_s }),
                finding("goroot-invalid", side, { u"GOROOT"_s }),
                finding("path-entry-missing", side, { u"/home/dev/c"_s }) });
        QVERIFY2(plan.notFixed.isEmpty(), qPrintable(plan.notFixed.join(u'\n')));
        QCOMPARE(plan.set.changes.size(), 1);
        const QByteArray after = plan.set.changes.first().after.value_or(QByteArray());
        QCOMPARE(after.count("while [ -n \"$__godual_rest\" ]; do\n"), 2);
        const qsizetype firstWalk
            = after.indexOf("        '/home/dev/a'|'/home/dev/a'/*|'/home/dev/b'|'/home/dev/b'/*) "
                            "continue ;;\n");
        const qsizetype unset = after.indexOf("\nunset GOROOT\n");
        const qsizetype secondWalk = after.indexOf("        '/home/dev/c'|'/home/dev/c'/*) continue ;;\n");
        QVERIFY2(firstWalk > 0 && unset > firstWalk && secondWalk > unset, after.constData());
    }

    // Both interop findings of a distro, one for each Windows Go folder WSL appends, are one
    // interop fix: wsl.conf is edited once, the block re-adds the Windows tool folder once, and
    // both changes name every finding they fix.
    void interopFindingsOfADistroAreOneFix()
    {
        Side side = distro(u"/bin/bash"_s);
        side.startupFiles = { u"/home/dev/.profile"_s };
        side.files.insert(u"/home/dev/.profile"_s, "export PATH=\"$HOME/go/bin:$PATH\"\n");
        PathEntry msiGo = linuxEntry(u"/mnt/c/Program Files/Go/bin"_s, Origin::appendWindowsPath());
        msiGo.goName = u"go.exe"_s;
        PathEntry oldGo = linuxEntry(u"/mnt/c/Go/bin"_s, Origin::appendWindowsPath());
        oldGo.goName = u"go.exe"_s;
        side.path = { linuxEntry(u"/usr/bin"_s, Origin::wsl()),
            linuxEntry(u"/mnt/c/WINDOWS/system32"_s, Origin::appendWindowsPath()), msiGo, oldGo };
        Snapshot snapshot;
        snapshot.sides = { side };
        const FixPlan plan = FixPlanner::plan(snapshot,
            { finding("windows-path-appended", side, {}), finding("windows-go-on-wsl-path", side, { msiGo.value }),
                finding("windows-go-on-wsl-path", side, { oldGo.value }) });
        QVERIFY2(plan.notFixed.isEmpty(), qPrintable(plan.notFixed.join(u'\n')));
        QCOMPARE(plan.fixed.size(), 3);
        QCOMPARE(plan.set.changes.size(), 2);
        const Change *conf = changeOf(plan, u"/etc/wsl.conf"_s);
        QVERIFY(conf && conf->after);
        QCOMPARE(conf->after->count("appendWindowsPath=false"), 1);
        const QStringList both { u"windows-path-appended"_s, u"windows-go-on-wsl-path"_s };
        QCOMPARE(conf->reasons, both);
        const Change *profile = changeOf(plan, u"/home/dev/.profile"_s);
        QVERIFY(profile && profile->after);
        QCOMPARE(profile->after->count("export PATH=\"${PATH:+$PATH:}\"'/mnt/c/WINDOWS/system32'"), 1);
        QVERIFY(!profile->after->contains("Go/bin"));
        QCOMPARE(profile->reasons, both);
        QCOMPARE(plan.set.restartDistros, QStringList { u"Ubuntu"_s });
    }

    void linuxEntriesThatAreNotFixedThere_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<PathEntry>("entry");
        QTest::addColumn<QString>("why");
        QTest::newRow("missing, appended from Windows")
            << u"path-entry-missing"_s << linuxEntry(u"/mnt/c/gone"_s, Origin::appendWindowsPath(), Missing)
            << u"fix it on the Windows side"_s;
        QTest::newRow("repeated, appended from Windows")
            << u"path-entry-duplicate"_s << linuxEntry(u"/mnt/c/tools"_s, Origin::appendWindowsPath(), Repeated)
            << u"fix it on the Windows side"_s;
        QTest::newRow("repeated by a start-up file")
            << u"path-entry-duplicate"_s
            << linuxEntry(u"/home/dev/go/bin"_s, Origin::file(u"/home/dev/.bashrc"_s, 4), Repeated)
            << u"remove the later one at /home/dev/.bashrc:4 by hand"_s;
    }
    void linuxEntriesThatAreNotFixedThere()
    {
        QFETCH(QString, id);
        QFETCH(PathEntry, entry);
        QFETCH(QString, why);
        Side side = distro(u"/bin/bash"_s);
        side.startupFiles = { u"/home/dev/.profile"_s };
        side.path = { linuxEntry(u"/home/dev/go/bin"_s, Origin::file(u"/home/dev/.profile"_s, 2)),
            linuxEntry(u"/mnt/c/tools"_s, Origin::appendWindowsPath()), entry };
        Snapshot snapshot;
        snapshot.sides = { side };
        Finding f = finding("", side, { entry.value });
        f.id = id;
        const FixPlan plan = FixPlanner::plan(snapshot, { f });
        QCOMPARE(plan.set.changes.size(), 0);
        QCOMPARE(plan.notFixed.size(), 1);
        QVERIFY2(plan.notFixed.first().contains(why), qPrintable(plan.notFixed.first()));
    }
};

QTEST_GUILESS_MAIN(TestFixPlanner)
#include "tst_fixplanner.moc"
