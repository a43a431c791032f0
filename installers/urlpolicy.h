#pragma once

#include "result.h"

#include <QUrl>

namespace GoDual {

// Which URLs GoDual fetches from: the index's digests are the root of trust, so the index and
// every archive travel over https. Plain http is accepted only for loopback hosts (127.0.0.0/8,
// ::1, localhost), which is what the offline tests and a local mirror on the same machine use.
// The same rule applies to the first URL and to every redirect target.
namespace UrlPolicy {

bool isLoopback(const QUrl &url);
bool isAllowed(const QUrl &url);
// Failure names the URL and why it is refused.
Result<void> check(const QUrl &url);

} // namespace UrlPolicy

} // namespace GoDual
