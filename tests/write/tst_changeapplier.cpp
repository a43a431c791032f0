// The write path's engine on real files: the shipped writer script run by /bin/sh, the journal
// in a real state folder, faults injected between its steps.
#include "changeset.h"
#include "write/changeapplier.h"
#include "write/changejournal.h"
#include "write/linuxfilewriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;

namespace {

// Every side's files written by the real writer on this machine; the side only labels them.
class LocalTargets final : public ChangeTargets {
public:
    Result<void> apply(const SideId &, const QList<Change> &changes, Check check) override
    {
        ++calls;
        return LinuxFileWriter().write(changes, check);
    }
    Result<void> clean(const SideId &, const QList<Change> &changes) override
    {
        return LinuxFileWriter().clean(changes);
    }
    int calls = 0;
};

std::optional<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

Change fileChange(
    const SideId &side, const QString &path, std::optional<QByteArray> before, std::optional<QByteArray> after)
{
    Change c;
    c.side = side;
    c.target = path;
    c.before = std::move(before);
    c.after = std::move(after);
    return c;
}

QStringList leftovers(const QString &dir)
{
    QStringList found;
    QDirIterator it(
        dir, { QStringLiteral(".godual-*") }, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    return found;
}

} // namespace

class TestChangeApplier : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Three sides, each with a modified, a created and a deleted file.
    ChangeSet threeSides()
    {
        ChangeSet set;
        set.time = QDateTime::currentDateTimeUtc();
        set.id = ChangeSet::newId(set.time);
        set.summary = QStringLiteral("test");
        const QList<SideId> sides { SideId::wsl(QStringLiteral("A")), SideId::wsl(QStringLiteral("B")),
            SideId::local() };
        for (const SideId &side : sides) {
            const QString d = path(side.toString().replace(u':', u'_'));
            writeFile(d + QStringLiteral("/rc"), "export A=1\r\nexport B=2");
            writeFile(d + QStringLiteral("/gone"), QByteArray("\0\1binary\n", 9));
            set.changes.append(fileChange(side, d + QStringLiteral("/rc"), QByteArray("export A=1\r\nexport B=2"),
                QByteArray("export A=1\r\n# >>> godual >>>\r\nexport B=3\r\n# <<< godual <<<\r\n")));
            set.changes.append(
                fileChange(side, d + QStringLiteral("/conf.d/new.fish"), std::nullopt, QByteArray("set -gx X 1\n")));
            set.changes.append(
                fileChange(side, d + QStringLiteral("/gone"), QByteArray("\0\1binary\n", 9), std::nullopt));
        }
        return set;
    }

    void verifyAll(const ChangeSet &set, bool after)
    {
        for (const Change &c : set.changes)
            QCOMPARE(readFile(c.target), after ? c.after : c.before);
        QCOMPARE(leftovers(m_dir.path()), QStringList());
    }

private Q_SLOTS:
    void init() { QVERIFY(QDir(m_dir.path()).removeRecursively() && QDir().mkpath(m_dir.path())); }

    void writerFollowsLinksAndKeepsModes()
    {
        writeFile(path("dotfiles/bashrc"), "old\n");
        QVERIFY(QFile::link(path("dotfiles/bashrc"), path(".bashrc")));
        writeFile(path("private"), "secret=1\n");
        QVERIFY(QFile::setPermissions(path("private"), QFile::ReadOwner | QFile::WriteOwner));
        const QList<Change> changes { fileChange(
                                          SideId::local(), path(".bashrc"), QByteArray("old\n"), QByteArray("new\n")),
            fileChange(SideId::local(), path("private"), QByteArray("secret=1\n"), QByteArray("secret=2\n")) };
        const auto r = LinuxFileWriter().write(changes, ChangeTargets::Check::Before);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(QFileInfo(path(".bashrc")).isSymLink());
        QCOMPARE(readFile(path("dotfiles/bashrc")), QByteArray("new\n"));
        QCOMPARE(QFile::permissions(path("private")) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
            QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(readFile(path("private")), QByteArray("secret=2\n"));
        QCOMPARE(leftovers(m_dir.path()), QStringList());
    }

    void writerRefusesAChangedTarget()
    {
        writeFile(path("a"), "what GoDual read\n");
        writeFile(path("b"), "someone else wrote this\n");
        const QList<Change> changes { fileChange(SideId::local(), path("a"), QByteArray("what GoDual read\n"),
                                          QByteArray("x\n")),
            fileChange(SideId::local(), path("b"), QByteArray("what GoDual read\n"), QByteArray("y\n")),
            fileChange(SideId::local(), path("c"), std::nullopt, QByteArray("z\n")) };
        const auto r = LinuxFileWriter().write(changes, ChangeTargets::Check::Before);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(path("b")), qPrintable(r.error()));
        QCOMPARE(readFile(path("a")), QByteArray("what GoDual read\n"));
        QCOMPARE(readFile(path("c")), std::nullopt);
        QCOMPARE(leftovers(m_dir.path()), QStringList());
    }

