#pragma once

#include <QString>
#include <QUrl>

namespace GoDual {

// Where archives are downloaded from. A mirror changes only where the bytes come from: the
// digests they are checked against always come from the release index (see ReleaseIndexClient).
namespace ArchiveMirror {

enum class Kind { Official, China, Custom };

// Official: GODUAL_RELEASES_URL when set, else https://go.dev/dl/ (which redirects archives to
// dl.google.com); China: https://golang.google.cn/dl/; Custom: `custom`.
QUrl base(Kind kind, const QUrl &custom = {});

// <base><filename>. `filename` comes from a parsed index, so it holds no slash; a base without
// a trailing slash gets one, so "https://mirror/golang" + name stays inside /golang/.
QUrl archiveUrl(const QUrl &base, const QString &filename);

} // namespace ArchiveMirror

} // namespace GoDual
