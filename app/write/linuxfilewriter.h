#pragma once

#include "changeset.h"
#include "platform/processrunner.h"
#include "platform/wslcli.h"
#include "result.h"
#include "write/changetargets.h"

#include <QCoreApplication>

namespace GoDual {

// Writes the files of one Linux side with the shipped writer script (resources/write): the local
// machine by running it directly, a distro by one `wsl.exe -d NAME -u root --exec /bin/sh -c`
// call carrying all of that side's files (never through \\wsl$). As root in a distro, a file
// keeps its owner and mode, and a new one gets its folder's owner.
class LinuxFileWriter {
    Q_DECLARE_TR_FUNCTIONS(GoDual::LinuxFileWriter)

public:
    // Without `wsl`: the local side. The adapter must outlive the writer.
    LinuxFileWriter() = default;
    LinuxFileWriter(const WslCli &wsl, QString distro);

    enum class Mode { Check, Only, Force, Clean };
    // The one request for `changes` (pure; tests compare it).
    ProcessRequest request(const QList<Change> &changes, Mode mode) const;
    Result<void> write(const QList<Change> &changes, ChangeTargets::Check check) const;
    Result<void> clean(const QList<Change> &changes) const;

    static QByteArray script();

private:
    Result<void> run(const QList<Change> &changes, Mode mode) const;
    QString sideName() const;

    const WslCli *m_wsl = nullptr;
    QString m_distro;
};

} // namespace GoDual