    void writerCarriesBytesExactly_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("nul and high bytes") << QByteArray("\0\xff\xfe\r\n\0", 6);
        QTest::newRow("no final newline") << QByteArray("export GOPATH='$HOME/go'");
        QByteArray big(300'000, 'x');
        QTest::newRow("large") << big;
    }
    void writerCarriesBytesExactly()
    {
        QFETCH(QByteArray, content);
        // Two targets in one call: the first's length must not let it eat the second's bytes.
        const QList<Change> changes { fileChange(SideId::local(), path("one"), std::nullopt, content),
            fileChange(SideId::local(), path("two"), std::nullopt, QByteArray("second\n")) };
        const auto r = LinuxFileWriter().write(changes, ChangeTargets::Check::Before);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(readFile(path("one")), std::optional<QByteArray>(content));
        QCOMPARE(readFile(path("two")), std::optional<QByteArray>(QByteArray("second\n")));
    }

    void appliesAndUndoesByteForByte()
    {
        ChangeJournal journal(path("state"));
        LocalTargets targets;
        ChangeApplier applier(journal, targets);
        const ChangeSet set = threeSides();
        const auto r = applier.apply(set);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        verifyAll(set, true);
        QCOMPARE(targets.calls, 3); // one call per side
        const auto undo = applier.planUndo({});
        QVERIFY2(undo.ok() && undo->has_value(), qPrintable(undo.error()));
        QCOMPARE((*undo)->undoes, set.id);
        const auto u = applier.undo(**undo, false);
        QVERIFY2(u.ok(), qPrintable(u.error()));
        verifyAll(set, false);
        QCOMPARE(journal.entry(set.id)->status, ChangeJournal::Status::Undone);
        const auto nothing = applier.planUndo({});
        QVERIFY(nothing.ok());
        QVERIFY(!nothing->has_value());
        // The prior bytes are kept as backups a person can open.
        QCOMPARE(readFile(journal.backupDir(set.id) + QStringLiteral("/1-rc")), set.changes.at(0).before);
    }

