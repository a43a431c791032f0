#include "urlpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace GoDual::UrlPolicy {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // QHostAddress only parses literals, so no name is ever looked up here.
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isAllowed(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == u"https" || (scheme == u"http" && isLoopback(url));
}

Result<void> check(const QUrl &url)
{
    if (isAllowed(url))
        return {};
    return Failure { QCoreApplication::translate(
        "GoDual::UrlPolicy", "refusing %1: only https is allowed (plain http only on this machine's loopback address)")
            .arg(url.toDisplayString()) };
}

} // namespace GoDual::UrlPolicy
