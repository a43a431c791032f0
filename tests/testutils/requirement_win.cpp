#include "requirement.h"

namespace GoDual::Test {

// The tests that need root (chroot distros) are Linux-only and not built for Windows; none of the
// Windows suite needs an elevated process.
bool isRoot() { return false; }

} // namespace GoDual::Test
