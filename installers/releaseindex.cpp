#include "releaseindex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace GoDual::ReleaseIndex {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::ReleaseIndex", text); }

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("missing");
}

// Reads one field; the error says which field and what was found instead.
Result<QJsonValue> field(
    const QJsonObject &object, const QString &key, QJsonValue::Type expected, const QString &expectedName)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return Failure { tr("'%1' is missing").arg(key) };
    if (it->type() != expected)
        return Failure { tr("'%1' is %2, not %3").arg(key, typeName(it->type()), expectedName) };
    return QJsonValue(*it);
}

bool isLowerHexDigest(const QString &s)
{
    return s.size() == 64 && std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

// Go's own file pattern (golang/website internal/dl fileRe) anchored to this file's version,
// so a name is always "<version>.<rest>.<ext>" and never holds a slash or "..".
bool isOfficialFilename(const QString &filename, const QString &version)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral(R"(go[0-9a-z.]+\.[0-9a-z.-]+\.(?:tar\.gz|tar\.gz\.asc|pkg|msi|zip))")));
    return filename.startsWith(version + u'.') && !filename.contains(QStringLiteral(".."))
        && pattern.matchView(filename).hasMatch();
}

bool isGoName(const QString &s)
{
    return std::all_of(
        s.cbegin(), s.cend(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z'); });
}

Result<GoReleaseFile> parseFile(const QJsonValue &value, const GoVersion &releaseVersion)
{
    if (!value.isObject())
        return Failure { tr("is %1, not an object").arg(typeName(value.type())) };
    const QJsonObject o = value.toObject();
    GoReleaseFile file;

    const QString string = tr("a string");
    auto filename = field(o, QStringLiteral("filename"), QJsonValue::String, string);
    if (!filename)
        return Failure { filename.error() };
    auto os = field(o, QStringLiteral("os"), QJsonValue::String, string);
    if (!os)
        return Failure { os.error() };
    auto arch = field(o, QStringLiteral("arch"), QJsonValue::String, string);
    if (!arch)
        return Failure { arch.error() };
    auto version = field(o, QStringLiteral("version"), QJsonValue::String, string);
    if (!version)
        return Failure { version.error() };
    auto sha256 = field(o, QStringLiteral("sha256"), QJsonValue::String, string);
    if (!sha256)
        return Failure { sha256.error() };
    auto size = field(o, QStringLiteral("size"), QJsonValue::Double, tr("a number"));
    if (!size)
        return Failure { size.error() };
    auto kind = field(o, QStringLiteral("kind"), QJsonValue::String, string);
    if (!kind)
        return Failure { kind.error() };

    const QString versionText = version->toString();
    const auto parsedVersion = GoVersion::parse(versionText);
    if (!parsedVersion)
        return Failure { tr("'version' \"%1\" is not a Go version").arg(versionText) };
    if (*parsedVersion != releaseVersion)
        return Failure {
            tr("'version' \"%1\" differs from the release's \"%2\"").arg(versionText, releaseVersion.toString())
        };
    file.version = *parsedVersion;

    file.filename = filename->toString();
    if (!isOfficialFilename(file.filename, versionText))
        return Failure {
            tr("'filename' \"%1\" is not an official Go file name for %2").arg(file.filename, versionText)
        };
    file.os = os->toString();
    if (!isGoName(file.os))
        return Failure { tr("'os' \"%1\" is not a GOOS name").arg(file.os) };
    file.arch = arch->toString();
    if (!isGoName(file.arch))
        return Failure { tr("'arch' \"%1\" is not a GOARCH name").arg(file.arch) };

    file.sha256 = sha256->toString();
    if (!isLowerHexDigest(file.sha256))
        return Failure { tr("'sha256' is not 64 lowercase hex digits") };

    // JSON numbers are doubles; a size must be a whole number that a qint64 holds exactly.
    const double bytes = size->toDouble();
    if (bytes < 0)
        return Failure { tr("'size' is negative") };
    if (bytes != std::floor(bytes) || bytes > 9007199254740992.0)
        return Failure { tr("'size' is not a whole number of bytes") };
    file.size = static_cast<qint64>(bytes);

    const QString kindText = kind->toString();
    if (kindText == u"archive")
        file.kind = GoReleaseFile::Kind::Archive;
    else if (kindText == u"installer")
        file.kind = GoReleaseFile::Kind::Installer;
    else if (kindText == u"source")
        file.kind = GoReleaseFile::Kind::Source;
    else
        return Failure { tr("'kind' \"%1\" is not archive, installer or source").arg(kindText) };
    return file;
}

Result<GoRelease> parseRelease(const QJsonValue &value, qsizetype index)
{
    const QString where = tr("release %1").arg(index);
    if (!value.isObject())
        return Failure { tr("%1 is %2, not an object").arg(where, typeName(value.type())) };
    const QJsonObject o = value.toObject();

    auto version = field(o, QStringLiteral("version"), QJsonValue::String, tr("a string"));
    if (!version)
        return Failure { where + QStringLiteral(": ") + version.error() };
    const QString versionText = version->toString();
    const auto parsedVersion = GoVersion::parse(versionText);
    if (!parsedVersion)
        return Failure { tr("%1: 'version' \"%2\" is not a Go version").arg(where, versionText) };
    const QString named = tr("release %1 (%2)").arg(index).arg(versionText);

    auto stable = field(o, QStringLiteral("stable"), QJsonValue::Bool, tr("a boolean"));
    if (!stable)
        return Failure { named + QStringLiteral(": ") + stable.error() };
    auto files = field(o, QStringLiteral("files"), QJsonValue::Array, tr("an array"));
    if (!files)
        return Failure { named + QStringLiteral(": ") + files.error() };

    GoRelease release;
    release.version = *parsedVersion;
    release.stable = stable->toBool();
    const QJsonArray fileArray = files->toArray();
    release.files.reserve(fileArray.size());
    for (qsizetype i = 0; i < fileArray.size(); ++i) {
        auto file = parseFile(fileArray.at(i), release.version);
        if (!file)
            return Failure { tr("%1, file %2: %3").arg(named).arg(i).arg(file.error()) };
        release.files.append(std::move(file).value());
    }
    return release;
}

} // namespace

Result<QList<GoRelease>> parse(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return Failure {
            tr("the release index is not valid JSON (at byte %1: %2)").arg(error.offset).arg(error.errorString())
        };
    if (!document.isArray())
        return Failure { tr("the release index is %1, not an array of releases")
                .arg(document.isObject() ? tr("an object") : tr("a single value")) };

    const QJsonArray array = document.array();
    QList<GoRelease> releases;
    releases.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto release = parseRelease(array.at(i), i);
        if (!release)
            return Failure { release.error() };
        releases.append(std::move(release).value());
    }
    return releases;
}

QList<GoRelease> currentStable(const QList<GoRelease> &releases)
{
    // Newest stable release per minor line, independent of the index's order.
    QList<GoRelease> newestPerMinor;
    for (const GoRelease &r : releases) {
        if (!r.stable)
            continue;
        const auto same = std::find_if(newestPerMinor.begin(), newestPerMinor.end(), [&](const GoRelease &n) {
            return n.version.major() == r.version.major() && n.version.minor() == r.version.minor();
        });
        if (same == newestPerMinor.end())
            newestPerMinor.append(r);
        else if (same->version < r.version)
            *same = r;
    }
    std::sort(newestPerMinor.begin(), newestPerMinor.end(),
        [](const GoRelease &a, const GoRelease &b) { return b.version < a.version; });
    return newestPerMinor.mid(0, 2);
}

} // namespace GoDual::ReleaseIndex
