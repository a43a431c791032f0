#include "platform/nativeregistry.h"

namespace GoDual {

bool hasNativeRegistry() { return false; }

std::unique_ptr<Registry> openNativeRegistry() { return nullptr; }

std::unique_ptr<WritableRegistry> openNativeWritableRegistry() { return nullptr; }

} // namespace GoDual
