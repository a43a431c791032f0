#pragma once

#include "gorelease.h"
#include "result.h"

#include <QByteArrayView>
#include <QList>

namespace GoDual {

// The release index of go.dev/dl/?mode=json&include=all: a JSON array of releases, newest first,
// each with its files and their SHA-256 digests. These functions are pure: bytes in, values out.
namespace ReleaseIndex {

// Parses the index strictly, since its digests decide what GoDual will execute: the top level
// must be an array, every known field must be present with the right type, versions must be
// Go's spelling, digests exactly 64 lowercase hex digits, sizes >= 0, kinds one of archive,
// installer or source, and file names Go's official naming for that version (so a name can
// be appended to a mirror URL safely). Unknown extra fields are ignored, so a newer index
// still parses. The first problem ends the parse; its message names the place, counting
// positions from 0 as the JSON array does (jq '.[3].files[2]'):
//   "release 3 (go1.22.6), file 2: 'sha256' is not 64 lowercase hex digits".
// Releases keep the index's order.
Result<QList<GoRelease>> parse(QByteArrayView json);

// What go.dev/dl/?mode=json (without include=all) lists: for each of the two newest minor
// versions that have a stable release, its newest stable release; newest first.
QList<GoRelease> currentStable(const QList<GoRelease> &releases);

} // namespace ReleaseIndex

// The name the brief asked for; same as ReleaseIndex::parse.
inline Result<QList<GoRelease>> parseReleaseIndex(QByteArrayView json) { return ReleaseIndex::parse(json); }

} // namespace GoDual
