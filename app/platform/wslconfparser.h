#pragma once

#include "wslconfig.h"

#include <QByteArray>
#include <QString>

namespace GoDual {

// Reads /etc/wsl.conf the way WSL's init does (microsoft/WSL src/shared/configfile/configfile.cpp,
// called without the skip-invalid-lines flag):
// - `[section]` must be '[' letter {letter|digit} ']', then only spaces or a '#' comment;
//   a key is letter {letter|digit}, then '='; section and key match case-insensitively.
// - '#' starts a comment anywhere outside quotes; ';' is not a comment character.
// - Values lose their quotes; \\ \" \b \n \t and backslash-newline are the only escapes;
//   trailing spaces outside quotes are trimmed.
// - The first invalid line (bad header or key, invalid escape, unclosed quote, a UTF-8 BOM)
//   ENDS parsing: settings read before it apply, everything after keeps its default.
// - A key given twice keeps its first value (even when that value was rejected); a value of the
//   wrong type warns and keeps the default; unknown keys warn. Parsing continues.
// Issues name `path:line`, with physical line numbers (WSL's own warnings count lines of CRLF
// files differently).
//
// CRLF files: released WSL builds (2.3.26, January 2025) ignored them, the current parser treats
// '\r' as the end of a value. The effective values reported are the current parser's; the file
// gets a CrLf issue on its first CRLF line saying the settings may not apply on the installed
// build, so the diagnosis can ask for LF endings instead of pretending to know which build runs.
WslConfig parseWslConf(const QByteArray &content, const QString &path = QStringLiteral("/etc/wsl.conf"));

} // namespace GoDual
