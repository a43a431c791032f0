#pragma once

#include "result.h"

#include <QSet>
#include <QString>

namespace GoDual {

// Pure checks that decide whether a name or link from an archive may land under a target folder.
// Archives are hostile input: these run over every entry before the first byte is written.
namespace ArchivePath {

// Returns the entry's path in normal form ("go/bin/go"), or a failure naming the entry when it is
// empty, absolute, carries a drive letter or backslash, a NUL, or a ".", ".." or empty component.
Result<QString> checkedEntryPath(const QString &name);

// True when a symlink stored at `linkPath` (a checked entry path) with `target` resolves, read
// component by component, to a place inside the archive's root. Absolute targets never do, and
// neither does a target that walks through another of the archive's links (`otherLinks`): the
// lexical reading of "a/.." is only true when "a" is a real folder.
bool linkStaysInside(const QString &linkPath, const QString &target, const QSet<QString> &otherLinks = {});

} // namespace ArchivePath
} // namespace GoDual
