#pragma once

namespace GoDual::Terminal {

enum class Stream { Out, Err };

// True when the stream is an interactive terminal; output for pipes and files stays plain.
bool isTerminal(Stream stream);

} // namespace GoDual::Terminal
