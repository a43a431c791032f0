#pragma once

#include <QByteArray>
#include <QString>

namespace GoDual::TestData {

// The bytes of tests/data/<relativePath>; a missing fixture ends the test run with its name
// (a test must not pass by reading nothing).
QByteArray fixture(const QString &relativePath);

// `size` bytes from a seeded generator: the same "garbage" on every run.
QByteArray randomBytes(qsizetype size, quint32 seed);

// UTF-16LE without BOM, as wsl.exe writes its own text.
QByteArray utf16le(const QString &text);

} // namespace GoDual::TestData
