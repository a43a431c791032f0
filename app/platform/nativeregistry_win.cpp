#include "platform/nativeregistry.h"
#include "platform/win32registry.h"

namespace GoDual {

bool hasNativeRegistry() { return true; }

std::unique_ptr<Registry> openNativeRegistry() { return std::make_unique<Win32Registry>(); }

std::unique_ptr<WritableRegistry> openNativeWritableRegistry() { return std::make_unique<Win32Registry>(); }

} // namespace GoDual
