// `godual use` planned on hand-made snapshots: which installation a version names, and what the
// switch changes on each kind of side, byte for byte. The expected texts are written here by hand
// from what the shells and Windows read (a new process gets the system Path, then the user Path;
// the first folder with go.exe wins), never taken from the planner.
#include "changedump.h"
#include "use/useplanner.h"

#include <QTest>

using namespace GoDual;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(GoDual::Side)

namespace {

const QString kUser = u"HKEY_CURRENT_USER\\Environment"_s;
const QString kMachine = u"HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment"_s;
const QString kUserPath = kUser + u"\\Path"_s;
const QString kMachinePath = kMachine + u"\\Path"_s;

GoInstall install(const QString &version, const QString &root, const QString &source, const QString &kind)
{
    return { version, root, {}, source, kind };
}

Side distro(const QString &shell)
{
    Side side;
    side.id = SideId::wsl(u"Ubuntu"_s);
    side.name = u"Ubuntu"_s;
    side.scanned = true;
    side.home = u"/home/dev"_s;
    side.user = u"dev"_s;
    side.shell = shell;
    side.interop = InteropSettings {};
    side.installs = { install(u"go1.21.13"_s, u"/home/dev/sdk/go1.21.13"_s, u"sdk"_s, u"elf"_s),
        install(u"go1.20.14"_s, u"/home/dev/sdk/go1.20.14"_s, u"sdk"_s, u"elf"_s) };
    return side;
}

// The lines `use go1.21.13` puts in a POSIX shell's block: drop the SDK's bin from PATH wherever it
// is, then put it first.
const QByteArray kPosixUse = "# use: go1.21.13\n"
                             "__godual_path=\n"
                             "__godual_rest=\"$PATH:\"\n"
                             "while [ -n \"$__godual_rest\" ]; do\n"
                             "    __godual_dir=\"${__godual_rest%%:*}\"\n"
                             "    __godual_rest=\"${__godual_rest#*:}\"\n"
                             "    case \"$__godual_dir\" in\n"
                             "        '/home/dev/sdk/go1.21.13/bin'|'/home/dev/sdk/go1.21.13/bin'/*) continue ;;\n"
                             "    esac\n"
                             "    __godual_path=\"${__godual_path:+$__godual_path:}$__godual_dir\"\n"
                             "done\n"
                             "export PATH=\"$__godual_path\"\n"
                             "unset __godual_path __godual_rest __godual_dir\n"
                             "export PATH='/home/dev/sdk/go1.21.13/bin'\"${PATH:+:$PATH}\"\n";

// A Windows side as the scan reports it, filled in by hand: USERPROFILE C:\Users\dev, ProgramFiles
// C:\Program Files; Go 1.22.6 from the MSI, 1.21.13 and 1.20.14 in the profile's sdk folder and
// 1.23.4 unpacked on D:.
Side windowsSide()
{
    Side side;
    side.id = SideId::windows();
    side.name = u"Windows"_s;
    side.scanned = true;
    side.home = u"C:\\Users\\dev"_s;
    side.windowsVariables
        = { { u"USERPROFILE"_s, u"C:\\Users\\dev"_s }, { u"ProgramFiles"_s, u"C:\\Program Files"_s } };
    side.installs = { install(u"go1.22.6"_s, u"C:\\Program Files\\Go"_s, u"msi"_s, u"pe"_s),
        install(u"go1.21.13"_s, u"C:\\Users\\dev\\sdk\\go1.21.13"_s, u"sdk"_s, u"pe"_s),
        install(u"go1.20.14"_s, u"C:\\Users\\dev\\sdk\\go1.20.14"_s, u"sdk"_s, u"pe"_s),
        install(u"go1.23.4"_s, u"D:\\sdk\\go1.23.4"_s, u"path"_s, u"pe"_s) };
    return side;
}

void storeValue(Side &side, const QString &key, const QString &name, RegistryValue::Type type, const QString &text)
{
    side.registryValues.insert(key + u'\\' + name, RegistryValue::fromString(type, text));
}

enum EntryFlag { Plain = 0, HasGo = 1, Missing = 2 };

// One entry of the side's Path as the scan expanded it; `raw` as its value stores it (empty: as
// `value`); HasGo: the folder holds go.exe (a PE file).
void addEntry(Side &side, const QString &key, const QString &value, const QString &raw = {}, int flags = Plain)
{
    PathEntry e;
    e.value = value;
    e.raw = raw.isEmpty() ? value : raw;
    e.origin = Origin::registry(key, u"Path"_s);
    e.exists = !(flags & Missing);
    if (flags & HasGo) {
        e.goName = u"go.exe"_s;
        e.goKind = u"pe"_s;
    }
    side.path.append(e);
}

// The machine Path most Windows machines have: system32 (stored as %SystemRoot%\system32).
void addSystem32(Side &side)
{
    storeValue(side, kMachine, u"Path"_s, RegistryValue::ExpandSz, u"%SystemRoot%\\system32"_s);
    addEntry(side, kMachine, u"C:\\Windows\\system32"_s, u"%SystemRoot%\\system32"_s);
}

// A distro with mise's layout: two of its Go versions, its global config, its go first on PATH at
// `active` (its shim, or a version's go as `mise activate` puts it there).
Side miseSide(const QString &active)
{
    Side s = distro(u"/bin/bash"_s);
    const QString profile = u"/home/dev/.profile"_s;
    s.startupFiles = { u"/etc/profile"_s, profile };
    s.files.insert(profile, "eval \"$(mise activate bash)\"\n");
    const QString versions = u"/home/dev/.local/share/mise/installs/go/"_s;
    s.installs.append(install(u"go1.22.6"_s, versions + u"1.22.6"_s, u"mise"_s, u"elf"_s));
    s.installs.append(install(u"go1.19.8"_s, versions + u"1.19.8"_s, u"mise"_s, u"elf"_s));
    s.files.insert(u"/home/dev/.config/mise/config.toml"_s, "[tools]\ngo = \"1.19.8\"\nnode = \"20\"\n");
    s.active = ActiveGo { active, u"go1.19.8"_s, versions + u"1.19.8"_s, u"elf"_s };
    s.goManager = VersionManager { u"mise"_s, u"/home/dev/.local/share/mise"_s, u"/home/dev/.local/bin/mise"_s, true,
        u"/home/dev/.config/mise/config.toml"_s, { u"1.19.8"_s }, {}, {} };
    return s;
}

// `use VERSION` planned on a snapshot of `side` alone.
Result<UsePlan> planOn(const Side &side, const QString &version)
{
    Snapshot snapshot;
    snapshot.sides = { side };
    const auto chosen = UsePlanner::find(side, version);
    if (!chosen)
        return Failure { version + u" is not installed on the side"_s };
    return UsePlanner::plan(snapshot, side.id, *chosen);
}

// What the plan changes, one line per target (Test::dumpChanges).
QStringList dump(const UsePlan &plan) { return GoDual::Test::dumpChanges(plan.set.changes); }

} // namespace

class TestUsePlanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<Side>("side");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("goroot"); // empty: none

        Side linux = distro(u"/bin/bash"_s);
        linux.installs = { install(u"go1.21.5"_s, u"/home/dev/sdk/go1.21.5"_s, u"sdk"_s, u"elf"_s),
            install(u"go1.21.13"_s, u"/usr/local/go"_s, u"tarball"_s, u"elf"_s),
            install(u"go1.22rc1"_s, u"/home/dev/sdk/go1.22rc1"_s, u"sdk"_s, u"elf"_s),
            install(u"go1.20.14"_s, u"/usr/lib/go-1.20"_s, u"debian"_s, u"elf"_s),
            install(u"go1.20.14"_s, u"/home/dev/sdk/go1.20.14"_s, u"sdk"_s, u"elf"_s),
            install(u"go1.22.6"_s, u"/mnt/c/Program Files/Go"_s, u"msi"_s, u"pe"_s) };
        // 1.21.13 is newer than 1.21.5, though "5" sorts after "1" as text.
        QTest::newRow("1.21 is the newest 1.21.x") << linux << u"1.21"_s << u"/usr/local/go"_s;
        QTest::newRow("go1.21.13") << linux << u"go1.21.13"_s << u"/usr/local/go"_s;
        QTest::newRow("1.21.13 without go") << linux << u"1.21.13"_s << u"/usr/local/go"_s;
        QTest::newRow("1.21.5 exactly") << linux << u" 1.21.5 "_s << u"/home/dev/sdk/go1.21.5"_s;
        QTest::newRow("1.22 is no release candidate") << linux << u"1.22"_s << QString();
        QTest::newRow("a release candidate by name") << linux << u"go1.22rc1"_s << u"/home/dev/sdk/go1.22rc1"_s;
        QTest::newRow("installed twice: GoDual's SDK first") << linux << u"1.20.14"_s << u"/home/dev/sdk/go1.20.14"_s;
        QTest::newRow("a Windows go.exe is not picked on a Linux side") << linux << u"1.22.6"_s << QString();
        QTest::newRow("not installed") << linux << u"1.19"_s << QString();
        QTest::newRow("not a version") << linux << u"latest"_s << QString();

        Side windows = windowsSide();
        windows.installs.append(install(u"go1.19.13"_s, u"C:\\Users\\dev\\sdk\\go1.19.13"_s, u"sdk"_s, u"other"_s));
        QTest::newRow("Windows: a go.exe") << windows << u"1.21"_s << u"C:\\Users\\dev\\sdk\\go1.21.13"_s;
        QTest::newRow("Windows: what is no PE file does not run") << windows << u"1.19.13"_s << QString();
    }
    void find()
    {
        QFETCH(Side, side);
        QFETCH(QString, version);
        QFETCH(QString, goroot);
        const auto found = UsePlanner::find(side, version);
        QCOMPARE(found ? found->goroot : QString(), goroot);
    }

    void installedVersions()
    {
        Side linux = distro(u"/bin/bash"_s);
        linux.installs.append(install(u"go1.21.13"_s, u"/usr/local/go"_s, u"tarball"_s, u"elf"_s));
        linux.installs.append(install(u"go1.9.7"_s, u"/opt/go"_s, u"opt"_s, u"elf"_s));
        linux.installs.append(install(u"go1.22.6"_s, u"/mnt/c/Program Files/Go"_s, u"msi"_s, u"pe"_s));
        QCOMPARE(UsePlanner::installedVersions(linux), QStringList({ u"go1.21.13"_s, u"go1.20.14"_s, u"go1.9.7"_s }));
    }

    // Linux sides: the managed block's `use` section, in the file a new terminal reads last.
    void linux_data()
    {
        QTest::addColumn<Side>("side");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("after");

        const QString profile = u"/home/dev/.profile"_s;
        {
            Side s = distro(u"/bin/bash"_s);
            s.startupFiles = { u"/etc/profile"_s, profile, u"/home/dev/.bashrc"_s };
            s.files.insert(profile, "if [ -n \"$BASH_VERSION\" ]; then . \"$HOME/.bashrc\"; fi\n");
            QTest::newRow("bash: a block at the end of .profile")
                << s << profile
                << QByteArray("if [ -n \"$BASH_VERSION\" ]; then . \"$HOME/.bashrc\"; fi\n# >>> godual >>>\n"
                       + kPosixUse + "# use: end\n# <<< godual <<<\n");
            s.env.insert(u"GOROOT"_s, { u"/usr/lib/go"_s, Origin::file(u"/home/dev/.bashrc"_s, 3), {} });
            QTest::newRow("bash: GOROOT set in .bashrc, so the block sets it too")
                << s << profile
                << QByteArray("if [ -n \"$BASH_VERSION\" ]; then . \"$HOME/.bashrc\"; fi\n# >>> godual >>>\n"
                       + kPosixUse + "export GOROOT='/home/dev/sdk/go1.21.13'\n# use: end\n# <<< godual <<<\n");
        }
        {
            Side s = distro(u"/bin/bash"_s);
            s.startupFiles = { u"/etc/profile"_s, profile };
            s.goEnvFile = u"/home/dev/.config/go/env"_s;
            s.goEnvFileValues.insert(
                u"GOROOT"_s, { u"/usr/lib/go"_s, Origin::goEnvFile(u"/home/dev/.config/go/env"_s, 1), {} });
            s.files.insert(profile, "export A=1\r\nexport B=2");
            // The user's lines keep CRLF; the block's end in LF (a shell reads a CR as part of the
            // line) and the file still ends without a newline.
            QTest::newRow("bash: a CRLF file without a final newline, GOROOT in the go env file")
                << s << profile
                << QByteArray("export A=1\r\nexport B=2\n# >>> godual >>>\n" + kPosixUse
                       + "export GOROOT='/home/dev/sdk/go1.21.13'\n# use: end\n# <<< godual <<<");
        }
        {
            Side s = distro(u"/bin/bash"_s);
            s.startupFiles = { u"/etc/profile"_s, profile };
            s.files.insert(profile,
                "export A=1\n# >>> godual >>>\nunset GOPATH\n# use: go1.20.14\n"
                "export PATH='/home/dev/sdk/go1.20.14/bin'\"${PATH:+:$PATH}\"\n# use: end\n# <<< godual "
                "<<<\nexport B=2\n");
            QTest::newRow("switching again replaces the use section, the fix's line stays")
                << s << profile
                << QByteArray("export A=1\n# >>> godual >>>\nunset GOPATH\n" + kPosixUse
                       + "# use: end\n# <<< godual <<<\nexport B=2\n");
        }
        {
            Side s = distro(u"/usr/bin/fish"_s);
            QTest::newRow("fish: GoDual's own conf.d file")
                << s << u"/home/dev/.config/fish/conf.d/godual.fish"_s
                << QByteArray("# >>> godual >>>\n"
                              "# use: go1.21.13\n"
                              "set -l __godual_path\n"
                              "for __godual_dir in $PATH\n"
                              "    if test \"$__godual_dir\" = '/home/dev/sdk/go1.21.13/bin'; or test \"$(string sub "
                              "-l (string length -- '/home/dev/sdk/go1.21.13/bin'/) -- \"$__godual_dir\")\" = "
                              "'/home/dev/sdk/go1.21.13/bin'/\n"
                              "        continue\n"
                              "    end\n"
                              "    set -a __godual_path $__godual_dir\n"
                              "end\n"
                              "set -gx PATH $__godual_path\n"
                              "set -e __godual_path __godual_dir\n"
                              "set -gx PATH '/home/dev/sdk/go1.21.13/bin' $PATH\n"
                              "# use: end\n"
                              "# <<< godual <<<\n");
        }
    }
    void linux()
    {
        QFETCH(Side, side);
        QFETCH(QString, target);
        QFETCH(QByteArray, after);
        Snapshot snapshot;
        snapshot.sides = { side };
        const auto chosen = UsePlanner::find(side, u"1.21.13"_s);
        QVERIFY(chosen);
        const auto plan = UsePlanner::plan(snapshot, side.id, *chosen);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->set.changes.size(), 1);
        const Change &c = plan->set.changes.first();
        QCOMPARE(c.target, target);
        QCOMPARE(c.before, side.files.contains(target) ? std::optional(side.files.value(target)) : std::nullopt);
        QCOMPARE(*c.after, after);
        QCOMPARE(plan->set.summary, u"use go1.21.13 on wsl:Ubuntu"_s);
        QVERIFY2(plan->mechanism.contains(target), qPrintable(plan->mechanism));
    }

    // update-alternatives' go group: when /usr/bin/go (its link) is the go a new terminal runs
    // and the chosen installation's go is registered, the group switches (manual mode); else the
    // block, saying why not the group.
    void alternatives_data()
    {
        QTest::addColumn<Side>("side");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("changes"); // target: before -> after
        QTest::addColumn<QString>("mechanism"); // a part of it

        const QString profile = u"/home/dev/.profile"_s;
        Side s = distro(u"/bin/bash"_s);
        s.startupFiles = { u"/etc/profile"_s, profile };
        s.files.insert(profile, "export A=1\n");
        s.installs.append(install(u"go1.22.6"_s, u"/usr/lib/go-1.22"_s, u"debian"_s, u"elf"_s));
        s.installs.append(install(u"go1.19.8"_s, u"/usr/lib/go-1.19"_s, u"debian"_s, u"elf"_s));
        // /usr/bin/go -> /etc/alternatives/go -> /usr/lib/go-1.22/bin/go, found through /bin
        // (merged /usr: the folder is /usr/bin).
        PathEntry bin;
        bin.value = u"/bin"_s;
        bin.realPath = u"/usr/bin"_s;
        bin.origin = Origin::defaultValue();
        bin.goName = u"go"_s;
        bin.goKind = u"elf"_s;
        bin.goRealPath = u"/usr/lib/go-1.22/bin/go"_s;
        s.path = { bin };
        s.active = ActiveGo { u"/bin/go"_s, u"go1.22.6"_s, u"/usr/lib/go-1.22"_s, u"elf"_s };
        AlternativeGroup group;
        group.name = u"go"_s;
        group.link = u"/usr/bin/go"_s;
        group.value = u"/usr/lib/go-1.22/bin/go"_s;
        group.choices = { { u"/usr/lib/go-1.22/bin/go"_s, 122 }, { u"/home/dev/sdk/go1.21.13/bin/go"_s, 121 } };
        s.goAlternatives = group;
        const QString state = u"/etc/alternatives/go (alternative, as root): \"auto /usr/lib/go-1.22/bin/go\n\" -> "_s;
        QTest::newRow("a registered choice: the group switches")
            << s << u"1.21.13"_s << QStringList { state + u"\"manual /home/dev/sdk/go1.21.13/bin/go\n\""_s }
            << u"update-alternatives --set go /home/dev/sdk/go1.21.13/bin/go (as root)"_s;

        Side goroot = s;
        goroot.env.insert(u"GOROOT"_s, { u"/usr/lib/go-1.22"_s, Origin::file(profile, 1), {} });
        QTest::newRow("GOROOT set: the group switches and the block sets GOROOT")
            << goroot << u"1.21.13"_s
            << QStringList { state + u"\"manual /home/dev/sdk/go1.21.13/bin/go\n\""_s,
                   profile
                       + u": \"export A=1\n\" -> \"export A=1\n# >>> godual >>>\n# use: go1.21.13 "
                         u"(update-alternatives)\n"
                         u"export GOROOT='/home/dev/sdk/go1.21.13'\n# use: end\n# <<< godual <<<\n\""_s }
            << u"sets GOROOT to /home/dev/sdk/go1.21.13"_s;

        Side earlier = s;
        earlier.files.insert(profile,
            "export A=1\n# >>> godual >>>\n# use: go1.20.14\nexport "
            "PATH='/home/dev/sdk/go1.20.14/bin'\"${PATH:+:$PATH}\"\n"
            "# use: end\n# <<< godual <<<\n");
        QTest::newRow("an earlier use section is emptied, or it would win")
            << earlier << u"1.21.13"_s
            << QStringList { state + u"\"manual /home/dev/sdk/go1.21.13/bin/go\n\""_s,
                   profile
                       + u": \"export A=1\n# >>> godual >>>\n# use: go1.20.14\nexport "
                         u"PATH='/home/dev/sdk/go1.20.14/bin'"
                         u"\"${PATH:+:$PATH}\"\n# use: end\n# <<< godual <<<\n\" -> \"export A=1\n# >>> godual >>>\n"
                         u"# use: go1.21.13 (update-alternatives)\n# use: end\n# <<< godual <<<\n\""_s }
            << u"update-alternatives --set go"_s;

        QTest::newRow("not registered: the block, saying so")
            << s << u"1.19.8"_s << QStringList { u"block"_s }
            << u"update-alternatives does not list /usr/lib/go-1.19/bin/go as a choice of /usr/bin/go"_s;

        Side elsewhere = s;
        elsewhere.active = ActiveGo { u"/home/dev/go/bin/go"_s, u"go1.22.6"_s, u"/usr/lib/go-1.22"_s, u"elf"_s };
        QTest::newRow("another go runs first: the block")
            << elsewhere << u"1.21.13"_s << QStringList { u"block"_s } << u"puts /home/dev/sdk/go1.21.13/bin first"_s;
    }
    void alternatives()
    {
        QFETCH(Side, side);
        QFETCH(QString, version);
        QFETCH(QStringList, changes);
        QFETCH(QString, mechanism);
        const auto plan = planOn(side, version);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QVERIFY2(plan->mechanism.contains(mechanism), qPrintable(plan->mechanism));
        if (changes == QStringList { u"block"_s }) {
            QCOMPARE(plan->set.changes.size(), 1);
            QCOMPARE(plan->set.changes.first().kind, Change::Kind::File);
            QVERIFY(plan->set.changes.first().after->contains(
                QByteArray("# use: " + plan->chosen.version.toUtf8() + '\n')));
            return;
        }
        QStringList got;
        for (const Change &c : plan->set.changes) {
            const auto quoted = [](const std::optional<QByteArray> &b) {
                return b ? u'"' + QString::fromUtf8(*b) + u'"' : u"(none)"_s;
            };
            got.append(c.target
                + (c.kind == Change::Kind::Alternative
                        ? QStringLiteral(" (alternative%1)").arg(c.asRoot ? u", as root"_s : QString())
                        : QString())
                + u": "_s + quoted(c.before) + u" -> "_s + quoted(c.after));
        }
        QCOMPARE(got, changes);
    }

    // goenv and asdf: when its shim is the go a new terminal runs and the manager is there, its
    // global file names the chosen version (as `goenv global` / `asdf global golang` write it);
    // else the block, saying why.
    void versionManagers_data()
    {
        QTest::addColumn<Side>("side");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("after"); // empty: the block (in .profile)
        QTest::addColumn<QString>("mechanism"); // a part of it

        const QString profile = u"/home/dev/.profile"_s;
        Side s = distro(u"/bin/bash"_s);
        s.startupFiles = { u"/etc/profile"_s, profile };
        s.files.insert(profile, "export PATH=\"$HOME/.goenv/shims:$PATH\"\n");
        s.installs.append(install(u"go1.22.6"_s, u"/home/dev/.goenv/versions/1.22.6"_s, u"goenv"_s, u"elf"_s));
        s.installs.append(install(u"go1.19.8"_s, u"/home/dev/.goenv/versions/1.19.8"_s, u"goenv"_s, u"elf"_s));
        s.files.insert(u"/home/dev/.goenv/version"_s, "1.19.8\n");
        s.active = ActiveGo { u"/home/dev/.goenv/shims/go"_s, u"go1.19.8"_s, u"/home/dev/.goenv/versions/1.19.8"_s,
            u"shim"_s };
        s.goManager = VersionManager { u"goenv"_s, u"/home/dev/.goenv"_s, u"/home/dev/.goenv/bin/goenv"_s, true,
            u"/home/dev/.goenv/version"_s, { u"1.19.8"_s }, {}, {} };
        QTest::newRow("one of goenv's versions: goenv's global version")
            << s << u"1.22.6"_s << u"/home/dev/.goenv/version"_s << QByteArray("1.22.6\n")
            << u"what `goenv global 1.22.6` writes"_s;

        Side absent = s;
        absent.goManager->present = false;
        absent.active->goroot.clear();
        QTest::newRow("goenv is gone: the block, saying so")
            << absent << u"1.22.6"_s << profile << QByteArray()
            << u"but the goenv it runs, /home/dev/.goenv/bin/goenv, is not there"_s;

        Side pinned = s;
        pinned.goManager->versionOverride = u"1.19.8"_s;
        QTest::newRow("GOENV_VERSION wins over the file: the block, saying so")
            << pinned << u"1.22.6"_s << profile << QByteArray() << u"GOENV_VERSION=1.19.8 is set"_s;

        QTest::newRow("not goenv's: the block, saying so")
            << s << u"1.21.13"_s << profile << QByteArray()
            << u"/home/dev/sdk/go1.21.13 is not one of goenv's versions in /home/dev/.goenv/versions/"_s;

        // asdf's layout: installs/golang/VERSION/go is the GOROOT, ~/.tool-versions the global
        // file, whose other tools' lines and comments stay as they are.
        Side a = distro(u"/bin/bash"_s);
        a.startupFiles = { u"/etc/profile"_s, profile };
        a.files.insert(profile, "export PATH=\"$HOME/.asdf/shims:$PATH\"\n");
        a.installs.append(install(u"go1.22.6"_s, u"/home/dev/.asdf/installs/golang/1.22.6/go"_s, u"asdf"_s, u"elf"_s));
        a.installs.append(install(u"go1.19.8"_s, u"/home/dev/.asdf/installs/golang/1.19.8/go"_s, u"asdf"_s, u"elf"_s));
        const QString toolVersions = u"/home/dev/.tool-versions"_s;
        a.files.insert(toolVersions, "nodejs 20.11.0\r\ngolang 1.19.8 1.18.10 # work\r\npython 3.12.1");
        a.active = ActiveGo { u"/home/dev/.asdf/shims/go"_s, u"go1.19.8"_s,
            u"/home/dev/.asdf/installs/golang/1.19.8/go"_s, u"shim"_s };
        a.goManager = VersionManager { u"asdf"_s, u"/home/dev/.asdf"_s, u"/home/dev/.asdf/bin/asdf"_s, true,
            toolVersions, { u"1.19.8"_s, u"1.18.10"_s }, {}, {} };
        QTest::newRow("one of asdf's versions: the golang line of ~/.tool-versions")
            << a << u"1.22.6"_s << toolVersions << QByteArray("nodejs 20.11.0\r\ngolang 1.22.6 # work\r\npython 3.12.1")
            << u"what `asdf global golang 1.22.6` writes"_s;

        Side noLine = a;
        noLine.files.insert(toolVersions, "nodejs 20.11.0\n# golang 1.19.8\n");
        QTest::newRow("asdf without a golang line: one is added")
            << noLine << u"1.22.6"_s << toolVersions << QByteArray("nodejs 20.11.0\n# golang 1.19.8\ngolang 1.22.6\n")
            << u"a new terminal's go is asdf's shim /home/dev/.asdf/shims/go"_s;

        Side asdfGone = a;
        asdfGone.goManager->present = false;
        QTest::newRow("asdf is gone: the block, saying so")
            << asdfGone << u"1.22.6"_s << profile << QByteArray()
            << u"but the asdf it runs, /home/dev/.asdf/bin/asdf, is not there"_s;

        Side asdfPinned = a;
        asdfPinned.goManager->versionOverride = u"1.19.8"_s;
        QTest::newRow("ASDF_GOLANG_VERSION wins over the file: the block, saying so")
            << asdfPinned << u"1.22.6"_s << profile << QByteArray()
            << u"ASDF_GOLANG_VERSION=1.19.8 is set for new terminals and wins over asdf's global version"_s;

        QTest::newRow("not asdf's: the block, saying so")
            << a << u"1.21.13"_s << profile << QByteArray()
            << u"/home/dev/sdk/go1.21.13 is not one of asdf's versions in /home/dev/.asdf/installs/golang/"_s;

        // mise: its shim, or (`mise activate`) one of its versions' go first on PATH; the global
        // config's [tools] go entry is what `mise use -g` writes.
        const Side m = miseSide(u"/home/dev/.local/share/mise/shims/go"_s);
        const QString config = u"/home/dev/.config/mise/config.toml"_s;
        QTest::newRow("mise's shim: the go entry of its config")
            << m << u"1.22.6"_s << config << QByteArray("[tools]\ngo = \"1.22.6\"\nnode = \"20\"\n")
            << u"what `mise use -g go@1.22.6` writes): a new terminal's go is mise's shim "
               "/home/dev/.local/share/mise/shims/go"_s;
        const Side activated = miseSide(u"/home/dev/.local/share/mise/installs/go/1.19.8/bin/go"_s);
        QTest::newRow("mise activate: the go entry of its config")
            << activated << u"1.22.6"_s << config << QByteArray("[tools]\ngo = \"1.22.6\"\nnode = \"20\"\n")
            << u"a new terminal's go is mise's /home/dev/.local/share/mise/installs/go/1.19.8/bin/go"_s;
        Side miseGone = activated;
        miseGone.goManager->present = false;
        QTest::newRow("a mise version's go without mise: an SDK like any other")
            << miseGone << u"1.22.6"_s << profile << QByteArray()
            << u"puts /home/dev/.local/share/mise/installs/go/1.22.6/bin first"_s;

        // gvm: a version's bin folder first on PATH through the default environment, which
        // `gvm use VERSION --default` makes a copy of that version's environment file.
        Side g = distro(u"/bin/bash"_s);
        g.startupFiles = { u"/etc/profile"_s, profile };
        g.files.insert(profile, "[[ -s \"$HOME/.gvm/scripts/gvm\" ]] && source \"$HOME/.gvm/scripts/gvm\"\n");
        g.installs.append(install(u"go1.22.6"_s, u"/home/dev/.gvm/gos/go1.22.6"_s, u"gvm"_s, u"elf"_s));
        g.installs.append(install(u"go1.19.8"_s, u"/home/dev/.gvm/gos/go1.19.8"_s, u"gvm"_s, u"elf"_s));
        const QString defaults = u"/home/dev/.gvm/environments/default"_s;
        const QByteArray env19 = "export gvm_go_name; gvm_go_name=\"go1.19.8\"\n";
        const QByteArray env22 = "export gvm_go_name; gvm_go_name=\"go1.22.6\"\nexport GOROOT; GOROOT=x\n";
        g.files.insert(defaults, env19);
        g.active = ActiveGo { u"/home/dev/.gvm/gos/go1.19.8/bin/go"_s, u"go1.19.8"_s, u"/home/dev/.gvm/gos/go1.19.8"_s,
            u"elf"_s };
        g.goManager = VersionManager { u"gvm"_s, u"/home/dev/.gvm"_s, u"/home/dev/.gvm/scripts/gvm"_s, true, defaults,
            { u"go1.19.8"_s }, {}, { { u"go1.22.6"_s, env22 }, { u"go1.19.8"_s, env19 } } };
        QTest::newRow("one of gvm's versions: the default environment becomes a copy of its own")
            << g << u"1.22.6"_s << defaults << env22 << u"(what `gvm use go1.22.6 --default` does)"_s;
        Side notLoaded = g;
        notLoaded.goManager->present = false;
        QTest::newRow("gvm's go, but gvm is not loaded: the block, saying so")
            << notLoaded << u"1.22.6"_s << profile << QByteArray()
            << u"the terminal does not load gvm through /home/dev/.gvm/scripts/gvm"_s;
        Side gvmPinned = g;
        gvmPinned.goManager->globalVersions = { u"go1.22.6"_s };
        gvmPinned.goManager->versionOverride = u"go1.19.8"_s;
        QTest::newRow("a `gvm use` after the default: the block, saying so")
            << gvmPinned << u"1.22.6"_s << profile << QByteArray()
            << u"a new terminal loads gvm's go1.19.8 after its default environment"_s;
        Side noEnvironment = g;
        noEnvironment.goManager->versionFiles.remove(u"go1.22.6"_s);
        QTest::newRow("no environment file for the version: the block, saying so")
            << noEnvironment << u"1.22.6"_s << profile << QByteArray()
            << u"gvm has no environment file /home/dev/.gvm/environments/go1.22.6 for it"_s;
        QTest::newRow("not gvm's: the block, saying so")
            << g << u"1.21.13"_s << profile << QByteArray()
            << u"/home/dev/sdk/go1.21.13 is not one of gvm's versions in /home/dev/.gvm/gos/"_s;
    }

    // `mise activate` puts its Go first again at every prompt: with a Go that is not mise's, or
    // MISE_GO_VERSION pinning one, no block can win, so `use` refuses, saying why.
    void miseActivateRefusesWhatItCannotSwitch_data()
    {
        QTest::addColumn<Side>("side");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("why");
        const Side activated = miseSide(u"/home/dev/.local/share/mise/installs/go/1.19.8/bin/go"_s);
        QTest::newRow("not mise's") << activated << u"1.21.13"_s
                                    << u"/home/dev/sdk/go1.21.13 is not one of mise's versions in "
                                       "/home/dev/.local/share/mise/installs/go/"_s;
        Side pinned = activated;
        pinned.goManager->versionOverride = u"1.19.8"_s;
        QTest::newRow("MISE_GO_VERSION") << pinned << u"1.22.6"_s << u"MISE_GO_VERSION=1.19.8 is set"_s;
        Side array = activated;
        array.files.insert(u"/home/dev/.config/mise/config.toml"_s, "[tools]\ngo = [\"1.19.8\", \"1.18\"]\n");
        QTest::newRow("an array in the config") << array << u"1.22.6"_s
                                                << u"line 2 gives go a value that is not one version string; change "
                                                   "it with `mise use -g go@1.22.6`"_s;
    }
    void miseActivateRefusesWhatItCannotSwitch()
    {
        QFETCH(Side, side);
        QFETCH(QString, version);
        QFETCH(QString, why);
        const auto plan = planOn(side, version);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().contains(why), qPrintable(plan.error()));
    }
    void versionManagers()
    {
        QFETCH(Side, side);
        QFETCH(QString, version);
        QFETCH(QString, target);
        QFETCH(QByteArray, after);
        QFETCH(QString, mechanism);
        const auto plan = planOn(side, version);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QVERIFY2(plan->mechanism.contains(mechanism), qPrintable(plan->mechanism));
        QCOMPARE(plan->set.changes.size(), 1);
        const Change &c = plan->set.changes.first();
        QCOMPARE(c.target, target);
        QCOMPARE(c.kind, Change::Kind::File);
        QCOMPARE(c.before, std::optional(side.files.value(target)));
        if (after.isEmpty())
            QVERIFY(c.after->contains(QByteArray("# use: " + plan->chosen.version.toUtf8() + '\n')));
        else
            QCOMPARE(*c.after, after);
    }

    // Windows: the registry Path values and GOROOT, through the registry as the scan read it.
    void windows_data()
    {
        QTest::addColumn<Side>("side");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("system");
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<QString>("failure"); // a part of the reason; empty: planned
        const auto E = RegistryValue::ExpandSz;
        const auto S = RegistryValue::Sz;

        {
            Side w = windowsSide();
            addSystem32(w);
            storeValue(w, kUser, u"Path"_s, E,
                u"%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\go\\bin"_s);
            addEntry(w, kUser, u"C:\\Users\\dev\\AppData\\Local\\Microsoft\\WindowsApps"_s,
                u"%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps"_s);
            addEntry(w, kUser, u"C:\\Users\\dev\\go\\bin"_s, u"%USERPROFILE%\\go\\bin"_s);
            QTest::newRow("the SDK first in the user Path, as %USERPROFILE%")
                << w << u"1.21.13"_s << false
                << QStringList { kUserPath
                       + u" REG_EXPAND_SZ = %USERPROFILE%\\sdk\\go1.21.13\\bin;%USERPROFILE%\\AppData\\Local\\"
                         "Microsoft\\WindowsApps;%USERPROFILE%\\go\\bin"_s }
                << QString();
        }
        {
            Side w = windowsSide();
            addSystem32(w);
            storeValue(w, kUser, u"Path"_s, S, u"C:\\tools"_s);
            addEntry(w, kUser, u"C:\\tools"_s);
            QTest::newRow("a REG_SZ user Path becomes REG_EXPAND_SZ for %USERPROFILE%")
                << w << u"go1.21.13"_s << false
                << QStringList { kUserPath + u" REG_EXPAND_SZ = %USERPROFILE%\\sdk\\go1.21.13\\bin;C:\\tools"_s }
                << QString();
            QTest::newRow("a REG_SZ user Path stays REG_SZ for an entry without %")
                << w << u"1.23.4"_s << false
                << QStringList { kUserPath + u" REG_SZ = D:\\sdk\\go1.23.4\\bin;C:\\tools"_s } << QString();
        }
        {
            Side w = windowsSide();
            addSystem32(w);
            storeValue(w, kUser, u"Path"_s, S, u"%USERPROFILE%\\go\\bin"_s);
            addEntry(w, kUser, u"%USERPROFILE%\\go\\bin"_s, {}, Missing);
            // REG_EXPAND_SZ would make the user's own %USERPROFILE% entry expand: its meaning is
            // path-unexpanded-variable's fix to change, not use's.
            QTest::newRow("a REG_SZ user Path holding a literal % gets the entry literally")
                << w << u"1.21.13"_s << false
                << QStringList { kUserPath + u" REG_SZ = C:\\Users\\dev\\sdk\\go1.21.13\\bin;%USERPROFILE%\\go\\bin"_s }
                << QString();
        }
        {
            Side w = windowsSide();
            addSystem32(w);
            QTest::newRow("no user Path yet: it is created")
                << w << u"1.21.13"_s << false
                << QStringList { kUserPath + u" REG_EXPAND_SZ = %USERPROFILE%\\sdk\\go1.21.13\\bin"_s } << QString();
        }
        {
            Side w = windowsSide();
            addSystem32(w);
            storeValue(w, kUser, u"Path"_s, E,
                u"C:\\tools;%USERPROFILE%\\sdk\\go1.20.14\\bin;;%USERPROFILE%\\go\\bin;C:\\old\\go;D:\\sdk\\go1.23.4\\bin\\"_s);
            addEntry(w, kUser, u"C:\\tools"_s);
            addEntry(
                w, kUser, u"C:\\Users\\dev\\sdk\\go1.20.14\\bin"_s, u"%USERPROFILE%\\sdk\\go1.20.14\\bin"_s, HasGo);
            addEntry(w, kUser, u"C:\\Users\\dev\\go\\bin"_s, u"%USERPROFILE%\\go\\bin"_s);
            addEntry(w, kUser, u"C:\\old\\go"_s, {}, HasGo); // a go.exe of no installation GoDual found
            addEntry(w, kUser, u"D:\\sdk\\go1.23.4\\bin\\"_s, {}, HasGo);
            QTest::newRow("every other Go of the user Path goes, the rest keeps its text and order")
                << w << u"1.21.13"_s << false
                << QStringList { kUserPath
                       + u" REG_EXPAND_SZ = %USERPROFILE%\\sdk\\go1.21.13\\bin;C:\\tools;;%USERPROFILE%\\go\\bin"_s }
                << QString();
        }
        {
            Side w = windowsSide();
            addSystem32(w);
            storeValue(w, kUser, u"Path"_s, E, u"C:\\tools;C:\\Users\\dev\\sdk\\go1.21.13\\bin"_s);
            addEntry(w, kUser, u"C:\\tools"_s);
            addEntry(w, kUser, u"C:\\Users\\dev\\sdk\\go1.21.13\\bin"_s, {}, HasGo);
            QTest::newRow("the chosen bin later in the user Path moves to the front")
                << w << u"1.21.13"_s << false
                << QStringList { kUserPath + u" REG_EXPAND_SZ = %USERPROFILE%\\sdk\\go1.21.13\\bin;C:\\tools"_s }
                << QString();
        }
        {
            Side w = windowsSide();
            addSystem32(w);
            storeValue(w, kUser, u"Path"_s, E,
                u"%USERPROFILE%\\sdk\\go1.20.14\\bin;C:\\Users\\dev\\sdk\\go1.21.13\\bin;C:\\tools"_s);
            addEntry(
                w, kUser, u"C:\\Users\\dev\\sdk\\go1.20.14\\bin"_s, u"%USERPROFILE%\\sdk\\go1.20.14\\bin"_s, HasGo);
            addEntry(w, kUser, u"C:\\Users\\dev\\sdk\\go1.21.13\\bin"_s, {}, HasGo);
            addEntry(w, kUser, u"C:\\tools"_s);
            QTest::newRow("first once the other Go goes: it keeps its place and its literal text")
                << w << u"1.21.13"_s << false
                << QStringList { kUserPath + u" REG_EXPAND_SZ = C:\\Users\\dev\\sdk\\go1.21.13\\bin;C:\\tools"_s }
                << QString();
        }
        {
            Side w = windowsSide();
            addSystem32(w);
            storeValue(w, kUser, u"Path"_s, E, u"%USERPROFILE%\\sdk\\go1.21.13\\bin;C:\\tools"_s);
            addEntry(
                w, kUser, u"C:\\Users\\dev\\sdk\\go1.21.13\\bin"_s, u"%USERPROFILE%\\sdk\\go1.21.13\\bin"_s, HasGo);
            addEntry(w, kUser, u"C:\\tools"_s);
            QTest::newRow("already in effect: nothing to change")
                << w << u"1.21.13"_s << false << QStringList() << QString();
        }
        {
            Side w = windowsSide();
            addSystem32(w);
            storeValue(w, kUser, u"Path"_s, E, u"C:\\tools"_s);
            addEntry(w, kUser, u"C:\\tools"_s);
            storeValue(w, kUser, u"GOROOT"_s, S, u"C:\\Users\\dev\\sdk\\go1.20.14"_s);
            QTest::newRow("a user GOROOT naming another root is deleted")
                << w << u"1.21.13"_s << false
                << QStringList { kUserPath + u" REG_EXPAND_SZ = %USERPROFILE%\\sdk\\go1.21.13\\bin;C:\\tools"_s,
                       kUser + u"\\GOROOT deleted"_s }
                << QString();
            storeValue(w, kUser, u"GOROOT"_s, E, u"%USERPROFILE%\\SDK\\go1.21.13\\"_s);
            QTest::newRow("a user GOROOT naming the chosen root stays")
                << w << u"1.21.13"_s << false
                << QStringList { kUserPath + u" REG_EXPAND_SZ = %USERPROFILE%\\sdk\\go1.21.13\\bin;C:\\tools"_s }
                << QString();
        }
        {
            Side w = windowsSide();
            storeValue(w, kMachine, u"Path"_s, S, u"C:\\Windows\\system32;C:\\Program Files\\Go\\bin"_s);
            addEntry(w, kMachine, u"C:\\Windows\\system32"_s);
            addEntry(w, kMachine, u"C:\\Program Files\\Go\\bin"_s, {}, HasGo);
            storeValue(w, kUser, u"Path"_s, S, u"%USERPROFILE%\\go\\bin"_s);
            addEntry(w, kUser, u"%USERPROFILE%\\go\\bin"_s, {}, Missing);
            QTest::newRow("the system Path's Go comes first: fails without --system")
                << w << u"1.21.13"_s << false << QStringList()
                << u"C:\\Program Files\\Go\\bin in the system Path ("_s + kMachinePath
                    + u") comes before the user Path in every new process, so no change of the user Path can make "
                      "go1.21.13 win; pass --system"_s;
            QTest::newRow("the system Path's Go comes first: removed with --system")
                << w << u"1.21.13"_s << true
                << QStringList { kMachinePath + u" REG_SZ = C:\\Windows\\system32"_s,
                       kUserPath + u" REG_SZ = C:\\Users\\dev\\sdk\\go1.21.13\\bin;%USERPROFILE%\\go\\bin"_s }
                << QString();
            QTest::newRow("the system Path finds the chosen MSI Go first: the user Path is left alone")
                << w << u"1.22.6"_s << false << QStringList() << QString();
        }
        {
            // GOROOT set for every user: a new process uses it unless the user's own GOROOT wins.
            Side w = windowsSide();
            addSystem32(w);
            storeValue(w, kMachine, u"GOROOT"_s, S, u"C:\\Go"_s);
            QTest::newRow("a system GOROOT naming another root: fails without --system")
                << w << u"1.21.13"_s << false << QStringList()
                << kMachine
                    + u"\\GOROOT sets GOROOT to C:\\Go for every user, which a new process would use; pass "
                      "--system"_s;
            QTest::newRow("a system GOROOT naming another root: deleted with --system")
                << w << u"1.21.13"_s << true
                << QStringList { kUserPath + u" REG_EXPAND_SZ = %USERPROFILE%\\sdk\\go1.21.13\\bin"_s,
                       kMachine + u"\\GOROOT deleted"_s }
                << QString();
            storeValue(w, kUser, u"GOROOT"_s, S, u"C:\\Users\\dev\\sdk\\go1.21.13"_s);
            QTest::newRow("a user GOROOT naming the chosen root wins over the system's")
                << w << u"1.21.13"_s << false
                << QStringList { kUserPath + u" REG_EXPAND_SZ = %USERPROFILE%\\sdk\\go1.21.13\\bin"_s } << QString();
            storeValue(w, kUser, u"GOROOT"_s, S, u"C:\\Users\\dev\\sdk\\go1.20.14"_s);
            QTest::newRow("user and system GOROOT naming other roots: both deleted with --system")
                << w << u"1.21.13"_s << true
                << QStringList { kUserPath + u" REG_EXPAND_SZ = %USERPROFILE%\\sdk\\go1.21.13\\bin"_s,
                       kUser + u"\\GOROOT deleted"_s, kMachine + u"\\GOROOT deleted"_s }
                << QString();
            storeValue(w, kMachine, u"GOROOT"_s, E, u"%USERPROFILE%\\sdk\\go1.21.13"_s);
            QTest::newRow("a user GOROOT for another root goes, the system's names the chosen one")
                << w << u"1.21.13"_s << false
                << QStringList { kUserPath + u" REG_EXPAND_SZ = %USERPROFILE%\\sdk\\go1.21.13\\bin"_s,
                       kUser + u"\\GOROOT deleted"_s }
                << QString();
        }
        {
            Side w = windowsSide();
            storeValue(w, kMachine, u"Path"_s, S, u"C:\\ProgramData\\chocolatey\\bin;C:\\Windows\\system32"_s);
            addEntry(w, kMachine, u"C:\\ProgramData\\chocolatey\\bin"_s, {}, HasGo);
            w.path.last().goKind = u"shim"_s;
            w.path.last().goRealPath = u"C:\\Program Files\\Go\\bin\\go.exe"_s;
            addEntry(w, kMachine, u"C:\\Windows\\system32"_s);
            QTest::newRow("a folder of shims for another Go in the system Path is not removed")
                << w << u"1.21.13"_s << true << QStringList()
                << u"C:\\ProgramData\\chocolatey\\bin in the system Path ("_s + kMachinePath
                    + u") holds a go.exe shim"_s;
            QTest::newRow("a folder of shims for the chosen Go wins for it")
                << w << u"1.22.6"_s << false << QStringList() << QString();
        }
        {
            Side w = windowsSide();
            addSystem32(w);
            w.goEnvFile = u"C:\\Users\\dev\\AppData\\Roaming\\go\\env"_s;
            w.goEnvFileValues.insert(u"GOROOT"_s, { u"C:\\Go"_s, Origin::goEnvFile(w.goEnvFile, 2), {} });
            QTest::newRow("the go env file's GOROOT for another root")
                << w << u"1.21.13"_s << false << QStringList()
                << u"C:\\Users\\dev\\AppData\\Roaming\\go\\env:2 sets GOROOT to C:\\Go; run 'go env -u GOROOT'"_s;
        }
        {
            Side w = windowsSide();
            addSystem32(w);
            storeValue(w, kUser, u"Path"_s, E, u"C:\\tools"_s);
            addEntry(w, kUser, u"C:\\tools"_s);
            const QString settings = u"C:\\Users\\dev\\AppData\\Roaming\\Code\\User\\settings.json"_s;
            w.vscodeGoroot = u"C:\\Program Files\\Go"_s;
            w.vscodeGorootOrigin = Origin::file(settings, 3);
            w.files.insert(settings, "{\r\n    // mine\r\n    \"go.goroot\": \"C:\\\\Program Files\\\\Go\"\r\n}\r\n");
            QTest::newRow("VS Code's go.goroot follows")
                << w << u"1.21.13"_s
                << false
                // Files first, then registry values (the order the change set lists them in).
                << QStringList { settings
                           + u" = {\r\n    // mine\r\n    \"go.goroot\": \"C:\\\\Users\\\\dev\\\\sdk\\\\go1.21.13\"\r\n}\r\n"_s,
                       kUserPath + u" REG_EXPAND_SZ = %USERPROFILE%\\sdk\\go1.21.13\\bin;C:\\tools"_s }
                << QString();
        }
    }
    void windows()
    {
        QFETCH(Side, side);
        QFETCH(QString, version);
        QFETCH(bool, system);
        QFETCH(QStringList, changes);
        QFETCH(QString, failure);
        Snapshot snapshot;
        snapshot.sides = { side };
        const auto chosen = UsePlanner::find(side, version);
        QVERIFY(chosen);
        UseOptions options;
        options.system = system;
        const auto plan = UsePlanner::plan(snapshot, side.id, *chosen, options);
        if (!failure.isEmpty()) {
            QVERIFY2(!plan.ok(), qPrintable(plan.ok() ? dump(plan.value()).join(u'\n') : QString()));
            QVERIFY2(plan.error().contains(failure), qPrintable(plan.error()));
            return;
        }
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(dump(*plan), changes);
        QCOMPARE(plan->set.summary, u"use "_s + chosen->version + u" on windows"_s);
        // The prior value of every registry change is the scan's.
        for (const Change &c : plan->set.changes) {
            const auto scanned = side.registryValues.constFind(c.target);
            if (c.isRegistry())
                QVERIFY(
                    c.beforeValue == (scanned == side.registryValues.cend() ? std::nullopt : std::optional(*scanned)));
        }
    }

    void windowsMechanism()
    {
        Side w = windowsSide();
        storeValue(w, kMachine, u"Path"_s, RegistryValue::Sz, u"C:\\Program Files\\Go\\bin"_s);
        addEntry(w, kMachine, u"C:\\Program Files\\Go\\bin"_s, {}, HasGo);
        Snapshot snapshot;
        snapshot.sides = { w };
        UseOptions system;
        system.system = true;
        const auto toSdk = UsePlanner::plan(snapshot, w.id, *UsePlanner::find(w, u"1.21.13"_s), system);
        QVERIFY2(toSdk.ok(), qPrintable(toSdk.error()));
        QCOMPARE(toSdk->mechanism,
            u"C:\\Users\\dev\\sdk\\go1.21.13\\bin goes first in the user Path (HKEY_CURRENT_USER\\Environment\\Path), "
            "which a new process searches right after the system Path; switching again changes only that value. "
            "With --system, the system Path, which comes before the user Path, loses C:\\Program Files\\Go\\bin."_s);
        const auto toMsi = UsePlanner::plan(snapshot, w.id, *UsePlanner::find(w, u"1.22.6"_s));
        QVERIFY2(toMsi.ok(), qPrintable(toMsi.error()));
        QVERIFY2(toMsi->mechanism.startsWith(u"The system Path ("_s + kMachinePath
                     + u"), which a new process "
                       "searches first"_s),
            qPrintable(toMsi->mechanism));
    }

    // A Scoop version behind Scoop's shims: its own folder goes first in the user Path, and the
    // preview says why `scoop reset` is not run.
    void windowsScoop()
    {
        Side w = windowsSide();
        addSystem32(w);
        const QString apps = u"C:\\Users\\dev\\scoop\\apps\\go\\"_s;
        w.installs.append(install(u"go1.24.1"_s, apps + u"1.24.1"_s, u"scoop"_s, u"pe"_s));
        w.installs.append(install(u"go1.22.8"_s, apps + u"1.22.8"_s, u"scoop"_s, u"pe"_s));
        w.installs.last().aliases = { apps + u"current"_s };
        storeValue(w, kUser, u"Path"_s, RegistryValue::ExpandSz, u"%USERPROFILE%\\scoop\\shims"_s);
        addEntry(w, kUser, u"C:\\Users\\dev\\scoop\\shims"_s, u"%USERPROFILE%\\scoop\\shims"_s, HasGo);
        w.path.last().goKind = u"shim"_s;
        w.path.last().goRealPath = apps + u"current\\bin\\go.exe"_s;
        Snapshot snapshot;
        snapshot.sides = { w };
        const auto plan = UsePlanner::plan(snapshot, w.id, *UsePlanner::find(w, u"1.24.1"_s));
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->set.changes.size(), 1);
        QCOMPARE(plan->set.changes.first().afterValue->text,
            u"%USERPROFILE%\\scoop\\apps\\go\\1.24.1\\bin;%USERPROFILE%\\scoop\\shims"_s);
        QVERIFY2(plan->mechanism.contains(u"instead of running 'scoop reset'"_s), qPrintable(plan->mechanism));
        // Switching to the version Scoop's shims already run needs no change at all.
        const auto current = UsePlanner::plan(snapshot, w.id, *UsePlanner::find(w, u"1.22.8"_s));
        QVERIFY2(current.ok(), qPrintable(current.error()));
        QVERIFY(current->set.changes.isEmpty());
        QCOMPARE(current->mechanism,
            u"The shims in C:\\Users\\dev\\scoop\\shims, first in the user Path "
            u"(HKEY_CURRENT_USER\\Environment\\Path), "
            "already run go1.22.8's go.exe, so the user Path keeps its order."_s);
    }
};

QTEST_GUILESS_MAIN(TestUsePlanner)
#include "tst_useplanner.moc"
