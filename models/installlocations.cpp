#include "installlocations.h"

#include <QRegularExpression>

namespace GoDual::InstallLocations {

namespace {

constexpr char kLink[] = "link:";

QString withoutLink(const QString &pattern)
{
    return pattern.startsWith(QLatin1StringView(kLink)) ? pattern.mid(qsizetype(sizeof kLink) - 1) : pattern;
}

} // namespace

const QList<Location> &all()
{
    using enum System;
    static const QList<Location> rows {
        // Where the official instructions untar it (platform facts 5.9).
        { Linux, QStringLiteral("/usr/local/go"), QStringLiteral("tarball") },
        // Debian and Ubuntu's golang-1.NN-go, and golang-go's /usr/lib/go link to one of them.
        { Linux, QStringLiteral("/usr/lib/go"), QStringLiteral("debian") },
        { Linux, QStringLiteral("/usr/lib/go-*"), QStringLiteral("debian") },
        { Linux, QStringLiteral("/opt/go*"), QStringLiteral("opt") },
        // golang.org/dl and GoDual's own installs.
        { Linux, QStringLiteral("~/sdk/go*"), QStringLiteral("sdk") },
        { Linux, QStringLiteral("~/go/go*"), QStringLiteral("other") },
        { Linux, QStringLiteral("~/.gvm/gos/*"), QStringLiteral("gvm") },
        { Linux, QStringLiteral("~/.goenv/versions/*"), QStringLiteral("goenv") },
        // mise's current layout and its older one with a go/ folder inside.
        { Linux, QStringLiteral("~/.local/share/mise/installs/go/*"), QStringLiteral("mise") },
        { Linux, QStringLiteral("~/.local/share/mise/installs/go/*/go"), QStringLiteral("mise") },
        { Linux, QStringLiteral("~/.asdf/installs/golang/*/go"), QStringLiteral("asdf") },
        { Linux, QStringLiteral("/snap/go/current"), QStringLiteral("snap") },
        // Toolchains GOTOOLCHAIN downloaded into the default module cache.
        { Linux, QStringLiteral("~/go/pkg/mod/golang.org/toolchain@*"), QStringLiteral("toolchain") },
        { Linux, QStringLiteral("link:/etc/alternatives/go"), QStringLiteral("alternatives") },

        // The MSI (also what winget installs): Program Files, or the 32-bit one (facts 5.9).
        { Windows, QStringLiteral("%ProgramFiles%\\Go"), QStringLiteral("msi") },
        { Windows, QStringLiteral("%ProgramFiles(x86)%\\Go"), QStringLiteral("msi") },
        { Windows, QStringLiteral("%ProgramW6432%\\Go"), QStringLiteral("msi") },
        { Windows, QStringLiteral("%SystemDrive%\\Program Files\\Go"), QStringLiteral("msi") },
        { Windows, QStringLiteral("%SystemDrive%\\Program Files (x86)\\Go"), QStringLiteral("msi") },
        { Windows, QStringLiteral("%SystemDrive%\\Go"), QStringLiteral("msi") },
        { Windows, QStringLiteral("%USERPROFILE%\\sdk\\go*"), QStringLiteral("sdk") },
        // Scoop's user and global roots (%SCOOP%, %SCOOP_GLOBAL%, else their defaults); the
        // reader treats apps\go\current as another name of the version it points at.
        { Windows, QStringLiteral("%SCOOP%\\apps\\go\\*"), QStringLiteral("scoop") },
        { Windows, QStringLiteral("%USERPROFILE%\\scoop\\apps\\go\\*"), QStringLiteral("scoop") },
        { Windows, QStringLiteral("%SCOOP_GLOBAL%\\apps\\go\\*"), QStringLiteral("scoop") },
        { Windows, QStringLiteral("%ProgramData%\\scoop\\apps\\go\\*"), QStringLiteral("scoop") },
        { Windows, QStringLiteral("%ProgramData%\\chocolatey\\lib\\golang\\tools\\go"), QStringLiteral("chocolatey") },
        { Windows, QStringLiteral("%SystemDrive%\\tools\\go"), QStringLiteral("chocolatey") },
    };
    return rows;
}

QList<Location> of(System system)
{
    QList<Location> rows;
    for (const Location &row : all()) {
        if (row.system == system)
            rows.append(row);
    }
    return rows;
}

QStringList probeArguments()
{
    QStringList patterns;
    for (const Location &row : of(System::Linux))
        patterns.append(row.pattern);
    return patterns;
}

bool matches(const QString &pattern, const QString &path, System system)
{
    const bool windows = system == System::Windows;
    QString glob = withoutLink(pattern);
    QString subject = path;
    if (windows) {
        glob.replace(u'/', u'\\');
        subject.replace(u'/', u'\\');
    }
    // `*` is any run of characters other than the separator; everything else is literal.
    const QString star = windows ? QStringLiteral("[^\\\\]*") : QStringLiteral("[^/]*");
    QStringList parts = glob.split(u'*');
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    const QString regex = parts.join(star);
    const QRegularExpression re(QRegularExpression::anchoredPattern(regex),
        windows ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption);
    return re.match(subject).hasMatch();
}

QString linuxSource(const QString &goroot, const QString &home)
{
    QString dir = goroot;
    while (dir.size() > 1 && dir.endsWith(u'/'))
        dir.chop(1);
    for (const Location &row : of(System::Linux)) {
        QString pattern = withoutLink(row.pattern);
        if (pattern.startsWith(QLatin1StringView("~/"))) {
            if (home.isEmpty())
                continue;
            pattern = home + pattern.mid(1);
        }
        if (matches(pattern, dir, System::Linux))
            return row.source;
    }
    return QStringLiteral("other");
}

} // namespace GoDual::InstallLocations
