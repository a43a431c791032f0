// Benchmark: diagnosing a large machine (50 distros and a Windows side, 1,000 PATH entries each)
// must take < 5 ms. Prints one table row per measurement: name, median, target, ratio.

#include "diagnosis/diagnosis.h"
#include "syntheticmachine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace GoDual;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Snapshot snapshot;
    for (int n = 0; n < 50; ++n)
        snapshot.sides.append(Bench::syntheticDistro(n, 1, 1000));

    QList<double> ms;
    qsizetype findings = 0;
    for (int run = 0; run < 15; ++run) {
        QElapsedTimer t;
        t.start();
        findings = Diagnosis::run(snapshot).size();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    // Where the time goes, rule by rule (median of 15), printed to stderr for whoever optimizes.
    for (const Diagnosis::Rule &rule : Diagnosis::rules()) {
        QList<double> r;
        for (int run = 0; run < 15; ++run) {
            QElapsedTimer t;
            t.start();
            (void)rule.check(snapshot);
            r.append(t.nsecsElapsed() / 1e6);
        }
        std::sort(r.begin(), r.end());
        QTextStream(stderr) << "  " << rule.id << ' ' << QString::number(r[r.size() / 2], 'f', 3) << " ms\n";
    }
    const double median = ms[ms.size() / 2];
    QTextStream(stdout) << "diagnosis 50 distros x 1000 PATH entries (" << findings << " findings)\t"
                        << QString::number(median, 'f', 2) << " ms\t5 ms\t" << QString::number(median / 5.0, 'f', 2)
                        << '\n';
    return 0;
}
