#include "fakemachine.h"
#include "processrun.h"
#include "requirement.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `godual diagnose` end to end on a fake machine: a .reg file as the registry, a folder as C:\,
// and the fake wsl.exe with real chroot distros (tests/fakes) that carry Debian's Go toolchain
// and real bash start-up files.
class TestFakeMachine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void diagnose_data();
    void diagnose();

private:
    std::unique_ptr<GoDual::Test::FakeMachine> m_machine;
};

void TestFakeMachine::initTestCase() { GODUAL_REQUIRE_ROOT(); }

void TestFakeMachine::init()
{
    m_machine = std::make_unique<GoDual::Test::FakeMachine>();
    QVERIFY2(m_machine->error().isEmpty(), qPrintable(m_machine->error()));
}

void TestFakeMachine::diagnose_data()
{
    QTest::addColumn<QString>("change"); // what the row does to the machine first
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("present"); // "side id" of findings that must be there
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<int>("wslCalls");

    // The build root's /usr (shared by the fake distros) has Debian's /usr/bin/go, which comes
    // before the Windows Path that WSL appends.
    QTest::newRow("Debian's go before the appended Windows Path")
        << "" << QStringList() << 1
        << QStringList { QStringLiteral("wsl:Ubuntu gopath-on-windows-drive"),
               QStringLiteral("wsl:Ubuntu windows-path-appended"), QStringLiteral("wsl:Ubuntu wslenv-forwards-go-vars"),
               QStringLiteral("windows wslenv-forwards-go-vars"), QStringLiteral("windows path-unexpanded-variable"),
               QStringLiteral("wsl:Debian distro-not-scanned") }
        << QStringList { QStringLiteral("wsl:Ubuntu go-shadowed-on-path"),
               QStringLiteral("wsl:Ubuntu windows-go-on-wsl-path") }
        << 2;
    QTest::newRow("Windows' Go bin put first by .profile")
        << "prepend-windows-go" << QStringList() << 1
        << QStringList { QStringLiteral("wsl:Ubuntu windows-go-on-wsl-path") } << QStringList() << 2;
    QTest::newRow("Linux Go first") << "prepend-go" << QStringList() << 1
                                    << QStringList { QStringLiteral("wsl:Ubuntu windows-path-appended") }
                                    << QStringList { QStringLiteral("wsl:Ubuntu windows-go-on-wsl-path") } << 2;
    QTest::newRow("wsl.conf line stops WSL's parser")
        << "bad-wslconf" << QStringList() << 1
        << QStringList { QStringLiteral("wsl:Ubuntu wsl-conf-ignored-lines"),
               QStringLiteral("wsl:Ubuntu windows-path-appended") }
        << QStringList() << 2;
    QTest::newRow("appendWindowsPath off") << "append-off" << QStringList() << 1 << QStringList()
                                           << QStringList { QStringLiteral("wsl:Ubuntu windows-path-appended"),
                                                  QStringLiteral("wsl:Ubuntu windows-go-on-wsl-path") }
                                           << 2;
    QTest::newRow("--wake scans the stopped distro")
        << "" << QStringList { QStringLiteral("--wake") } << 1 << QStringList()
        << QStringList { QStringLiteral("wsl:Debian distro-not-scanned") } << 3;
    QTest::newRow("--side limits the scan")
        << "" << QStringList { QStringLiteral("--side"), QStringLiteral("wsl:Ubuntu") } << 0
        << QStringList { QStringLiteral("wsl:Ubuntu gopath-on-windows-drive") }
        << QStringList { QStringLiteral("windows path-unexpanded-variable"),
               QStringLiteral("wsl:Debian distro-not-scanned") }
        << 2;
}

void TestFakeMachine::diagnose()
{
    QFETCH(QString, change);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QFETCH(int, wslCalls);

    const QString ubuntu = m_machine->distro({});
    const auto write
        = [&](const QString &file, const QByteArray &content) { QVERIFY(m_machine->write(file, content)); };
    if (change == QLatin1StringView("prepend-windows-go"))
        write(ubuntu + QStringLiteral("/home/dev/.profile"), "export PATH=\"/mnt/c/Program Files/Go/bin:$PATH\"\n");
    else if (change == QLatin1StringView("prepend-go"))
        write(ubuntu + QStringLiteral("/home/dev/.profile"), "export PATH=\"/usr/lib/go/bin:$PATH\"\n");
    else if (change == QLatin1StringView("bad-wslconf"))
        write(ubuntu + QStringLiteral("/etc/wsl.conf"), "[user]\ndefault=dev\n[ interop ]\nappendWindowsPath=false\n");
    else if (change == QLatin1StringView("append-off"))
        write(ubuntu + QStringLiteral("/etc/wsl.conf"), "[user]\ndefault=dev\n[interop]\nappendWindowsPath=false\n");

    const GoDual::ProcessRun::Outcome godual
        = m_machine->godual(QStringList { QStringLiteral("diagnose"), QStringLiteral("--json") } + args);
    const QByteArray err = godual.err.toUtf8();
    QCOMPARE(godual.exitCode, exitCode);
    const QJsonObject doc = QJsonDocument::fromJson(godual.out.toUtf8()).object();
    QCOMPARE(doc.value(QStringLiteral("schema")).toInt(), 1);

    QStringList found;
    const QJsonArray findings = doc.value(QStringLiteral("findings")).toArray();
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        found.append(f.value(QStringLiteral("side")).toString() + u' ' + f.value(QStringLiteral("id")).toString());
    }
    for (const QString &p : std::as_const(present))
        QVERIFY2(found.contains(p),
            qPrintable(
                p + QStringLiteral(" missing; found: ") + found.join(QStringLiteral(", ")) + QString::fromUtf8(err)));
    for (const QString &a : std::as_const(absent))
        QVERIFY2(!found.contains(a), qPrintable(a + QStringLiteral(" should not be there")));

    // Exactly one list call and one probe per scanned distro.
    QCOMPARE(m_machine->wslCalls().size(), wslCalls);
    QCOMPARE(QFileInfo::exists(m_machine->path(QStringLiteral("state/started-Debian"))),
        args.contains(QStringLiteral("--wake")));

    // The distro side itself: its Linux Go, with origins from the real start-up files.
    for (const QJsonValue &v : doc.value(QStringLiteral("sides")).toArray()) {
        const QJsonObject side = v.toObject();
        if (side.value(QStringLiteral("id")).toString() != QLatin1StringView("wsl:Ubuntu"))
            continue;
        QCOMPARE(side.value(QStringLiteral("state")).toString(), QStringLiteral("Running"));
        QCOMPARE(side.value(QStringLiteral("default")).toBool(), true);
        QCOMPARE(side.value(QStringLiteral("wslVersion")).toInt(), 2);
        const QJsonObject gopath
            = side.value(QStringLiteral("env")).toObject().value(QStringLiteral("GOPATH")).toObject();
        QCOMPARE(gopath.value(QStringLiteral("value")).toString(), QStringLiteral("/mnt/c/Users/dev/go"));
        QCOMPARE(gopath.value(QStringLiteral("origin")).toString(), QStringLiteral("WSLENV:GOPATH/p"));
        QVERIFY(side.value(QStringLiteral("active"))
                .toObject()
                .value(QStringLiteral("version"))
                .toString()
                .startsWith(QLatin1StringView("go1.")));
    }
}

QTEST_GUILESS_MAIN(TestFakeMachine)
#include "tst_fakemachine.moc"
