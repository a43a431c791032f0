// Benchmark: planning "fix all" on a large machine (50 distros, 1,000 PATH entries each) must
// take < 10 ms. Prints one table row: name, median, target, ratio; and, measured in the same run,
// the plan's time against diagnosing the same machine (the baseline every fix starts from).

#include "diagnosis/diagnosis.h"
#include "fix/fixplanner.h"
#include "syntheticmachine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace GoDual;

namespace {

double medianMs(const std::function<void()> &work)
{
    QList<double> ms;
    for (int run = 0; run < 15; ++run) {
        QElapsedTimer t;
        t.start();
        work();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Snapshot snapshot;
    for (int n = 0; n < 50; ++n) {
        Side side = Bench::syntheticDistro(n, 1, 1000);
        // What a scan gives a fix to plan from: the user's shell and start-up file.
        side.home = QStringLiteral("/home/dev");
        side.shell = QStringLiteral("/bin/bash");
        side.startupFiles = { side.home + QStringLiteral("/.profile") };
        side.files.insert(
            side.home + QStringLiteral("/.profile"), QByteArray("export GOROOT=/usr/local/go\n").repeated(40));
        snapshot.sides.append(side);
    }
    const QList<Finding> findings = Diagnosis::run(snapshot);
    FixPlan plan;
    const double planning = medianMs([&] { plan = FixPlanner::plan(snapshot, findings); });
    const double diagnosis = medianMs([&] { (void)Diagnosis::run(snapshot); });
    QTextStream(stderr) << "  fix all: " << plan.fixed.size() << " findings fixed, " << plan.notFixed.size() << " not, "
                        << plan.set.changes.size() << " changes; diagnosis of the same machine "
                        << QString::number(diagnosis, 'f', 2) << " ms, plan/diagnosis "
                        << QString::number(planning / diagnosis, 'f', 2) << '\n';
    QMap<QString, int> why;
    for (const QString &n : std::as_const(plan.notFixed))
        ++why[n.section(u' ', 0, 0) + QStringLiteral(": ") + n.section(QStringLiteral(": "), 1).left(60)];
    for (auto it = why.cbegin(); it != why.cend(); ++it)
        QTextStream(stderr) << "  not fixed x" << it.value() << ": " << it.key() << '\n';
    QTextStream(stdout) << "plan fix-all 50 distros x 1000 PATH entries (" << plan.set.changes.size() << " changes)\t"
                        << QString::number(planning, 'f', 2) << " ms\t10 ms\t"
                        << QString::number(planning / 10.0, 'f', 2) << '\n';
    return 0;
}
