#include "windowspath.h"

namespace GoDual {

QList<WindowsPathSegment> windowsPathSegments(QStringView value)
{
    QList<WindowsPathSegment> segments;
    qsizetype start = 0;
    while (start <= value.size()) {
        qsizetype end = value.indexOf(u';', start);
        if (end < 0)
            end = value.size();
        if (end > start)
            segments.append({ start, end - start });
        start = end + 1;
    }
    return segments;
}

} // namespace GoDual
