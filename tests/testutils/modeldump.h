#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace GoDual::ModelDump {

// A model as readable text: the header, then one line per row with every column's display
// text separated by " | "; extra roles of the row's first cell follow as [role=value]. Compared with goldens
// under tests/data, so a change in what a pane would show is visible in review.
QString dump(const QAbstractItemModel &model, const QList<int> &extraRoles = {});

// Compares `actual` with tests/data/<relativePath>. With GODUAL_UPDATE_GOLDENS=1 in the
// environment the golden is rewritten instead (then review the diff). Returns an empty string
// when they match, else a unified description of the first difference.
QString compareWithGolden(const QString &actual, const QString &relativePath);

} // namespace GoDual::ModelDump
