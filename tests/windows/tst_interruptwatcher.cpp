#include "platform/interruptwatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <windows.h>

using namespace GoDual;

// Ctrl-C in a console reaches GoDual as the console's control event; the watcher turns it into
// interrupted() on its own thread, so `godual install` can clean up and exit 130.
class TestInterruptWatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ctrlCBecomesASignal_data();
    void ctrlCBecomesASignal();
};

void TestInterruptWatcher::initTestCase()
{
    // The test needs a console to send the event to: Wine makes one of the terminal it runs in
    // (ctest runs this test in a pseudo-terminal for that, see CMakeLists.txt).
    if (GetConsoleWindow() == nullptr && !AllocConsole())
        QFAIL("no console to deliver a control event to");
}

void TestInterruptWatcher::ctrlCBecomesASignal_data()
{
    QTest::addColumn<int>("event");
    QTest::newRow("Ctrl-C") << int(CTRL_C_EVENT);
    // Ctrl-Break is handled the same way; Wine 10 never delivers it to its own console's group, so
    // it has no row here.
}

void TestInterruptWatcher::ctrlCBecomesASignal()
{
    QFETCH(int, event);
    InterruptWatcher watcher;
    QSignalSpy interrupted(&watcher, &InterruptWatcher::interrupted);
    // Group 0: every process on this console, this one included.
    QVERIFY(GenerateConsoleCtrlEvent(DWORD(event), 0));
    QVERIFY(interrupted.wait());
    QCOMPARE(interrupted.count(), 1);
}

QTEST_GUILESS_MAIN(TestInterruptWatcher)
#include "tst_interruptwatcher.moc"
