#include "archivemirror.h"

namespace GoDual::ArchiveMirror {

QUrl base(Kind kind, const QUrl &custom)
{
    switch (kind) {
    case Kind::Official: {
        const QString fromEnv = qEnvironmentVariable("GODUAL_RELEASES_URL");
        return QUrl(fromEnv.isEmpty() ? QStringLiteral("https://go.dev/dl/") : fromEnv);
    }
    case Kind::China:
        return QUrl(QStringLiteral("https://golang.google.cn/dl/"));
    case Kind::Custom:
        return custom;
    }
    return {};
}

QUrl archiveUrl(const QUrl &base, const QString &filename)
{
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + filename);
    return url;
}

} // namespace GoDual::ArchiveMirror
