#pragma once

#include <QString>

namespace GoDual::DiagnosticsDocs {

// The docs/diagnostics.md section of one finding id (Markdown, without its heading), as shipped in
// the resources; empty when the id has none.
QString section(const QString &findingId);

} // namespace GoDual::DiagnosticsDocs
