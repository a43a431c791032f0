#include "requirement.h"

#include <unistd.h>

namespace GoDual::Test {

bool isRoot() { return ::geteuid() == 0; }

} // namespace GoDual::Test
