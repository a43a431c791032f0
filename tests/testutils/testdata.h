#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace GoDual::TestData {

// The bytes of tests/data/<relativePath>; a missing fixture ends the test run with its name
// (a test must not pass by reading nothing).
QByteArray fixture(const QString &relativePath);

// The files under tests/data/<relativeDir> (recursively, hidden ones too), as paths relative to
// tests/data, sorted; a missing or empty folder ends the test run.
QStringList fixtureFiles(const QString &relativeDir);

// Copies the folder `from` (hidden files and subfolders too) into `to`, creating it; false on any failure.
bool copyTree(const QString &from, const QString &to);

// Bytes as readable golden text: a BOM as <BOM>, every CR as U+240D, and a last line without a
// newline followed by "\ No newline at end of file".
QString visibleBytes(const QByteArray &bytes);

// `size` bytes from a seeded generator: the same "garbage" on every run.
QByteArray randomBytes(qsizetype size, quint32 seed);

// UTF-16LE without BOM, as wsl.exe writes its own text.
QByteArray utf16le(const QString &text);

} // namespace GoDual::TestData
