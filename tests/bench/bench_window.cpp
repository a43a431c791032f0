// Benchmark of the window (offscreen), one table row per measurement: name, value, target, ratio.
//   bench_window start <epoch ms>   process start (time given by the caller) to the first paint of
//                                   the main window; target 1000 ms
//   bench_window stall              the longest event-loop stall while the window scans the machine
//                                   GODUAL_WSL points at (tests/bench/run: 8 fake distros, 500 ms a
//                                   wsl call); target 50 ms
//   bench_window views              worst sort and scroll step of a 50 x 100 installs matrix and a
//                                   1,000-entry PATH in real table views; target 16 ms

#include "installsmatrixmodel.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "pathmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

using namespace GoDual;

namespace {

void row(const QString &name, double value, const QString &unit, double target)
{
    QTextStream(stdout) << name << '\t' << QString::number(value, 'f', 1) << ' ' << unit << '\t' << target << ' '
                        << unit << '\t' << QString::number(value / target, 'f', 2) << '\n';
}

// Reports the first paint of a widget.
class PaintWatch : public QObject {
public:
    qint64 paintedAt = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && paintedAt == 0)
            paintedAt = QDateTime::currentMSecsSinceEpoch();
        return QObject::eventFilter(watched, event);
    }
};

int startToPaint(qint64 processStart)
{
    MainWindow window;
    PaintWatch watch;
    window.installEventFilter(&watch);
    window.show();
    QElapsedTimer limit;
    limit.start();
    while (watch.paintedAt == 0 && limit.elapsed() < 30000)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    row(QStringLiteral("window: process start to first paint"), double(watch.paintedAt - processStart),
        QStringLiteral("ms"), 1000);
    return watch.paintedAt ? 0 : 1;
}

int stallDuringScan()
{
    MainWindow window;
    QSignalSpy scanned(&window, &MainWindow::scanFinished);
    window.show();
    // A 1 ms timer: the longest gap between two of its ticks is the longest time the event loop
    // was busy elsewhere.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worst = 0;
    qint64 worstAt = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (now - last > worst) {
            worst = now - last;
            worstAt = now;
        }
        last = now;
    });
    tick.start();
    if (!scanned.wait(120000))
        return 1;
    const qint64 total = clock.elapsed();
    // Where it was, for whoever looks into it: at the end it is the window taking the snapshot in.
    QTextStream(stderr) << "longest stall ended at " << worstAt << " ms of " << total << " ms\n";
    row(QStringLiteral("window: longest event-loop stall during the scan (%1 sides, scan %2 ms)")
            .arg(window.snapshot().sides.size())
            .arg(total),
        double(worst), QStringLiteral("ms"), 50);
    return 0;
}

Snapshot bigMachine(int sides, int versions, int pathEntries)
{
    Snapshot snapshot;
    for (int s = 0; s < sides; ++s) {
        Side side;
        side.id = SideId::wsl(QStringLiteral("Distro-%1").arg(s));
        side.name = side.id.distro();
        side.scanned = true;
        for (int v = 0; v < versions; ++v) {
            if ((v + s) % 3 == 0)
                continue;
            const QString version = QStringLiteral("go1.%1.%2").arg(10 + v / 10).arg(v % 10);
            side.installs.append({ version, QStringLiteral("/home/dev/sdk/") + version, {}, QStringLiteral("sdk"),
                QStringLiteral("elf") });
        }
        for (int i = 0; i < pathEntries; ++i) {
            PathEntry e;
            e.value = QStringLiteral("/opt/tool%1/bin").arg(i);
            e.realPath = e.value;
            e.origin = QStringLiteral("/home/dev/.bashrc:%1").arg(i + 1);
            e.exists = i % 37 != 0;
            if (i % 100 == 0) {
                e.goName = QStringLiteral("go");
                e.goKind = QStringLiteral("elf");
            }
            side.path.append(e);
        }
        snapshot.sides.append(side);
    }
    return snapshot;
}

// The worst of: sorting by each column both ways, and scrolling a page at a time from top to
// bottom, each step painted at once.
double worstStep(QAbstractItemModel *model)
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(model);
    proxy.setSortRole(SortRole);
    QTableView view;
    view.setModel(&proxy);
    view.resize(1280, 720);
    view.show();
    QApplication::processEvents();
    double worst = 0;
    QElapsedTimer t;
    for (int c = 0; c < qMin(proxy.columnCount(), 12); ++c) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            t.start();
            view.sortByColumn(c, order);
            view.viewport()->repaint();
            worst = qMax(worst, t.nsecsElapsed() / 1e6);
        }
    }
    QScrollBar *bar = view.verticalScrollBar();
    for (int v = bar->minimum(); v <= bar->maximum(); v += qMax(1, bar->pageStep())) {
        t.start();
        bar->setValue(v);
        view.viewport()->repaint();
        worst = qMax(worst, t.nsecsElapsed() / 1e6);
    }
    return worst;
}

int views()
{
    const Snapshot matrix = bigMachine(50, 100, 0);
    InstallsMatrixModel installs;
    installs.setSnapshot(matrix);
    row(QStringLiteral("window: 50 x 100 installs matrix, worst sort or scroll step (%1 rows)")
            .arg(installs.rowCount()),
        worstStep(&installs), QStringLiteral("ms"), 16);
    const Snapshot paths = bigMachine(1, 0, 1000);
    PathModel path;
    path.setSide(paths.sides.first());
    row(QStringLiteral("window: 1,000-entry PATH, worst sort or scroll step"), worstStep(&path), QStringLiteral("ms"),
        16);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GoDualBench"));
    const QStringList args = QApplication::arguments();
    const QString what = args.value(1);
    if (what == u"start" && args.size() == 3)
        return startToPaint(args[2].toLongLong());
    if (what == u"stall")
        return stallDuringScan();
    if (what == u"views")
        return views();
    QTextStream(stderr) << "usage: bench_window start EPOCH_MS | stall | views\n";
    return 2;
}
