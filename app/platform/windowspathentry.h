#pragma once

#include "origin.h"
#include "registryvalue.h"

#include <QString>

namespace GoDual {

// One entry of a Windows Path value, traced back to where it is stored.
struct WindowsPathEntry {
    // Expanded text, as a process sees it.
    QString text;
    // As written in the registry, %VAR% references intact; editing writes this back.
    QString raw;
    // The registry value holding the entry; null when unknown.
    Origin origin;
    // Type of that value: an entry with %VAR% in a REG_SZ value is never expanded by Windows.
    RegistryValue::Type type = RegistryValue::Sz;

    bool operator==(const WindowsPathEntry &other) const = default;
};

} // namespace GoDual
