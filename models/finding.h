#pragma once

#include "sideid.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace GoDual {

// One diagnosed problem. `id` is stable (the contract's catalogue, docs/diagnostics.md); the
// message names the exact file and line, registry value or WSLENV entry responsible.
struct Finding {
    enum class Severity { Info, Warning, Error };

    QString id;
    Severity severity = Severity::Info;
    SideId side;
    QString message;
    QStringList evidence;
    QString fix; // how to resolve it, in words; empty when there is nothing to do
    // What it is about, for the fix that edits its origin: the variables (GOROOT), PATH entries,
    // WSLENV entry and its origin, registry key and value name, or wsl.conf line, by id
    // (docs/diagnostics.md). Not part of the JSON document.
    QStringList subjects;

    static QString severityName(Severity severity);
};

} // namespace GoDual
