#include "diagnosticsdocs.h"

#include <QFile>

namespace GoDual::DiagnosticsDocs {

QString section(const QString &findingId)
{
    static const QString text = [] {
        QFile f(QStringLiteral(":/docs/diagnostics.md"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }();
    const QString heading = QStringLiteral("\n## ") + findingId + u'\n';
    const qsizetype start = text.indexOf(heading);
    if (start < 0)
        return {};
    const qsizetype body = start + heading.size();
    const qsizetype next = text.indexOf(QStringLiteral("\n## "), body);
    return text.mid(body, next < 0 ? -1 : next - body).trimmed();
}

} // namespace GoDual::DiagnosticsDocs
