#pragma once

#include "finding.h"
#include "snapshot.h"

#include <QCoreApplication>

namespace GoDual::Rules {

inline QString tr(const char *text) { return QCoreApplication::translate("GoDual::Rules", text); }

inline Finding finding(const char *id, Finding::Severity severity, const Side &side, QString message,
    QStringList evidence = {}, QString fix = {})
{
    return { QString::fromLatin1(id), severity, side.id, std::move(message), std::move(evidence), std::move(fix), {} };
}

// `f` with what it is about, for the fix that resolves it (Finding::subjects).
inline Finding about(QStringList subjects, Finding f)
{
    f.subjects = std::move(subjects);
    return f;
}

inline QString originNote(const EnvValue &v) { return v.value + QStringLiteral(" (") + v.origin.toString() + u')'; }

// The origin's contract text, for messages.
inline QString text(const Origin &origin) { return origin.toString(); }

inline bool isWsl(const Side &side) { return side.id.kind() == SideId::Kind::Wsl; }

inline bool isWindows(const Side &side) { return side.id.kind() == SideId::Kind::Windows; }

// The name `go` has on the side's PATH.
inline QLatin1StringView goName(const Side &side)
{
    return isWindows(side) ? QLatin1StringView("go.exe") : QLatin1StringView("go");
}

} // namespace GoDual::Rules
