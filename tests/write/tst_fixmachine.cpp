// `godual fix` and `godual undo` end to end, as a user runs them, on a fake machine: the .reg file
// registry, a Windows folder, the fake wsl.exe with a chroot distro and its real bash.
#include "fakemachine.h"
#include "requirement.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QVariant>

#include <csignal>
#include <sys/types.h>

using GoDual::Test::FakeMachine;

namespace {

QJsonObject json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

QStringList findingsOf(const QJsonObject &diagnosis, const QString &side)
{
    QStringList ids;
    for (const QJsonValue &v : diagnosis.value(QStringLiteral("findings")).toArray()) {
        if (v.toObject().value(QStringLiteral("side")).toString() == side)
            ids.append(v.toObject().value(QStringLiteral("id")).toString());
    }
    return ids;
}

QStringList pathOf(const QJsonObject &diagnosis, const QString &side)
{
    QStringList path;
    for (const QJsonValue &s : diagnosis.value(QStringLiteral("sides")).toArray()) {
        if (s.toObject().value(QStringLiteral("id")).toString() != side)
            continue;
        for (const QJsonValue &e :
            s.toObject().value(QStringLiteral("env")).toObject().value(QStringLiteral("PATH")).toArray())
            path.append(e.toObject().value(QStringLiteral("value")).toString());
    }
    return path;
}

// GoDual's temporary files anywhere under `dir`: none may outlive a run.
QStringList leftovers(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, { QStringLiteral(".godual-tmp.*"), QStringLiteral(".godual-old.*") },
        QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    return found;
}

} // namespace

class TestFixMachine : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeMachine> m_machine;
    // The targets of the interop fix, as the user's distro holds them before any fix.
    QByteArray m_wslConf;
    std::optional<QByteArray> m_profile;

    QJsonObject diagnose()
    {
        const auto run
            = m_machine->godual({ QStringLiteral("diagnose"), QStringLiteral("--json"), QStringLiteral("--wake") });
        return json(run.out);
    }

