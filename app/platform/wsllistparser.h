#pragma once

#include "result.h"
#include "wsldistro.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace GoDual {

// Parsers for the stdout bytes and exit code of `wsl.exe --list` variants. They accept UTF-16LE
// (with or without BOM) and UTF-8, `\r\n` and `\r\r\n` line endings.

// `wsl.exe -l -v`. The header row and the state words may be localized; rows are read by shape
// (marker, name, state, version). "No installed distributions" (exit -1, no "Error code:" line)
// is an empty list; a usage error (exit -1 from an older wsl.exe that does not know `-v`: its
// "Invalid command line argument" message or its usage text) is a Failure, never "no
// distributions"; so is any other wsl.exe failure and any row that does not have the expected
// shape, quoting wsl.exe's message, code or the offending line.
Result<QList<WslDistro>> parseWslListVerbose(const QByteArray &stdoutBytes, int exitCode);

// `wsl.exe -l -q`: the names, default distro first. Empty output is no distros.
Result<QStringList> parseWslListQuiet(const QByteArray &stdoutBytes, int exitCode);

// `wsl.exe -l --running -q`: the running distros' names (empty output: none running).
Result<QStringList> parseWslListRunningQuiet(const QByteArray &stdoutBytes, int exitCode);

} // namespace GoDual
