#include "versionmanager.h"

#include "edit/misetoolsedit.h"
#include "edit/textlines.h"
#include "goversion.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace GoDual {

namespace {

const QString kAsdfTool = QStringLiteral("golang");

// An asdf .tool-versions line without its comment, split into words.
QStringList toolWords(const QByteArray &line)
{
    QString text = QString::fromUtf8(line);
    if (const qsizetype hash = text.indexOf(u'#'); hash >= 0)
        text.truncate(hash);
    return text.simplified().split(u' ', Qt::SkipEmptyParts);
}

} // namespace

bool VersionManager::runsAs(const QString &path) const
{
    // mise's `activate` and gvm put a version's own bin folder on PATH.
    constexpr QLatin1StringView binGo("/bin/go");
    const bool versionsGo
        = (isMise() || isGvm()) && path.endsWith(binGo) && !versionOf(path.chopped(binGo.size())).isEmpty();
    return versionsGo || (!isGvm() && path == shim());
}

QString VersionManager::overrideVariable() const
{
    if (isMise())
        return QStringLiteral("MISE_GO_VERSION");
    if (isGvm())
        return QStringLiteral("gvm_go_name");
    return isAsdf() ? QStringLiteral("ASDF_GOLANG_VERSION") : QStringLiteral("GOENV_VERSION");
}

QString VersionManager::globalCommand(const QString &version) const
{
    if (isMise())
        return QStringLiteral("mise use -g go@%1").arg(version);
    if (isGvm())
        return QStringLiteral("gvm use %1 --default").arg(version);
    return isAsdf() ? QStringLiteral("asdf global golang %1").arg(version)
                    : QStringLiteral("goenv global %1").arg(version);
}

namespace {

// What follows the version in an install's GOROOT: asdf's golang plugin unpacks Go's archive,
// whose tree is in a go/ folder, into the version's folder.
QString rootSuffix(const VersionManager &m) { return m.isAsdf() ? QStringLiteral("/go") : QString(); }

} // namespace

QString VersionManager::versionsFolder() const
{
    if (isMise())
        return root + QStringLiteral("/installs/go/");
    if (isGvm())
        return root + QStringLiteral("/gos/");
    return root + (isAsdf() ? QStringLiteral("/installs/golang/") : QStringLiteral("/versions/"));
}

QString VersionManager::versionRoot(const QString &version) const
{
    return versionsFolder() + version + rootSuffix(*this);
}

QString VersionManager::versionOf(const QString &goroot) const
{
    const QString base = versionsFolder();
    if (!goroot.startsWith(base))
        return {};
    // VERSION, then what follows it in the GOROOT: asdf's go/ folder; mise's older layout kept
    // Go's go/ folder inside the version's too.
    const QStringView rest = QStringView(goroot).mid(base.size());
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView version = slash < 0 ? rest : rest.left(slash);
    const QStringView tail = slash < 0 ? QStringView() : rest.mid(slash);
    const bool go = tail == QLatin1StringView("/go");
    const bool layout = isAsdf() ? go : tail.isEmpty() || (isMise() && go);
    return layout && !version.isEmpty() ? version.toString() : QString();
}

QString VersionManager::pick(const QStringList &wanted, const QStringList &installed) const
{
    const auto newest = [&](const auto &matches) {
        QString best;
        std::optional<GoVersion> bestVersion;
        for (const QString &name : installed) {
            const auto version = GoVersion::parse(QString(QStringLiteral("go") + name));
            if (version && matches(name) && (!bestVersion || *version > *bestVersion)) {
                best = name;
                bestVersion = version;
            }
        }
        return best;
    };
    for (const QString &version : wanted) {
        if (installed.contains(version))
            return version;
        if (!isMise())
            continue;
        const QString found = version == QLatin1StringView("latest")
            ? newest([](const QString &) { return true; })
            : newest([&](const QString &name) { return name.startsWith(version + u'.'); });
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QStringList VersionManager::versionsIn(const QByteArray &file) const
{
    if (isMise())
        return MiseToolsEdit::goVersions(file);
    if (isGvm()) {
        const QString version = environmentVersion(file);
        return version.isEmpty() ? QStringList() : QStringList { version };
    }
    if (isAsdf())
        return toolVersions(file, kAsdfTool);
    const QString version = firstVersion(file);
    return version.isEmpty() ? QStringList() : QStringList { version };
}

Result<QByteArray> VersionManager::withVersion(const QByteArray &file, const QString &version) const
{
    if (isMise())
        return MiseToolsEdit::setGo(file, version);
    if (isGvm()) {
        const auto environment = versionFiles.constFind(version);
        if (environment == versionFiles.cend())
            return Failure { QCoreApplication::translate(
                "GoDual", "gvm has no environment file %1environments/%2 to copy")
                    .arg(root + u'/', version) };
        return *environment;
    }
    if (!isAsdf())
        return QByteArray(version.toUtf8() + '\n');
    const QByteArray entry = QString(kAsdfTool + u' ' + version).toUtf8();
    TextLines lines = TextLines::split(file);
    for (TextLine &line : lines.lines) {
        const QStringList words = toolWords(line.text);
        if (words.value(0) != kAsdfTool)
            continue;
        // The line's comment, if any, stays after the new version.
        const qsizetype hash = line.text.indexOf('#');
        const QByteArray comment = hash >= 0 ? QByteArray(' ' + line.text.mid(hash)) : QByteArray();
        line.text = entry + comment;
        return QByteArray(lines.join());
    }
    const QByteArray ending = lines.dominantEnding();
    if (lines.lacksFinalNewline())
        lines.lines.last().ending = ending;
    lines.lines.append({ entry, ending });
    return QByteArray(lines.join());
}

QString VersionManager::firstVersion(const QByteArray &file)
{
    // goenv reads at most 1,024 bytes of each line; CR counts as white space.
    const QStringList lines = QString::fromUtf8(file).split(u'\n');
    for (const QString &line : lines) {
        const QString word = line.left(1024).simplified().section(u' ', 0, 0);
        if (word.isEmpty() || word.startsWith(u'#') || word == QLatin1StringView("..") || word.contains(u'/'))
            continue;
        return word;
    }
    return {};
}

QString VersionManager::environmentVersion(const QByteArray &file)
{
    // gvm writes `export gvm_go_name; gvm_go_name="go1.21.13"`; sourced, the last one counts.
    static const QRegularExpression assignment(QStringLiteral("(?:^|[;\\s])gvm_go_name=\"?([^\"\\s;]+)"));
    QString version;
    for (const TextLine &line : TextLines::split(file).lines) {
        const QString text = QString::fromUtf8(line.text);
        if (text.trimmed().startsWith(u'#'))
            continue;
        for (auto it = assignment.globalMatch(text); it.hasNext();)
            version = it.next().captured(1);
    }
    return version;
}

QStringList VersionManager::toolVersions(const QByteArray &file, const QString &tool)
{
    for (const TextLine &line : TextLines::split(file).lines) {
        const QStringList words = toolWords(line.text);
        if (words.value(0) == tool)
            return words.mid(1);
    }
    return {};
}

} // namespace GoDual
