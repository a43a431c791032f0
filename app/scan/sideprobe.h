#pragma once

#include "platform/processrunner.h"
#include "platform/wslcli.h"
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

    // Distro sides go through `wsl` (its probe request and time limit); the local side runs
    // /bin/sh directly with the same arguments and time limit.
    void start(const WslCli &wsl = WslCli());
    static constexpr int kDefaultTimeoutMs = WslCli::kProbeTimeoutMs;
    const Side &side() const { return m_side; }

    // The probe script shipped in the resources.
    static QByteArray script();
    // Its arguments: the nonce, then the Linux install locations of InstallLocations (the one
    // list of where Go is looked for).
    static QStringList arguments(const QString &nonce);

Q_SIGNALS:
    void finished();

private:
    void handle(const ProcessResult &result, const QString &nonce);

    SideId m_id;
    ProcessRunner &m_runner;
    Side m_side;
};

} // namespace GoDual
