#pragma once

#include <QList>
#include <QStringView>

namespace GoDual {

// Where the entries of a Windows Path value are in its text, the way Windows splits it: at every
// ';', empty entries dropped (";;" and a trailing ';' add nothing). The one Path splitter: the scan
// expands these entries (splitWindowsPath in app/platform), a fix edits them in place and keeps
// every other character of the value as stored.
struct WindowsPathSegment {
    qsizetype start = 0; // offset of the entry's first character in the value
    qsizetype length = 0; // never 0

    bool operator==(const WindowsPathSegment &other) const = default;
};

QList<WindowsPathSegment> windowsPathSegments(QStringView value);

} // namespace GoDual
