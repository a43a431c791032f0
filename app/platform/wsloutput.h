#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace GoDual {

// Decodes what wsl.exe wrote about itself. wsl.exe writes UTF-16LE without a BOM unless
// WSL_UTF8=1 (which the inbox Windows 10 wsl.exe ignores), so the encoding is detected:
// an FF FE BOM, or an even size with NUL bytes mostly at odd offsets, means UTF-16LE; otherwise
// UTF-8, except that an even-sized buffer which is not valid UTF-8 is read as UTF-16LE (CJK-only
// UTF-16 has no NULs). Invalid sequences become U+FFFD and stray NULs are dropped; any byte
// sequence is accepted.
QString decodeWslOutput(const QByteArray &bytes);

// Splits decoded output into lines: on '\n', every trailing '\r' removed (older builds end lines
// with "\r\r\n"), empty lines dropped.
QStringList wslOutputLines(const QString &text);

// A wsl.exe failure message split into its text and the value of its "Error code:" line.
struct WslError {
    // The message lines joined with spaces.
    QString message;
    // "Wsl/Service/WSL_E_DISTRO_NOT_FOUND"; empty when the output has no code line (wsl.exe
    // omits it for "no installed distributions" and for invalid usage).
    QString code;
    // The text is wsl.exe refusing its command line (WSL_E_INVALID_USAGE, printed without a code
    // line): an older wsl.exe that does not know an argument (`-v` after `-l`, `--exec`) answers
    // "Invalid command line argument: ... Please use 'wsl.exe --help' ..." or its whole usage text.
    // Never "no installed distributions", which has no code line either.
    bool usage = false;
};
WslError parseWslError(const QStringList &lines);

} // namespace GoDual
