#pragma once

// Internal to the Win32 registry code: the predefined key of a hive.
#include "registryreader.h"

#include <windows.h>

namespace GoDual::Win32 {

HKEY rootKey(Hive hive);

} // namespace GoDual::Win32
