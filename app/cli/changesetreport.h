#pragma once

#include "changeset.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace GoDual::ChangeSetReport {

// A change as the preview shows it: a unified diff of the file, or of the registry value's
// `.reg` text, labelled with the target as its side names it.
QString diff(const Change &change);

// The plan as `fix`, `use` and `undo` print it before changing anything.
QString preview(const ChangeSet &set);

// The contract's JSON document of `fix`, `use` and `undo` ("The write path", JSON).
QJsonObject document(const ChangeSet &set, const QStringList &pending, const QStringList &restarted, bool applied);

} // namespace GoDual::ChangeSetReport