    void undoRefusesATargetChangedSince()
    {
        ChangeJournal journal(path("state"));
        LocalTargets targets;
        ChangeApplier applier(journal, targets);
        const ChangeSet set = threeSides();
        QVERIFY(applier.apply(set).ok());
        writeFile(set.changes.at(3).target, "edited by hand\n");
        const auto undo = applier.planUndo(set.id);
        QVERIFY(undo.ok() && undo->has_value());
        const auto refused = applier.undo(**undo, false);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(set.changes.at(3).target), qPrintable(refused.error()));
        // Nothing was undone anywhere: the other sides still hold the change.
        QCOMPARE(readFile(set.changes.at(0).target), set.changes.at(0).after);
        QCOMPARE(journal.entry(set.id)->status, ChangeJournal::Status::Applied);
        const auto forced = applier.undo(**applier.planUndo(set.id), true);
        QVERIFY2(forced.ok(), qPrintable(forced.error()));
        verifyAll(set, false);
    }

    void failureRestoresEverySide_data()
    {
        QTest::addColumn<int>("failAt");
        for (int step = 1; step <= 4; ++step)
            QTest::addRow("step %d", step) << step;
    }
    void failureRestoresEverySide()
    {
        QFETCH(int, failAt);
        ChangeJournal journal(path("state"));
        LocalTargets targets;
        ChangeApplier applier(journal, targets);
        applier.stepHook = [&](int step) {
            return step == failAt ? ChangeApplier::StepOutcome::Fail : ChangeApplier::StepOutcome::Go;
        };
        const ChangeSet set = threeSides();
        const auto r = applier.apply(set);
        QVERIFY(!r.ok());
        verifyAll(set, false);
        QCOMPARE(journal.entry(set.id)->status, ChangeJournal::Status::RolledBack);
    }

    void recoveryRestoresAfterACrash_data() { failureRestoresEverySide_data(); }
    void recoveryRestoresAfterACrash()
    {
        QFETCH(int, failAt);
        const ChangeSet set = threeSides();
        {
            ChangeJournal journal(path("state"));
            LocalTargets targets;
            ChangeApplier applier(journal, targets);
            applier.stepHook = [&](int step) {
                return step == failAt ? ChangeApplier::StepOutcome::Crash : ChangeApplier::StepOutcome::Go;
            };
            QVERIFY(!applier.apply(set).ok());
            QCOMPARE(journal.entry(set.id)->status, ChangeJournal::Status::Applying);
        }
        // A kill between a temporary file and its rename leaves this beside a target.
        writeFile(QFileInfo(set.changes.at(0).target).absolutePath() + QStringLiteral("/.godual-tmp.999.0"), "half");
        ChangeJournal journal(path("state"));
        LocalTargets targets;
        ChangeApplier applier(journal, targets);
        const auto report = applier.recover();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->size(), 1);
        QVERIFY(report->first().contains(set.id));
        verifyAll(set, false);
        QCOMPARE(journal.entry(set.id)->status, ChangeJournal::Status::RolledBack);
        QCOMPARE(applier.recover()->size(), 0); // once is enough
    }

    // What a person wrote after the crash is never overwritten by the recovery.
    void recoveryKeepsWhatSomeoneChangedSince()
    {
        const ChangeSet set = threeSides();
        {
            ChangeJournal journal(path("state"));
            LocalTargets targets;
            ChangeApplier applier(journal, targets);
            // Crash after the first side was written.
            applier.stepHook = [](int step) {
                return step == 2 ? ChangeApplier::StepOutcome::Crash : ChangeApplier::StepOutcome::Go;
            };
            QVERIFY(!applier.apply(set).ok());
        }
        const Change &written = set.changes.at(0); // first side: holds its new bytes now
        const Change &untouched = set.changes.at(6); // third side: never reached
        QCOMPARE(readFile(written.target), written.after);
        writeFile(written.target, "edited after the crash\n");
        writeFile(untouched.target, "also edited\n");
        ChangeJournal journal(path("state"));
        LocalTargets targets;
        ChangeApplier applier(journal, targets);
        QVERIFY(applier.recover().ok());
        QCOMPARE(readFile(written.target), std::optional<QByteArray>(QByteArray("edited after the crash\n")));
        QCOMPARE(readFile(untouched.target), std::optional<QByteArray>(QByteArray("also edited\n")));
        // The other targets of the first side are back as they were.
        QCOMPARE(readFile(set.changes.at(1).target), set.changes.at(1).before);
        QCOMPARE(readFile(set.changes.at(2).target), set.changes.at(2).before);
    }

    void journalKeepsEveryByteAndValue()
    {
        ChangeSet set = threeSides();
        Change reg;
        reg.kind = Change::Kind::Registry;
        reg.side = SideId::windows();
        reg.registryKey = QStringLiteral("HKEY_CURRENT_USER\\Environment");
        reg.registryName = QStringLiteral("Path");
        reg.target = reg.registryKey + u'\\' + reg.registryName;
        QByteArray utf16;
        for (QChar ch : QStringLiteral("%USERPROFILE%\\go\\bin;C:\\工具"))
            utf16.append(char(ch.unicode() & 0xff)).append(char(ch.unicode() >> 8));
        utf16.append(2, '\0');
        reg.beforeValue = RegistryValue::fromRaw(2, utf16);
        set.changes.append(reg);
        set.restartDistros = { QStringLiteral("A") };
        const auto back = changeSetFromJson(changeSetToJson(set));
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->id, set.id);
        QCOMPARE(back->time, set.time);
        QCOMPARE(back->changes.size(), set.changes.size());
        for (int i = 0; i < set.changes.size(); ++i) {
            QCOMPARE(back->changes.at(i).before, set.changes.at(i).before);
            QCOMPARE(back->changes.at(i).after, set.changes.at(i).after);
            QCOMPARE(back->changes.at(i).beforeValue, set.changes.at(i).beforeValue);
            QCOMPARE(back->changes.at(i).afterValue, set.changes.at(i).afterValue);
        }
        QCOMPARE(back->changes.last().beforeValue->type, RegistryValue::ExpandSz);
        QCOMPARE(back->restartDistros, set.restartDistros);
    }
};

QTEST_GUILESS_MAIN(TestChangeApplier)
#include "tst_changeapplier.moc"
