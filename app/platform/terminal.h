#pragma once

namespace GoDual::Terminal {

enum class Stream { In, Out, Err };

// Makes the standard streams usable for a command, before anything is printed. On Windows a
// GUI-subsystem godual.exe run with a command from a console attaches to that console (so
// `godual.exe diagnose` prints where it was typed, not nowhere), and a console's output code page
// becomes UTF-8 for the life of the process (GoDual writes UTF-8; restored at exit). Elsewhere it
// does nothing.
void prepareConsole();

// True when the stream is an interactive terminal; output for pipes and files stays plain.
bool isTerminal(Stream stream);

} // namespace GoDual::Terminal
