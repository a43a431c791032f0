// ChangeJob, the window's way to change the machine: the same journaled, all-or-nothing write as
// `godual fix`, on a worker thread, finished() once and only from the event loop. The local
// side's files are written by the real writer script; the state folder is a temporary one.
#include "changeset.h"
#include "write/changeapplier.h"
#include "write/changejob.h"
#include "write/changejournal.h"
#include "write/machinechangetargets.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace GoDual;

namespace {

std::optional<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

ChangeSet setOf(const QString &path, std::optional<QByteArray> before, std::optional<QByteArray> after)
{
    Change c;
    c.side = SideId::local();
    c.target = path;
    c.reasons = { QStringLiteral("rc-conflicting-exports") };
    c.before = std::move(before);
    c.after = std::move(after);
    ChangeSet set;
    set.time = QDateTime::currentDateTimeUtc();
    set.id = ChangeSet::newId(set.time);
    set.summary = QStringLiteral("fix rc-conflicting-exports");
    set.changes = { c };
    return set;
}

} // namespace

class TestChangeJob : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    // Starts `job` and waits for its one finished(); checks that it did not come from start().
    void run(ChangeJob *job)
    {
        QSignalSpy finished(job, &ChangeJob::finished);
        QThread *caller = QThread::currentThread();
        bool fromCaller = false;
        connect(job, &ChangeJob::finished, this, [&] { fromCaller = QThread::currentThread() == caller; });
        job->start();
        QCOMPARE(finished.count(), 0);
        QVERIFY(job->isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(fromCaller);
        QTest::qWait(0);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!job->isRunning());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("GODUAL_STATE_DIR", m_dir.filePath(QStringLiteral("state")).toUtf8());
        // No WSL and no Windows here: only the local side is changed.
        qunsetenv("GODUAL_WSL");
        qunsetenv("GODUAL_REGISTRY");
        qunsetenv("GODUAL_WINDOWS_ROOT");
    }

    void init()
    {
        m_file = m_dir.filePath(QStringLiteral("home/.profile"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("export GOROOT=/old\r\nexport PATH=\"$PATH:$HOME/go/bin\"");
    }

    void appliesThenUndoesEveryByte()
    {
        const QByteArray original = *readFile(m_file);
        const QByteArray changed = ": # disabled by godual: export GOROOT=/old\r\nexport PATH=\"$PATH:$HOME/go/bin\"";
        const ChangeSet set = setOf(m_file, original, changed);
        std::unique_ptr<ChangeJob> job(ChangeJob::apply(set, false));
        run(job.get());
        QVERIFY2(job->result().ok(), qPrintable(job->result().error()));
        QCOMPARE(readFile(m_file), std::optional<QByteArray>(changed));
        QVERIFY(job->restarted().isEmpty());

        ChangeJournal journal(ChangeJournal::defaultStateDir());
        auto history = journal.history();
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().set.id, set.id);

        MachineChangeTargets targets(MachineSeams::fromEnvironment());
        auto undoSet = ChangeApplier(journal, targets).planUndo(set.id);
        QVERIFY(undoSet.ok() && undoSet->has_value());
        std::unique_ptr<ChangeJob> undo(ChangeJob::undo(**undoSet, false, false));
        run(undo.get());
        QVERIFY2(undo->result().ok(), qPrintable(undo->result().error()));
        QCOMPARE(readFile(m_file), std::optional<QByteArray>(original));
        history = journal.history();
        QVERIFY(history.ok());
        // The undo set itself is not history; the set it undid says so.
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().status, ChangeJournal::Status::Undone);
    }

    void aTargetChangedSinceTheScanStopsIt()
    {
        // Planned from bytes the file no longer has: nothing is written, the failure names it.
        const QByteArray now = *readFile(m_file);
        std::unique_ptr<ChangeJob> job(
            ChangeJob::apply(setOf(m_file, QByteArray("what the scan saw\n"), QByteArray("new\n")), false));
        run(job.get());
        QVERIFY(!job->result().ok());
        QVERIFY2(job->result().error().contains(m_file), qPrintable(job->result().error()));
        QCOMPARE(readFile(m_file), std::optional<QByteArray>(now));
    }

    void deletingARunningJobWaitsForTheWrite()
    {
        const QByteArray original = *readFile(m_file);
        const QByteArray changed = original + "\n# >>> godual >>>\nunset GOROOT\n# <<< godual <<<\n";
        auto *job = ChangeJob::apply(setOf(m_file, original, changed), false);
        job->start();
        delete job; // the window closing while the job runs
        // The write finished (or never began): the file is all old or all new, never partial.
        const auto bytes = readFile(m_file);
        QVERIFY(bytes == std::optional<QByteArray>(original) || bytes == std::optional<QByteArray>(changed));
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("home"))).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral(".profile") });
    }
};

QTEST_GUILESS_MAIN(TestChangeJob)
#include "tst_changejob.moc"
