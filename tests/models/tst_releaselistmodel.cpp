#include "itemmodels/modelroles.h"
#include "itemmodels/releaselistmodel.h"
#include "releaseindex.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace GoDual;

// The install dialog's release list, fed from the release index fixture (the shape go.dev serves)
// through the real parser.
class TestReleaseListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheIndexInOrder();
    void filters_data();
    void filters();
    void archivesForPlatforms_data();
    void archivesForPlatforms();
    void sortsNewestFirstByVersion();

private:
    QList<GoRelease> m_releases;
};

namespace {

QStringList names(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(u' ', Qt::SkipEmptyParts);
}

QStringList versions(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, ReleaseListModel::VersionColumn).data().toString());
    return out;
}

} // namespace

void TestReleaseListModel::initTestCase()
{
    const Result<QList<GoRelease>> parsed
        = ReleaseIndex::parse(TestData::fixture(QStringLiteral("releases/index-all.json")));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    m_releases = parsed.value();
    QVERIFY(m_releases.size() >= 8);
}

void TestReleaseListModel::showsTheIndexInOrder()
{
    ReleaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlatforms({ QStringLiteral("linux/amd64") });
    model.setReleases(m_releases);
    QCOMPARE(model.rowCount(), m_releases.size());
    QCOMPARE(model.columnCount(), int(ReleaseListModel::ColumnCount));
    QCOMPARE(model.index(0, ReleaseListModel::VersionColumn).data().toString(), QStringLiteral("go1.23rc2"));
    QCOMPARE(model.index(0, 0).data(StatusRole).toInt(), int(ReleaseListModel::Prerelease));
    QCOMPARE(model.index(1, ReleaseListModel::VersionColumn).data().toString(), QStringLiteral("go1.22.6"));
    QCOMPARE(model.index(1, ReleaseListModel::ChannelColumn).data().toString(), QStringLiteral("Stable"));
    QCOMPARE(model.release(1)->version.toString(), QStringLiteral("go1.22.6"));
    QVERIFY(!model.release(int(m_releases.size())));
    model.setReleases({});
    QCOMPARE(model.rowCount(), 0);
}

void TestReleaseListModel::filters_data()
{
    QTest::addColumn<bool>("all");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("stable by default") << false << QString()
                                       << names("go1.22.6 go1.22.5 go1.22.0 go1.21.13 go1.21.0 go1.20.14");
    QTest::newRow("all on request")
        << true << QString() << names("go1.23rc2 go1.22.6 go1.22.5 go1.22.0 go1.22rc1 go1.21.13 go1.21.0 go1.20.14");
    QTest::newRow("search 1.22") << false << QStringLiteral("1.22") << names("go1.22.6 go1.22.5 go1.22.0");
    QTest::newRow("search 1.22 with pre-releases")
        << true << QStringLiteral(" 1.22") << names("go1.22.6 go1.22.5 go1.22.0 go1.22rc1");
    QTest::newRow("search rc, stable only") << false << QStringLiteral("RC") << names("");
    QTest::newRow("search rc") << true << QStringLiteral("rc") << names("go1.23rc2 go1.22rc1");
    QTest::newRow("nothing matches") << true << QStringLiteral("go2") << names("");
}

void TestReleaseListModel::filters()
{
    QFETCH(bool, all);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    ReleaseListModel model;
    ReleaseFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReleases(m_releases);
    filter.setShowAll(all);
    filter.setSearchText(search);
    QCOMPARE(versions(filter), expected);
    // Back to the defaults: the stable list again.
    filter.setSearchText({});
    filter.setShowAll(false);
    QCOMPARE(filter.rowCount(), 6);
}

void TestReleaseListModel::archivesForPlatforms_data()
{
    QTest::addColumn<QStringList>("platforms");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("expected");
    QTest::newRow("linux amd64") << names("linux/amd64") << QStringLiteral("go1.22.6") << QStringLiteral("linux/amd64");
    QTest::newRow("two sides") << names("linux/amd64 windows/amd64") << QStringLiteral("go1.22.6")
                               << QStringLiteral("linux/amd64, windows/amd64");
    QTest::newRow("no such port") << names("linux/amd64 plan9/mips") << QStringLiteral("go1.22.6")
                                  << QStringLiteral("none for plan9/mips; linux/amd64");
}

void TestReleaseListModel::archivesForPlatforms()
{
    QFETCH(QStringList, platforms);
    QFETCH(QString, version);
    QFETCH(QString, expected);
    ReleaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReleases(m_releases);
    model.setPlatforms(platforms);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.release(r)->version.toString() == version)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ReleaseListModel::ArchivesColumn).data().toString(), expected);
}

void TestReleaseListModel::sortsNewestFirstByVersion()
{
    ReleaseListModel model;
    ReleaseFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReleases(m_releases);
    filter.setShowAll(true);
    filter.sort(ReleaseListModel::VersionColumn, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("go1.20.14"));
    filter.sort(ReleaseListModel::VersionColumn, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("go1.23rc2"));
    // By channel: the stable ones together.
    filter.sort(ReleaseListModel::ChannelColumn, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, 0).data(StatusRole).toInt(), int(ReleaseListModel::Prerelease));
    QCOMPARE(filter.index(1, 0).data(StatusRole).toInt(), int(ReleaseListModel::Prerelease));
    QCOMPARE(filter.index(2, 0).data(StatusRole).toInt(), int(ReleaseListModel::Stable));
}

QTEST_GUILESS_MAIN(TestReleaseListModel)
#include "tst_releaselistmodel.moc"
