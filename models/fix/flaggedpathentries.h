#pragma once

#include "snapshot.h"

#include <QHash>
#include <QList>
#include <QString>

namespace GoDual {

// The few PATH entries of a side that fixes look for, gathered in one pass per side and kept for
// one plan: fix-all looks up one missing or repeated folder per finding, and a side's PATH can
// hold a thousand entries.
class FlaggedPathEntries {
public:
    // Indexes into `side.path`, in PATH order: the entries whose folder does not exist.
    const QList<qsizetype> &missing(const Side &side) { return of(side).missing; }
    // The later occurrences of a folder PATH already holds.
    const QList<qsizetype> &repeated(const Side &side) { return of(side).repeated; }
    // The entries WSL appended from Windows' Path (appendWindowsPath) that are the folders of the
    // Windows tools people run from a distro: VS Code's `code`, explorer.exe, clip.exe, cmd.exe.
    const QList<qsizetype> &appendedWindowsTools(const Side &side) { return of(side).windowsTools; }

private:
    struct Flagged {
        QList<qsizetype> missing;
        QList<qsizetype> repeated;
        QList<qsizetype> windowsTools;
    };
    const Flagged &of(const Side &side);

    QHash<QString, Flagged> m_sides; // by side id
};

} // namespace GoDual
