// Benchmark: the window's models stay responsive at scale. Views over a 50-side x 100-version
// installs matrix, a 1,000-entry PATH and the findings of that machine, each in a QTableView
// painted for real (offscreen raster): one sort step (sort and repaint) and one scroll step (a page
// down and repaint) must each stay under a frame, 16 ms. Prints the worst step of each as a row:
// name, measured, target, ratio.

#include "diagnosis/diagnosis.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/installsmatrixmodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/pathmodel.h"
#include "syntheticmachine.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>

#include <algorithm>

using namespace GoDual;

namespace {

struct Steps {
    double sortWorst = 0;
    double scrollWorst = 0;
};

double timed(const std::function<void()> &step)
{
    QElapsedTimer t;
    t.start();
    step();
    return double(t.nsecsElapsed()) / 1e6;
}

// Sort steps (every column, both orders) and page-down scroll steps over the whole table, each
// followed by a synchronous repaint of the view, as a user would see it.
Steps measure(QAbstractItemModel *model)
{
    QSortFilterProxyModel proxy;
    proxy.setSortRole(SortRole);
    proxy.setSourceModel(model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.resize(1200, 800);
    view.show();
    QApplication::processEvents();
    view.viewport()->repaint();

    Steps steps;
    for (int column = 0; column < std::min(proxy.columnCount(), 12); ++column) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            steps.sortWorst = std::max(steps.sortWorst, timed([&] {
                view.sortByColumn(column, order);
                view.viewport()->repaint();
            }));
        }
    }
    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(0);
    for (int page = 0; page < 60 && bar->value() < bar->maximum(); ++page) {
        steps.scrollWorst = std::max(steps.scrollWorst, timed([&] {
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            view.viewport()->repaint();
        }));
    }
    return steps;
}

void row(const QString &name, double ms)
{
    QTextStream(stdout) << name << '\t' << QString::number(ms, 'f', 2) << " ms\t16 ms\t"
                        << QString::number(ms / 16.0, 'f', 2) << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Snapshot snapshot;
    for (int n = 0; n < 50; ++n)
        snapshot.sides.append(Bench::syntheticDistro(n, 100, n == 0 ? 1000 : 20));

    InstallsMatrixModel matrix;
    matrix.setSnapshot(snapshot);
    PathModel path;
    path.setSide(snapshot.sides.first());
    FindingsModel findings;
    findings.setFindings(Diagnosis::run(snapshot));

    const Steps m = measure(&matrix);
    const Steps p = measure(&path);
    const Steps f = measure(&findings);
    const QString matrixName = QStringLiteral("installs matrix %1 versions x %2 sides").arg(matrix.rowCount()).arg(50);
    row(matrixName + QStringLiteral(", worst sort step"), m.sortWorst);
    row(matrixName + QStringLiteral(", worst scroll step"), m.scrollWorst);
    row(QStringLiteral("PATH of %1 entries, worst sort step").arg(path.rowCount()), p.sortWorst);
    row(QStringLiteral("PATH of %1 entries, worst scroll step").arg(path.rowCount()), p.scrollWorst);
    row(QStringLiteral("%1 findings, worst sort step").arg(findings.rowCount()), f.sortWorst);
    row(QStringLiteral("%1 findings, worst scroll step").arg(findings.rowCount()), f.scrollWorst);
    return 0;
}
