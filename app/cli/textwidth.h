#pragma once

#include <QString>

namespace GoDual::TextWidth {

// Columns `text` takes in a terminal: East Asian wide and full-width characters take two, as
// Chinese labels do, combining marks none. QString::size() counts UTF-16 units instead, which
// misaligns every table with a translated header.
qsizetype columns(QStringView text);

// `text` followed by spaces up to `width` columns (nothing added when it is wider already).
QString padded(const QString &text, qsizetype width);

} // namespace GoDual::TextWidth
