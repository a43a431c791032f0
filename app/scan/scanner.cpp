#include "scanner.h"

#include "sideprobe.h"

#include <QTimer>

namespace GoDual {

Scanner::Scanner(ProcessRunner &runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
}

void Scanner::start(const ScanOptions &options)
{
    const quint64 generation = ++m_generation;
    m_building = Snapshot();
    m_building.generation = generation;
    m_building.taken = QDateTime::currentDateTimeUtc();
    // Without a Windows host the machine GoDual runs on is the one side.
    QList<SideId> sides { SideId::local() };
    if (!options.only.isEmpty()) {
        QList<SideId> wanted;
        for (const SideId &id : std::as_const(sides)) {
            if (options.only.contains(id))
                wanted.append(id);
        }
        sides = wanted;
    }
    m_pending = int(sides.size());
    if (m_pending == 0) {
        // Still asynchronous, so callers see the same order of events in every case.
        QTimer::singleShot(0, this, [this, generation] {
            if (generation != m_generation)
                return;
            m_snapshot = m_building;
            Q_EMIT finished();
        });
        return;
    }
    for (const SideId &id : std::as_const(sides))
        probe(id, generation);
}

void Scanner::probe(const SideId &id, quint64 generation)
{
    auto *p = new SideProbe(id, m_runner, this);
    connect(p, &SideProbe::finished, this, [this, p, generation] {
        sideDone(p->side(), generation);
        p->deleteLater();
    });
    p->start();
}

void Scanner::sideDone(const Side &side, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_building.sides.append(side);
    Q_EMIT sideFinished(side.id);
    if (--m_pending == 0) {
        m_snapshot = m_building;
        Q_EMIT finished();
    }
}

} // namespace GoDual
