#include "snapshotmerge.h"

#include <QTest>

using namespace GoDual;

namespace {

Side side(const SideId &id, Side::State state, bool scanned, const QString &goVersion = {})
{
    Side s;
    s.id = id;
    s.name = id.kind() == SideId::Kind::Wsl ? id.distro() : id.toString();
    s.state = state;
    s.scanned = scanned;
    if (!goVersion.isEmpty())
        s.installs
            = { { goVersion, QStringLiteral("/usr/local/go"), {}, QStringLiteral("tarball"), QStringLiteral("elf") } };
    return s;
}

// "id:state:go" per side, in order; state r(unning)/s(topped), go the first install or "-".
QString describe(const Snapshot &snapshot)
{
    QStringList parts;
    for (const Side &s : snapshot.sides) {
        parts.append(s.id.toString() + u':' + (s.state == Side::State::Running ? u'r' : u's') + u':'
            + (s.installs.isEmpty() ? QStringLiteral("-") : s.installs.first().version));
    }
    return parts.join(u' ');
}

Snapshot machine()
{
    Snapshot base;
    base.sides = { side(SideId::windows(), Side::State::Running, true, QStringLiteral("go1.22.6")),
        side(SideId::wsl(QStringLiteral("Ubuntu")), Side::State::Running, true, QStringLiteral("go1.23.1")),
        side(SideId::wsl(QStringLiteral("Debian")), Side::State::Stopped, false) };
    base.errors = { QStringLiteral("wsl.exe -l -v took too long") };
    base.taken = QDateTime(QDate(2026, 1, 2), QTime(10, 0), QTimeZone::UTC);
    base.generation = 4;
    return base;
}

} // namespace

// Merging a scan of single sides (a woken distro, a side after an install) into the last full
// snapshot.
class TestSnapshotMerge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void merges_data();
    void merges();
    void keepsTimeWhenPartialHasNone();
};

void TestSnapshotMerge::merges_data()
{
    QTest::addColumn<QList<Side>>("partialSides");
    QTest::addColumn<QStringList>("partialErrors");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("expectedErrors");
    const QStringList baseErrors { QStringLiteral("wsl.exe -l -v took too long") };

    QTest::newRow("woken distro replaces the stopped one in place")
        << QList<Side> { side(
               SideId::wsl(QStringLiteral("Debian")), Side::State::Running, true, QStringLiteral("go1.21.13")) }
        << QStringList {} << QStringLiteral("windows:r:go1.22.6 wsl:Ubuntu:r:go1.23.1 wsl:Debian:r:go1.21.13")
        << baseErrors;
    QTest::newRow("distro names match case-insensitively")
        << QList<Side> { side(
               SideId::wsl(QStringLiteral("debian")), Side::State::Running, true, QStringLiteral("go1.21.13")) }
        << QStringList {} << QStringLiteral("windows:r:go1.22.6 wsl:Ubuntu:r:go1.23.1 wsl:debian:r:go1.21.13")
        << baseErrors;
    QTest::newRow("a side the base did not know is appended")
        << QList<Side> { side(SideId::wsl(QStringLiteral("Alpine")), Side::State::Running, true) } << QStringList {}
        << QStringLiteral("windows:r:go1.22.6 wsl:Ubuntu:r:go1.23.1 wsl:Debian:s:- wsl:Alpine:r:-") << baseErrors;
    QTest::newRow("two sides at once, other order")
        << QList<Side> { side(SideId::wsl(QStringLiteral("Ubuntu")), Side::State::Running, true,
                             QStringLiteral("go1.24.0")),
               side(SideId::windows(), Side::State::Running, true, QStringLiteral("go1.23.0")) }
        << QStringList {} << QStringLiteral("windows:r:go1.23.0 wsl:Ubuntu:r:go1.24.0 wsl:Debian:s:-") << baseErrors;
    QTest::newRow("new errors are added once")
        << QList<Side> {}
        << QStringList { QStringLiteral("wsl.exe -l -v took too long"), QStringLiteral("Debian did not start") }
        << QStringLiteral("windows:r:go1.22.6 wsl:Ubuntu:r:go1.23.1 wsl:Debian:s:-")
        << QStringList { QStringLiteral("wsl.exe -l -v took too long"), QStringLiteral("Debian did not start") };
    QTest::newRow("an empty scan changes no side")
        << QList<Side> {} << QStringList {} << QStringLiteral("windows:r:go1.22.6 wsl:Ubuntu:r:go1.23.1 wsl:Debian:s:-")
        << baseErrors;
}

void TestSnapshotMerge::merges()
{
    QFETCH(QList<Side>, partialSides);
    QFETCH(QStringList, partialErrors);
    QFETCH(QString, expected);
    QFETCH(QStringList, expectedErrors);
    const Snapshot base = machine();
    Snapshot partial;
    partial.sides = partialSides;
    partial.errors = partialErrors;
    partial.taken = QDateTime(QDate(2026, 1, 2), QTime(10, 5), QTimeZone::UTC);
    partial.generation = 1;

    const Snapshot merged = mergeSides(base, partial);
    QCOMPARE(describe(merged), expected);
    QCOMPARE(merged.errors, expectedErrors);
    QCOMPARE(merged.taken, partial.taken);
    QCOMPARE(merged.generation, quint64(5));
    // The base is a value: untouched.
    QCOMPARE(describe(base), QStringLiteral("windows:r:go1.22.6 wsl:Ubuntu:r:go1.23.1 wsl:Debian:s:-"));
}

void TestSnapshotMerge::keepsTimeWhenPartialHasNone()
{
    const Snapshot base = machine();
    Snapshot partial;
    partial.generation = 9;
    const Snapshot merged = mergeSides(base, partial);
    QCOMPARE(merged.taken, base.taken);
    QCOMPARE(merged.generation, quint64(10));
}

QTEST_GUILESS_MAIN(TestSnapshotMerge)
#include "tst_snapshotmerge.moc"
