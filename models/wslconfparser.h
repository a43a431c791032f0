#pragma once

#include "wslconfig.h"

#include <QByteArray>
#include <QList>
#include <QMap>
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

// Where WSL's reader finds each setting in the bytes, for editors that must change one value and
// nothing else WSL reads (edit/wslconfedit.h). Only what comes before the line that ends the
// parse is listed: WSL reads nothing after it.
struct WslConfLayout {
    struct Entry {
        QByteArray section; // as written; empty for a key before any header
        QByteArray key; // as written
        QByteArray value; // as WSL reads it: quotes removed, escapes undone, trailing blanks trimmed
        int line = 0; // 1-based, where the key is
        int lastLine = 0; // where the value's raw text ends (a continued value spans lines)
        // The value's raw bytes: from the first non-blank after '=' to its last raw byte (a closing
        // quote or escape included, trailing blanks, a comment and a final line continuation not).
        qsizetype valueStart = 0;
        qsizetype valueEnd = 0;
        // The first of its section.key (case-insensitive): WSL ignores later duplicates.
        bool effective = false;

        // "section.key" in lower case, the way WSL matches keys.
        QByteArray name() const { return (section.isEmpty() ? key : section + '.' + key).toLower(); }
    };
    struct Section {
        QByteArray name; // as written
        int line = 0;
    };

    QList<Entry> entries; // in file order
    QList<Section> sections; // headers, in file order
    int stoppedAtLine = 0; // the line that ends the parse, 0 when WSL reads the whole file

    // Lower-case "section.key" -> value of every effective setting.
    QMap<QByteArray, QByteArray> effectiveValues() const;
};

WslConfLayout readWslConfLayout(const QByteArray &content);

} // namespace GoDual
