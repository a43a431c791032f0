#pragma once

#include "platform/processrunner.h"
#include "snapshot.h"

#include <QObject>

namespace GoDual {

// Probes one Linux side with the shipped probe script: the local machine directly, a distro
// through one `wsl.exe -d NAME --exec /bin/sh -s NONCE` call. Emits finished() exactly once;
// side() then holds what was found, or a side whose scanError says why it could not be read.
class SideProbe : public QObject {
    Q_OBJECT

public:
    SideProbe(SideId id, ProcessRunner &runner, QObject *parent = nullptr);

    // `wsl` is the wsl.exe to call for distro sides; ignored for the local side. The probe is
    // killed after `timeoutMs` (its login shell has 10 s of it).
    void start(const QString &wsl = {}, int timeoutMs = kDefaultTimeoutMs);
    static constexpr int kDefaultTimeoutMs = 25'000;
    const Side &side() const { return m_side; }

    // The probe script shipped in the resources.
    static QByteArray script();

Q_SIGNALS:
    void finished();

private:
    void handle(const ProcessResult &result, const QString &nonce);

    SideId m_id;
    ProcessRunner &m_runner;
    Side m_side;
};

} // namespace GoDual
