#include "platform/nativeregistry.h"

namespace GoDual {

bool hasNativeRegistry() { return false; }

std::unique_ptr<Registry> openNativeRegistry() { return nullptr; }

} // namespace GoDual
