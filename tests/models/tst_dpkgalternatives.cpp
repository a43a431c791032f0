// update-alternatives' administrative file read as dpkg writes it: the fixtures in
// tests/data/alternatives follow the format dpkg's update-alternatives writes (checked against
// its output), and the real update-alternatives writes one in a private folder.
#include "dpkgalternatives.h"
#include "requirement.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GoDual;

class TestDpkgAlternatives : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void namesWhatIsWrong_data();
    void namesWhatIsWrong();
    void stateLine();
    void readsWhatUpdateAlternativesWrites();
};

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(GODUAL_TEST_DATA "/alternatives/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

using Choices = QList<AlternativeGroup::Choice>;

} // namespace

void TestDpkgAlternatives::parses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("manual");
    QTest::addColumn<QString>("link");
    QTest::addColumn<Choices>("choices");
    QTest::newRow("auto, two choices with a slave")
        << QStringLiteral("auto-two-choices") << false << QStringLiteral("/usr/bin/go")
        << Choices { { QStringLiteral("/usr/lib/go-1.21/bin/go"), 121 },
               { QStringLiteral("/usr/lib/go-1.22/bin/go"), 122 } };
    QTest::newRow("manual, no slaves") << QStringLiteral("manual-no-slaves") << true
                                       << QStringLiteral("/usr/local/bin/go")
                                       << Choices { { QStringLiteral("/opt/go/bin/go"), 50 } };
}

void TestDpkgAlternatives::parses()
{
    QFETCH(QString, file);
    QFETCH(bool, manual);
    QFETCH(QString, link);
    QFETCH(Choices, choices);
    const QByteArray bytes = fixture(file);
    QVERIFY(!bytes.isEmpty());
    const auto group = DpkgAlternatives::parse(QStringLiteral("go"), bytes, QStringLiteral("/opt/go/bin/go"), file);
    QVERIFY2(group, qPrintable(group.error()));
    QCOMPARE(group->name, QStringLiteral("go"));
    QCOMPARE(group->manual, manual);
    QCOMPARE(group->link, link);
    QCOMPARE(group->choices, choices);
    QCOMPARE(group->value, QStringLiteral("/opt/go/bin/go"));
    QVERIFY(group->hasChoice(choices.first().path));
    QVERIFY(!group->hasChoice(QStringLiteral("/usr/bin/go")));
}

void TestDpkgAlternatives::namesWhatIsWrong_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message"); // after "FILE:"
    QTest::newRow("mode") << QStringLiteral("bad-mode") << QStringLiteral("1: expected the mode, auto or manual");
    QTest::newRow("relative link") << QStringLiteral("relative-link")
                                   << QStringLiteral("2: expected the master link, an absolute path");
    QTest::newRow("slaves never end") << QStringLiteral("slaves-unterminated")
                                      << QStringLiteral("5: the list of slave links does not end with an empty line");
    QTest::newRow("priority") << QStringLiteral("priority-not-a-number")
                              << QStringLiteral("5: choice /opt/go/bin/go has no priority");
    QTest::newRow("choice without its slave") << QStringLiteral(
        "choice-lacks-slaves") << QStringLiteral("8: choice /usr/lib/go-1.21/bin/go lacks its slave paths");
    QTest::newRow("no choice") << QStringLiteral("no-choices") << QStringLiteral("4: no choice is registered for go");
    QTest::newRow("empty file") << QString() << QStringLiteral("1: expected the mode, auto or manual");
}

void TestDpkgAlternatives::namesWhatIsWrong()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const auto group = DpkgAlternatives::parse(
        QStringLiteral("go"), file.isEmpty() ? QByteArray() : fixture(file), QString(), QStringLiteral("admin/go"));
    QVERIFY(!group);
    QCOMPARE(group.error(), QStringLiteral("admin/go:") + message);
}

void TestDpkgAlternatives::stateLine()
{
    AlternativeGroup group;
    group.value = QStringLiteral("/usr/lib/go-1.21/bin/go");
    QCOMPARE(group.state(), QByteArray("auto /usr/lib/go-1.21/bin/go\n"));
    group.manual = true;
    QCOMPARE(group.state(), QByteArray("manual /usr/lib/go-1.21/bin/go\n"));
}

void TestDpkgAlternatives::readsWhatUpdateAlternativesWrites()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("update-alternatives"));
    GODUAL_REQUIRE_OR_SKIP(!tool.isEmpty(), "update-alternatives (Debian package dpkg)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString d = dir.path();
    for (const QString &sdk : { QStringLiteral("/a/bin"), QStringLiteral("/b/bin"), QStringLiteral("/admin"),
             QStringLiteral("/alt"), QStringLiteral("/link") }) {
        QVERIFY(QDir().mkpath(d + sdk));
    }
    for (const char *go : { "/a/bin/go", "/b/bin/go", "/a/bin/gofmt", "/b/bin/gofmt" }) {
        QFile f(d + QLatin1StringView(go));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.start(tool,
            QStringList { QStringLiteral("--altdir"), d + QStringLiteral("/alt"), QStringLiteral("--admindir"),
                d + QStringLiteral("/admin"), QStringLiteral("--log"), d + QStringLiteral("/log") }
                + args);
        return p.waitForFinished(60'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    const QString link = d + QStringLiteral("/link/go");
    for (const auto &[sdk, priority] :
        { std::pair { QStringLiteral("/a"), 110 }, std::pair { QStringLiteral("/b"), 120 } }) {
        QVERIFY(run({ QStringLiteral("--install"), link, QStringLiteral("go"), d + sdk + QStringLiteral("/bin/go"),
            QString::number(priority), QStringLiteral("--slave"), d + QStringLiteral("/link/gofmt"),
            QStringLiteral("gofmt"), d + sdk + QStringLiteral("/bin/gofmt") }));
    }
    QVERIFY(run({ QStringLiteral("--set"), QStringLiteral("go"), d + QStringLiteral("/a/bin/go") }));
    QFile admin(d + QStringLiteral("/admin/go"));
    QVERIFY(admin.open(QIODevice::ReadOnly));
    const QString value = QFile::symLinkTarget(d + QStringLiteral("/alt/go"));
    const auto group = DpkgAlternatives::parse(QStringLiteral("go"), admin.readAll(), value, admin.fileName());
    QVERIFY2(group, qPrintable(group.error()));
    QVERIFY(group->manual);
    QCOMPARE(group->link, link);
    QCOMPARE(group->value, d + QStringLiteral("/a/bin/go"));
    QCOMPARE(group->choices,
        (Choices { { d + QStringLiteral("/a/bin/go"), 110 }, { d + QStringLiteral("/b/bin/go"), 120 } }));
}

QTEST_GUILESS_MAIN(TestDpkgAlternatives)
#include "tst_dpkgalternatives.moc"
