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

    static QString severityName(Severity severity);
};

} // namespace GoDual
