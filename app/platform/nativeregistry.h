#pragma once

#include "platform/writableregistry.h"

#include <memory>

namespace GoDual {

// The system's own registry: the Win32 one on Windows, none elsewhere. One implementation file
// per OS (nativeregistry_win.cpp, nativeregistry_unix.cpp), chosen by the build.
bool hasNativeRegistry();
// Null where there is no native registry.
std::unique_ptr<Registry> openNativeRegistry();
// The same registry, to change it; null where there is none.
std::unique_ptr<WritableRegistry> openNativeWritableRegistry();

} // namespace GoDual
