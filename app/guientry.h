#pragma once

namespace GoDual {

// Opens the control panel window and runs its event loop; returns the process exit code.
// Implemented by godual_ui, or by guiunavailable.cpp in a build without the UI.
int runGui(int &argc, char **argv);

} // namespace GoDual
