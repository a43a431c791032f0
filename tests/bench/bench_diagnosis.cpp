// Benchmark: diagnosing a large machine (50 distros and a Windows side, 1,000 PATH entries each)
// must take < 5 ms. Prints one table row per measurement: name, median, target, ratio.

#include "diagnosis.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace GoDual;

namespace {

Side bigDistro(int n)
{
    Side s;
    s.id = SideId::wsl(QStringLiteral("Distro-%1").arg(n));
    s.name = s.id.distro();
    s.scanned = true;
    s.kernelModulesPresent = true;
    s.interop = InteropSettings();
    s.installs = { { QStringLiteral("go1.22.6"), QStringLiteral("/usr/local/go"), {}, QStringLiteral("tarball"),
        QStringLiteral("elf") } };
    s.active = ActiveGo { QStringLiteral("/usr/local/go/bin/go"), QStringLiteral("go1.22.6"),
        QStringLiteral("/usr/local/go"), QStringLiteral("elf") };
    s.env.insert(QStringLiteral("GOPATH"), { QStringLiteral("/home/dev/go"), QStringLiteral("default"), {} });
    s.env.insert(
        QStringLiteral("GOROOT"), { QStringLiteral("/usr/local/go"), QStringLiteral("/home/dev/.profile:3"), {} });
    for (int i = 0; i < 1000; ++i) {
        PathEntry e;
        e.value = i < 500 ? QStringLiteral("/opt/tool%1/bin").arg(i) : QStringLiteral("/mnt/c/Tools/t%1").arg(i);
        e.realPath = e.value;
        e.origin = i < 500 ? QStringLiteral("/home/dev/.bashrc:%1").arg(i) : QStringLiteral("appendWindowsPath");
        e.onWindowsDrive = i >= 500;
        // A long but ordinary PATH: a few stale and repeated entries, as real ones have.
        e.exists = i % 97 != 0;
        e.duplicate = i % 199 == 198;
        if (e.duplicate) {
            e.value = QStringLiteral("/opt/tool%1/bin").arg(i % 100);
            e.realPath = e.value;
        }
        if (i % 100 == 0) {
            e.goName = QStringLiteral("go");
            e.goKind = QStringLiteral("elf");
            e.goRealPath = e.value + QStringLiteral("/go");
        }
        s.path.append(e);
    }
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Snapshot snapshot;
    for (int n = 0; n < 50; ++n)
        snapshot.sides.append(bigDistro(n));

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
