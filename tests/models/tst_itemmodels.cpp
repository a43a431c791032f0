#include "diagnosis/diagnosis.h"
#include "itemmodels/environmentmodel.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/installsmatrixmodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/pathmodel.h"
#include "itemmodels/sidelistmodel.h"
#include "modeldump.h"
#include "origintext.h"
#include "samplemachine.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace GoDual;

using GoDual::Test::sampleMachine;

class TestItemModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sideList();
    void findings();
    void path();
    void installsMatrix();
    void environment();
    void sortsBySortRole();
    void feedingResetsTheModel();
};

void TestItemModels::sideList()
{
    const Snapshot s = sampleMachine();
    SideListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(s, Diagnosis::run(s));
    QCOMPARE(model.rowCount(), 3);
    const QString diff = ModelDump::compareWithGolden(
        ModelDump::dump(model, { SideIdRole, SeverityRole }), QStringLiteral("models/sidelist.txt"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestItemModels::findings()
{
    const Snapshot s = sampleMachine();
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(Diagnosis::run(s));
    QVERIFY(model.rowCount() > 0);
    const QString diff = ModelDump::compareWithGolden(
        ModelDump::dump(model, { FindingIdRole }), QStringLiteral("models/findings.txt"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const QModelIndex first = model.index(0, FindingsModel::MessageColumn);
    QVERIFY(!model.data(first, FixRole).toString().isEmpty());
    QVERIFY(!model.data(first, EvidenceRole).toStringList().isEmpty());
}

void TestItemModels::path()
{
    PathModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSide(sampleMachine().sides[1]);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.data(model.index(0, 0), StatusRole).toInt(), int(PathModel::GoWins));
    QCOMPARE(model.data(model.index(3, 0), StatusRole).toInt(), int(PathModel::GoShadowed));
    // go.exe is not what a Linux shell runs: neither winner nor shadowed.
    QCOMPARE(model.data(model.index(6, 0), StatusRole).toInt(), int(PathModel::NoGo));
    const QString diff = ModelDump::compareWithGolden(ModelDump::dump(model), QStringLiteral("models/path-ubuntu.txt"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestItemModels::installsMatrix()
{
    InstallsMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(sampleMachine());
    QCOMPARE(model.rowCount(), 3); // go1.23.1, go1.22.6, go1.21.13: newest first
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("go1.23.1"));
    QCOMPARE(model.data(model.index(0, 1), StatusRole).toInt(), int(InstallsMatrixModel::Active));
    QCOMPARE(model.data(model.index(1, 1), StatusRole).toInt(), int(InstallsMatrixModel::Installed));
    QCOMPARE(model.data(model.index(1, 0), StatusRole).toInt(), int(InstallsMatrixModel::Active));
    QCOMPARE(model.data(model.index(0, 2), StatusRole).toInt(), int(InstallsMatrixModel::Absent));
    const QString diff = ModelDump::compareWithGolden(ModelDump::dump(model), QStringLiteral("models/installs.txt"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestItemModels::environment()
{
    EnvironmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(sampleMachine());
    QCOMPARE(model.rowCount(), int(EnvironmentModel::variables().size()));
    const int goroot = int(EnvironmentModel::variables().indexOf(QStringLiteral("GOROOT")));
    const int gopath = int(EnvironmentModel::variables().indexOf(QStringLiteral("GOPATH")));
    const int goflags = int(EnvironmentModel::variables().indexOf(QStringLiteral("GOFLAGS")));
    QCOMPARE(model.data(model.index(goroot, 1), OriginRole).toString(), QStringLiteral("/home/dev/.profile:26"));
    // Windows' GOPATH points into the distro; Ubuntu's GOFLAGS overrode another value.
    QCOMPARE(model.data(model.index(gopath, 0), StatusRole).toInt(), int(EnvironmentModel::Conflict));
    QCOMPARE(model.data(model.index(goflags, 1), StatusRole).toInt(), int(EnvironmentModel::Conflict));
    QCOMPARE(model.data(model.index(gopath, 1), StatusRole).toInt(), int(EnvironmentModel::Normal));
    // GOROOT names /usr/local/go while the go on PATH is the SDK's.
    QCOMPARE(model.data(model.index(goroot, 1), StatusRole).toInt(), int(EnvironmentModel::Conflict));
    QCOMPARE(model.data(model.index(goroot, 2), StatusRole).toInt(), int(EnvironmentModel::Unset));
    const QString diff = ModelDump::compareWithGolden(ModelDump::dump(model), QStringLiteral("models/environment.txt"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestItemModels::sortsBySortRole()
{
    const Snapshot s = sampleMachine();
    SideListModel model;
    model.setSnapshot(s, Diagnosis::run(s));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SortRole);
    proxy.sort(SideListModel::ProblemsColumn, Qt::DescendingOrder);
    // Ubuntu has warnings; Windows and the stopped Debian have less severe findings or none.
    QCOMPARE(proxy.data(proxy.index(0, 0), SideIdRole).toString(), QStringLiteral("wsl:Ubuntu"));
}

void TestItemModels::feedingResetsTheModel()
{
    SideListModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const Snapshot s = sampleMachine();
    model.setSnapshot(s, {});
    model.setSnapshot(Snapshot(), {});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

GODUAL_GOLDEN_TEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
