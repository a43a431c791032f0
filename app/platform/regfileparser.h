#pragma once

#include "platform/regfilecontents.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace GoDual {

// Parses the text format of `reg export` and regedit ("Windows Registry Editor Version 5.00"):
// UTF-16LE with BOM as Windows writes it, UTF-8 with or without BOM (and BOM-less UTF-16LE, best
// effort). Understands `[key]` and `[-key]` blocks, `@=` and `"name"=` values, `"name"=-`
// deletions, REG_SZ strings with \\ and \" escapes, `dword:`, `hex:` and `hex(N):` data with
// `,\` line continuations. hex(2) and hex(7) are decoded from UTF-16LE, terminators stripped.
// Lines starting with ';' are comments, as regedit treats them.
// The first malformed line makes the whole file a Failure naming `path:line`: a registry read
// with holes would produce a wrong environment silently. REGEDIT4 (ANSI) files are refused.
Result<RegFileContents> parseRegFile(const QByteArray &bytes, const QString &path);

// How parseRegFile reads the bytes: UTF-16LE (with a BOM, or ASCII text with NUL odd bytes), else
// UTF-8. An editor writes new lines in the same encoding.
enum class RegFileEncoding { Utf16Le, Utf8 };
RegFileEncoding regFileEncoding(const QByteArray &bytes);

// The bytes of a .reg file; a Failure names the file when it cannot be read or is over 64 MiB
// (a registry export is a few KiB; a huge file is not one, and is refused rather than read).
Result<QByteArray> readRegFile(const QString &path);

} // namespace GoDual