private Q_SLOTS:
    void initTestCase() { GODUAL_REQUIRE_ROOT(); }

    void init()
    {
        m_machine = std::make_unique<FakeMachine>();
        QVERIFY2(m_machine->error().isEmpty(), qPrintable(m_machine->error()));
        m_wslConf = *FakeMachine::read(m_machine->distro(QStringLiteral("/etc/wsl.conf")));
        m_profile = FakeMachine::read(m_machine->distro(QStringLiteral("/home/dev/.profile")));
        QVERIFY(m_profile.has_value());
    }

    void diagnoseSaysWhatIsFixable()
    {
        const QJsonObject doc = diagnose();
        bool sawInterop = false;
        for (const QJsonValue &v : doc.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            QVERIFY2(f.contains(QStringLiteral("fixable")), qPrintable(f.value(QStringLiteral("id")).toString()));
            if (f.value(QStringLiteral("id")).toString() == QLatin1StringView("windows-path-appended")) {
                sawInterop = true;
                QVERIFY(f.value(QStringLiteral("fixable")).toBool());
                QCOMPARE(f.value(QStringLiteral("choices")).toArray(),
                    QJsonArray({ QStringLiteral("append-off"), QStringLiteral("filter") }));
            }
            if (f.value(QStringLiteral("id")).toString() == QLatin1StringView("distro-not-scanned"))
                QVERIFY(!f.value(QStringLiteral("fixable")).toBool());
        }
        QVERIFY(sawInterop);
    }

    void dryRunChangesNothing()
    {
        const auto run = m_machine->godual({ QStringLiteral("fix"), QStringLiteral("windows-path-appended"),
            QStringLiteral("--side"), QStringLiteral("wsl:Ubuntu"), QStringLiteral("--dry-run") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("+appendWindowsPath=false")), qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("wsl:Ubuntu /etc/wsl.conf")));
        QCOMPARE(FakeMachine::read(m_machine->distro(QStringLiteral("/etc/wsl.conf"))), m_wslConf);
        // Without --yes and no terminal to ask on: nothing happens, exit 2.
        const auto refused = m_machine->godual({ QStringLiteral("fix"), QStringLiteral("windows-path-appended") });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("--yes")));
        QCOMPARE(FakeMachine::read(m_machine->distro(QStringLiteral("/etc/wsl.conf"))), m_wslConf);
    }

    void interopAppendOffThenUndo()
    {
        const qsizetype callsBefore = m_machine->wslCalls().size();
        const auto run = m_machine->godual(
            { QStringLiteral("fix"), QStringLiteral("windows-path-appended"), QStringLiteral("--side"),
                QStringLiteral("wsl:Ubuntu"), QStringLiteral("--yes"), QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject doc = json(run.out);
        QVERIFY(doc.value(QStringLiteral("applied")).toBool());
        const QJsonObject set = doc.value(QStringLiteral("changeSet")).toObject();
        QStringList kinds;
        for (const QJsonValue &c : set.value(QStringLiteral("changes")).toArray())
            kinds.append(c.toObject().value(QStringLiteral("kind")).toString());
        QVERIFY2(kinds.contains(QStringLiteral("wsl.conf")), qPrintable(run.out));
        QCOMPARE(set.value(QStringLiteral("restarted")).toArray(), QJsonArray({ QStringLiteral("Ubuntu") }));
        // fix's own re-scan after the restart: the finding is gone.
        const QJsonObject verified = doc.value(QStringLiteral("verified")).toObject();
        QCOMPARE(verified.value(QStringLiteral("remaining")).toArray(), QJsonArray());
        QVERIFY(verified.value(QStringLiteral("gone"))
                .toArray()
                .contains(QStringLiteral("windows-path-appended wsl:Ubuntu")));

        // One wsl.exe call wrote the distro's files, as root; then one restart. (The log holds
        // each call's argv joined by tabs; the writer script's own lines follow its call's.)
        const QStringList calls = m_machine->wslCalls().mid(callsBefore);
        const QStringList writes = calls.filter(QStringLiteral("\t--exec\t/bin/sh\t-c\t"));
        QCOMPARE(writes.size(), 1);
        QVERIFY(writes.first().contains(QStringLiteral("-d\tUbuntu\t-u\troot")));
        QVERIFY(calls.filter(QStringLiteral("--terminate\tUbuntu")).size() == 1);
        // It was restarted, then probed again by fix's own verifying scan (which starts it again).
        const qsizetype terminated = calls.indexOf(calls.filter(QStringLiteral("--terminate\tUbuntu")).first());
        const qsizetype probedAfter
            = calls.lastIndexOf(calls.filter(QStringLiteral("-d\tUbuntu\t--exec\t/bin/sh\t-s")).last());
        QVERIFY2(terminated >= 0 && probedAfter > terminated,
            qPrintable(calls.filter(QStringLiteral("Ubuntu")).join(u'\n')));

        // The user's own lines are untouched; WSL reads the new value; the distro's new terminal
        // has no Windows Go folder, yet keeps the Windows tools' folder.
        const QByteArray conf = *FakeMachine::read(m_machine->distro(QStringLiteral("/etc/wsl.conf")));
        QVERIFY(conf.startsWith(m_wslConf));
        QVERIFY(conf.contains("appendWindowsPath=false"));
        const QJsonObject after = diagnose();
        const QStringList ids = findingsOf(after, QStringLiteral("wsl:Ubuntu"));
        QVERIFY2(!ids.contains(QStringLiteral("windows-path-appended")), qPrintable(ids.join(u' ')));
        const QStringList path = pathOf(after, QStringLiteral("wsl:Ubuntu"));
        QVERIFY2(!path.contains(QStringLiteral("/mnt/c/Program Files/Go/bin")), qPrintable(path.join(u':')));
        QVERIFY2(path.contains(QStringLiteral("/mnt/c/Windows/system32")), qPrintable(path.join(u':')));
        QCOMPARE(leftovers(m_machine->path(QStringLiteral("wsl"))), QStringList());

        // Undo returns every byte.
        const auto undo = m_machine->godual({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
        QCOMPARE(FakeMachine::read(m_machine->distro(QStringLiteral("/etc/wsl.conf"))), m_wslConf);
        QCOMPARE(FakeMachine::read(m_machine->distro(QStringLiteral("/home/dev/.profile"))), m_profile);
        const auto nothing = m_machine->godual({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QCOMPARE(nothing.exitCode, 0);
        QVERIFY(nothing.out.contains(QStringLiteral("Nothing to undo")));
        const auto list
            = m_machine->godual({ QStringLiteral("undo"), QStringLiteral("--list"), QStringLiteral("--json") });
        const QJsonArray sets = json(list.out).value(QStringLiteral("changeSets")).toArray();
        QCOMPARE(sets.size(), 1);
        QVERIFY(sets.first().toObject().value(QStringLiteral("undone")).toBool());
    }

    void interopFilterKeepsAppending()
    {
        // Windows' Go first on PATH in the distro (put there by the user's .profile).
        QVERIFY(m_machine->write(m_machine->distro(QStringLiteral("/home/dev/.profile")),
            *m_profile + "export PATH=\"/mnt/c/Program Files/Go/bin:$PATH\"\n"));
        const auto run = m_machine->godual({ QStringLiteral("fix"), QStringLiteral("windows-path-appended"),
            QStringLiteral("--side"), QStringLiteral("wsl:Ubuntu"), QStringLiteral("--choice"),
            QStringLiteral("filter"), QStringLiteral("--yes") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(FakeMachine::read(m_machine->distro(QStringLiteral("/etc/wsl.conf"))), m_wslConf);
        const QJsonObject after = diagnose();
        const QStringList path = pathOf(after, QStringLiteral("wsl:Ubuntu"));
        QVERIFY2(!path.contains(QStringLiteral("/mnt/c/Program Files/Go/bin")), qPrintable(path.join(u':')));
        QVERIFY2(path.contains(QStringLiteral("/mnt/c/Windows/system32")), qPrintable(path.join(u':')));
        QVERIFY(!findingsOf(after, QStringLiteral("wsl:Ubuntu")).contains(QStringLiteral("windows-go-on-wsl-path")));
    }

    // Windows' side of the boundary: the WSLENV entry goes from the registry, and the value that
    // holds %USERPROFILE% as REG_SZ becomes REG_EXPAND_SZ; every other byte of the export stays.
    void registryFixesThenUndo()
    {
        const QString reg = m_machine->path(QStringLiteral("machine.reg"));
        const QByteArray before = *FakeMachine::read(reg);
        const auto run = m_machine->godual({ QStringLiteral("fix"), QStringLiteral("wslenv-forwards-go-vars"),
            QStringLiteral("path-unexpanded-variable"), QStringLiteral("--yes") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("-\"WSLENV\"=\"GOPATH/p\"")), qPrintable(run.out));
        const QByteArray after = *FakeMachine::read(reg);
        QVERIFY(!after.contains("WSLENV"));
        QVERIFY2(after.contains("\"Path\"=hex(2):"), after.constData());
        // Only those two values' lines changed.
        QByteArrayList kept = before.split('\n');
        kept.removeIf(
            [](const QByteArray &l) { return l.startsWith("\"WSLENV\"") || l.startsWith("\"Path\"=\"%USERPROFILE%"); });
        QByteArrayList now = after.split('\n');
        now.removeIf([](const QByteArray &l) { return l.startsWith("\"Path\"=hex(2)") || l.startsWith("  "); });
        QCOMPARE(now, kept);
        // A new process sees it: WSLENV no longer forwards GOPATH into the distro.
        const QJsonObject diagnosis = diagnose();
        QVERIFY(
            !findingsOf(diagnosis, QStringLiteral("wsl:Ubuntu")).contains(QStringLiteral("wslenv-forwards-go-vars")));
        QVERIFY(!findingsOf(diagnosis, QStringLiteral("windows")).contains(QStringLiteral("path-unexpanded-variable")));
        // The prior values are also kept as a .reg file regedit imports (UTF-16LE with a BOM).
        QDirIterator backups(m_machine->path(QStringLiteral("godual-state/backups")),
            { QStringLiteral("registry.reg") }, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(backups.hasNext());
        const QByteArray backup = *FakeMachine::read(backups.next());
        QVERIFY(backup.startsWith("\xff\xfe"));
        const QString text
            = QString::fromUtf16(reinterpret_cast<const char16_t *>(backup.constData() + 2), (backup.size() - 2) / 2);
        QVERIFY2(text.contains(QStringLiteral("\"WSLENV\"=\"GOPATH/p\"")), qPrintable(text));
        const auto undo = m_machine->godual({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
        QCOMPARE(*FakeMachine::read(reg), before);
    }

    // The Path fixes on Windows' side, through the .reg registry: the user Path holds a Go that
    // the machine's shadows, a folder that is gone, and %USERPROFILE% in a REG_SZ value. One
    // change of that value removes the first two and makes it REG_EXPAND_SZ (the %USERPROFILE%
    // entry is not "missing", so path-entry-missing leaves it); a new scan finds none of the
    // three; undo returns the .reg file byte for byte.
    void windowsPathEntriesThenUndo()
    {
        const QString c = m_machine->path(QStringLiteral("windows/c"));
        const QString sdk = c + QStringLiteral("/Users/dev/sdk/go1.21.13");
        QVERIFY(m_machine->write(sdk + QStringLiteral("/VERSION"), "go1.21.13\ntime 2024-08-06T15:50:00Z\n"));
        QVERIFY(
            m_machine->write(sdk + QStringLiteral("/bin/go.exe"), QByteArray("MZ\x90\0", 4) + QByteArray(60, '\0')));
        QVERIFY(QDir().mkpath(sdk + QStringLiteral("/pkg/tool/windows_amd64")));
        const QString reg = m_machine->path(QStringLiteral("machine.reg"));
        QByteArray before = *FakeMachine::read(reg);
        const QByteArray userPath = "\"Path\"=\"%USERPROFILE%\\\\go\\\\bin\"\r\n";
        QVERIFY(before.contains(userPath));
        before.replace(userPath,
            "\"Path\"=\"C:\\\\Users\\\\dev\\\\sdk\\\\go1.21.13\\\\bin;C:\\\\Users\\\\dev\\\\old-tool\\\\bin;"
            "%USERPROFILE%\\\\go\\\\bin\"\r\n");
        QVERIFY(m_machine->write(reg, before));
        const QStringList found = findingsOf(diagnose(), QStringLiteral("windows"));
        for (const char *id : { "go-shadowed-on-path", "path-entry-missing", "path-unexpanded-variable" })
            QVERIFY2(found.contains(QLatin1StringView(id)), qPrintable(found.join(u' ')));

        const auto run = m_machine->godual({ QStringLiteral("fix"), QStringLiteral("go-shadowed-on-path"),
            QStringLiteral("path-entry-missing"), QStringLiteral("path-unexpanded-variable"), QStringLiteral("--side"),
            QStringLiteral("windows"), QStringLiteral("--yes"), QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(QStringLiteral("not fixed: path-entry-missing on windows: %USERPROFILE%\\go\\bin is "
                                                 "not missing")),
            qPrintable(run.err));
        const QJsonObject doc = json(run.out);
        const QJsonArray changes
            = doc.value(QStringLiteral("changeSet")).toObject().value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().toObject().value(QStringLiteral("target")).toString(),
            QStringLiteral("HKEY_CURRENT_USER\\Environment\\Path"));
        const QJsonObject verified = doc.value(QStringLiteral("verified")).toObject();
        QCOMPARE(verified.value(QStringLiteral("remaining")).toArray(), QJsonArray());
        QStringList gone = verified.value(QStringLiteral("gone")).toVariant().toStringList();
        gone.sort();
        QCOMPARE(gone,
            QStringList({ QStringLiteral("go-shadowed-on-path windows"), QStringLiteral("path-entry-missing windows"),
                QStringLiteral("path-unexpanded-variable windows") }));

        // Only the user Path's line changed: now REG_EXPAND_SZ holding the one entry left.
        const QByteArray after = *FakeMachine::read(reg);
        QByteArrayList kept = before.split('\n');
        kept.removeIf([](const QByteArray &l) { return l.startsWith("\"Path\"=\"C:\\\\Users"); });
        QByteArrayList now = after.split('\n');
        QByteArray hex;
        now.removeIf([&](const QByteArray &l) {
            if (!l.startsWith("\"Path\"=hex(2):") && !(l.startsWith("  ") && !hex.isEmpty()))
                return false;
            hex += l.mid(l.startsWith("  ") ? 2 : 14).trimmed();
            return true;
        });
        QCOMPARE(now, kept);
        QByteArray utf16;
        for (const QByteArray &pair : hex.replace("\\", "").split(','))
            utf16.append(char(pair.toInt(nullptr, 16)));
        QCOMPARE(utf16, QByteArray("%\0U\0S\0E\0R\0P\0R\0O\0F\0I\0L\0E\0%\0\\\0g\0o\0\\\0b\0i\0n\0\0\0", 42));
        const QStringList remaining = findingsOf(diagnose(), QStringLiteral("windows"));
        for (const char *id : { "go-shadowed-on-path", "path-entry-missing", "path-unexpanded-variable" })
            QVERIFY2(!remaining.contains(QLatin1StringView(id)), qPrintable(remaining.join(u' ')));

        const auto undo = m_machine->godual({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
        QCOMPARE(*FakeMachine::read(reg), before);
    }

    void undoRefusesWhatSomeoneChanged()
    {
        QVERIFY(m_machine
                    ->godual({ QStringLiteral("fix"), QStringLiteral("windows-path-appended"), QStringLiteral("--side"),
                        QStringLiteral("wsl:Ubuntu"), QStringLiteral("--yes"), QStringLiteral("--no-restart") })
                    .exitCode
            == 0);
        const QString conf = m_machine->distro(QStringLiteral("/etc/wsl.conf"));
        const QByteArray edited = *FakeMachine::read(conf) + "# edited by hand\n";
        QVERIFY(m_machine->write(conf, edited));
        const auto refused = m_machine->godual({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("/etc/wsl.conf")), qPrintable(refused.err));
        QCOMPARE(FakeMachine::read(conf), std::optional<QByteArray>(edited));
        const auto forced
            = m_machine->godual({ QStringLiteral("undo"), QStringLiteral("--yes"), QStringLiteral("--force") });
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QCOMPARE(FakeMachine::read(conf), std::optional<QByteArray>(m_wslConf));
    }

    // `godual fix --yes` without ids fixes every finding diagnose called fixable, on every side
    // at once (the interop fix restarts Ubuntu); a new scan finds none of them; one undo returns
    // every byte of every target: the distro's home and wsl.conf, the registry, C:\Users.
    void fixAllThenUndoEveryByte()
    {
        const auto snapshotOf = [this] {
            QMap<QString, QByteArray> files;
            for (const QString &root : { m_machine->distro(QStringLiteral("/home/dev")),
                     m_machine->path(QStringLiteral("windows/c/Users")) }) {
                QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    const QString file = it.next();
                    files.insert(file, *FakeMachine::read(file));
                }
            }
            for (const QString &file :
                { m_machine->distro(QStringLiteral("/etc/wsl.conf")), m_machine->path(QStringLiteral("machine.reg")) })
                files.insert(file, *FakeMachine::read(file));
            return files;
        };
        const QMap<QString, QByteArray> before = snapshotOf();
        // A finding is the same one when its id, side and message are (the message names its
        // subject); a fix may leave a new one behind, such as the GOPATH bin it adds to PATH
        // that does not exist until `go install` makes it (path-entry-missing).
        const auto name = [](const QJsonObject &f) {
            return f.value(QStringLiteral("id")).toString() + u' ' + f.value(QStringLiteral("side")).toString() + u' '
                + f.value(QStringLiteral("message")).toString();
        };
        QStringList fixable;
        for (const QJsonValue &v : diagnose().value(QStringLiteral("findings")).toArray()) {
            if (v.toObject().value(QStringLiteral("fixable")).toBool())
                fixable.append(name(v.toObject()));
        }
        QVERIFY2(fixable.size() >= 4, qPrintable(fixable.join(u',')));

        const auto run = m_machine->godual(
            { QStringLiteral("fix"), QStringLiteral("--yes"), QStringLiteral("--wake"), QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonObject verified = json(run.out).value(QStringLiteral("verified")).toObject();
        QCOMPARE(verified.value(QStringLiteral("remaining")).toArray(), QJsonArray());
        QStringList still;
        for (const QJsonValue &v : diagnose().value(QStringLiteral("findings")).toArray()) {
            if (fixable.contains(name(v.toObject())))
                still.append(name(v.toObject()));
        }
        QVERIFY2(still.isEmpty(), qPrintable(still.join(u'\n') + u'\n' + run.err));

        const auto undo = m_machine->godual({ QStringLiteral("undo"), QStringLiteral("--yes") });
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
        const QMap<QString, QByteArray> after = snapshotOf();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        // What the fixes created (fish's conf.d file, a block-only file) is gone again.
        for (const QString &file : after.keys())
            QVERIFY2(before.contains(file) || !file.contains(QStringLiteral("godual")), qPrintable(file));
        QCOMPARE(leftovers(m_machine->path(QStringLiteral("wsl"))), QStringList());
    }

    // A real `godual fix --yes` killed (with everything it started) at many moments of its run:
    // the next start of godual finds every target all old or all new, and nothing beside them.
    void killAtAnyMomentLeavesNothingHalfWritten_data()
    {
        QTest::addColumn<int>("eighth");
        for (int i = 1; i <= 7; ++i)
            QTest::addRow("at %d/8 of a run", i) << i;
    }
    void killAtAnyMomentLeavesNothingHalfWritten()
    {
        QFETCH(int, eighth);
        const QStringList args { QStringLiteral("fix"), QStringLiteral("windows-path-appended"),
            QStringLiteral("--side"), QStringLiteral("wsl:Ubuntu"), QStringLiteral("--yes"),
            QStringLiteral("--no-restart") };
        // How long one run takes here sets where the kills land; it decides no outcome.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_machine->godual(args).exitCode == 0);
        const qint64 full = timer.elapsed();
        const std::optional<QByteArray> newConf = FakeMachine::read(m_machine->distro(QStringLiteral("/etc/wsl.conf")));
        QVERIFY(newConf != std::optional<QByteArray>(m_wslConf)); // the run being cut short changes something
        QVERIFY(m_machine->godual({ QStringLiteral("undo"), QStringLiteral("--yes") }).exitCode == 0);

        QProcess godual;
        godual.setProcessEnvironment(m_machine->environment());
        // Its own process group, so the kill takes wsl.exe and the distro's writer with it.
        godual.setChildProcessModifier([] { ::setpgid(0, 0); });
        godual.start(QStringLiteral(GODUAL_EXECUTABLE), args);
        QVERIFY(godual.waitForStarted());
        // Taken now: processId() is 0 once it ended, and kill(-0) would be this test's own group.
        const pid_t group = pid_t(godual.processId());
        QVERIFY(group > 1);
        QTest::qWait(int(full * eighth / 8));
        ::kill(-group, SIGKILL);
        godual.waitForFinished();

        // Any start recovers first.
        const auto list
            = m_machine->godual({ QStringLiteral("undo"), QStringLiteral("--list"), QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 0);
        const auto conf = FakeMachine::read(m_machine->distro(QStringLiteral("/etc/wsl.conf")));
        const auto profile = FakeMachine::read(m_machine->distro(QStringLiteral("/home/dev/.profile")));
        const QJsonArray sets = json(list.out).value(QStringLiteral("changeSets")).toArray();
        const bool applied = std::any_of(sets.cbegin(), sets.cend(),
            [](const QJsonValue &s) { return !s.toObject().value(QStringLiteral("undone")).toBool(); });
        if (applied) {
            QCOMPARE(conf, newConf);
        } else {
            QCOMPARE(conf, std::optional<QByteArray>(m_wslConf));
            QCOMPARE(profile, m_profile);
        }
        QCOMPARE(leftovers(m_machine->path(QStringLiteral("wsl"))), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestFixMachine)
#include "tst_fixmachine.moc"
