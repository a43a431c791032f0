#include "sdk/wslinstalltarget.h"

#include "archivetree.h"
#include "platform/processrunner.h"
#include "platform/wsllistparser.h"
#include "platform/wsloutput.h"

#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace GoDual {

namespace {

// The scripts run as the distro's default user with /bin/sh, which reads no start-up files, so
// their stdout is only what they print: "key<TAB>value" lines, or "error<TAB>kind<TAB>detail"
// with exit code 3. Data arrives as "$1", "$2", never inside the script text.

// $1 = version. Where ~/sdk is, whether the version is there already, free KiB on its disk.
constexpr char kPrepareScript[] = R"sh(root=$HOME/sdk
case $root in /*) ;; *) printf 'error\thome\t%s\n' "$HOME"; exit 3 ;; esac
if [ -e "$root/$1" ] || [ -L "$root/$1" ]; then printf 'error\texists\t%s\n' "$root/$1"; exit 3; fi
d=$root
while [ ! -d "$d" ]; do d=${d%/*}; [ -n "$d" ] || d=/; done
free=$(df -Pk -- "$d" 2>/dev/null | { read -r _; read -r _ _ _ avail _; printf '%s' "$avail"; })
printf 'root\t%s\nfree\t%s\n' "$root" "$free"
)sh";

// $1 = staging folder name. stdin: the checked, inflated .tar. Extracts into ~/sdk/<staging> (which must
// not exist yet) and prints what landed there, NUL-separated, for the caller to compare.
constexpr char kExtractScript[] = R"sh(root=$HOME/sdk
staging=$root/$1
mkdir -p -- "$root" || { printf 'error\tmkdir\t%s\n' "$root"; exit 3; }
mkdir -- "$staging" || { printf 'error\tmkdir\t%s\n' "$staging"; exit 3; }
if ! tar -xf - -C "$staging" --no-same-owner --keep-old-files; then
    rm -rf -- "$staging"
    printf 'error\ttar\t%s\n' "$staging"
    exit 3
fi
cd -- "$staging" && find . -mindepth 1 -print0
)sh";

// $1 = version, $2 = staging folder name. Checks VERSION and bin/go, then one rename.
constexpr char kFinishScript[] = R"sh(root=$HOME/sdk
staging=$root/$2
target=$root/$1
fail() { rm -rf -- "$staging"; printf 'error\t%s\t%s\n' "$1" "$2"; exit 3; }
first=$(head -n 1 -- "$staging/go/VERSION" 2>/dev/null)
[ "$first" = "$1" ] || fail version "$first"
if [ ! -f "$staging/go/bin/go" ] || [ ! -x "$staging/go/bin/go" ]; then fail nogo "$staging/go/bin/go"; fi
if [ -e "$target" ] || [ -L "$target" ]; then fail exists "$target"; fi
mv -T -- "$staging/go" "$target" || fail rename "$target"
rmdir -- "$staging"
printf 'ok\t%s\n' "$target"
)sh";

// $1 = staging folder name.
constexpr char kAbortScript[] = R"sh(rm -rf -- "$HOME/sdk/$1")sh";

// $1 = version, $2 = 1 to remove even the active Go, $3 = the active Go's path as the scan found
// it (empty: none). The same rules as on the local side.
constexpr char kRemoveScript[] = R"sh(root=$HOME/sdk
d=$root/$1
if [ -L "$d" ]; then printf 'error\tlink\t%s\n' "$d"; exit 3; fi
[ -e "$d" ] || { printf 'error\tmissing\t%s\n' "$d"; exit 3; }
[ -d "$d" ] || { printf 'error\tnotdir\t%s\n' "$d"; exit 3; }
first=
if [ -f "$d/VERSION" ] && [ ! -L "$d/VERSION" ]; then first=$(head -n 1 -- "$d/VERSION"); fi
[ "$first" = "$1" ] || { printf 'error\tnotsdk\t%s\n' "$d"; exit 3; }
if [ -L "$d/bin" ] || [ -L "$d/bin/go" ] || [ ! -f "$d/bin/go" ]; then printf 'error\tnobin\t%s\n' "$d"; exit 3; fi
if [ "$2" != 1 ] && [ -n "$3" ]; then
    real=$(readlink -f -- "$3")
    dir=$(readlink -f -- "$d")
    case $real in "$dir"/*) printf 'error\tactive\t%s\n' "$3"; exit 3 ;; esac
fi
doomed=$root/.godual-removing-$1-$$
mv -T -- "$d" "$doomed" || { printf 'error\tmove\t%s\n' "$d"; exit 3; }
rm -rf -- "$doomed" || { printf 'error\tdelete\t%s\n' "$doomed"; exit 3; }
printf 'ok\t%s\n' "$d"
)sh";

constexpr int kScriptFailed = 3;

QString randomSuffix() { return QString::number(QRandomGenerator::global()->generate64(), 36); }

// "key<TAB>value" lines into a map.
QHash<QString, QString> fields(const QByteArray &out)
{
    QHash<QString, QString> map;
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab > 0)
            map.insert(QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1)));
    }
    return map;
}

} // namespace

WslInstallTarget::WslInstallTarget(QString wsl, QString distro)
    : m_wsl(std::move(wsl))
    , m_distro(std::move(distro))
{
}

QString WslInstallTarget::name() const { return QStringLiteral("wsl:") + m_distro; }

Result<void> WslInstallTarget::checkRunning(bool wake, const Cancelled &cancelled) const
{
    if (m_wsl.isEmpty())
        return Failure { tr("there is no wsl.exe on this machine, so %1 cannot be reached").arg(name()) };
    ProcessRequest request;
    request.program = m_wsl;
    request.arguments = { QStringLiteral("-l"), QStringLiteral("-v") };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WSL_UTF8"), QStringLiteral("1"));
    request.environment = env;
    const BlockingProcessResult listed = runProcessBlocking(request, {}, {}, cancelled);
    if (listed.cancelled)
        return Failure { tr("cancelled") };
    if (!listed.started || listed.timedOut)
        return Failure { tr("could not list the WSL distros with %1: %2").arg(m_wsl, listed.errorText) };
    const auto distros = parseWslListVerbose(listed.out, listed.exitCode);
    if (!distros)
        return Failure { distros.error() };
    for (const WslDistro &d : *distros) {
        if (d.name.compare(m_distro, Qt::CaseInsensitive) != 0)
            continue;
        if (d.state == WslDistro::State::Stopped && !wake)
            return Failure { tr("%1 is stopped; GoDual does not start a distro unless asked (--wake)").arg(name()) };
        if (d.state != WslDistro::State::Running && d.state != WslDistro::State::Stopped)
            return Failure { tr("%1 is %2, so nothing can be installed in it now").arg(name(), d.stateText) };
        return {};
    }
    return Failure { tr("there is no WSL distro named %1").arg(m_distro) };
}

Result<QByteArray> WslInstallTarget::runScript(const char *script, const QStringList &args, const QString &what,
    const QString &stdinFile, const Progress &progress, const Cancelled &cancelled) const
{
    ProcessRequest request;
    request.program = m_wsl;
    request.arguments = QStringList { QStringLiteral("-d"), m_distro, QStringLiteral("--exec"),
        QStringLiteral("/bin/sh"), QStringLiteral("-c"), QString::fromUtf8(script), QStringLiteral("godual") }
        + args;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WSL_UTF8"), QStringLiteral("1"));
    request.environment = env;
    request.timeoutMs = 120'000;
    const BlockingProcessResult r = runProcessBlocking(request, stdinFile, progress, cancelled);
    if (r.cancelled)
        return Failure { tr("cancelled") };
    if (!r.started || r.timedOut || r.crashed)
        return Failure { tr("%1 in %2 failed: %3").arg(what, name(), r.errorText) };
    if (r.exitCode == 0)
        return r.out;
    if (r.exitCode == kScriptFailed) {
        const QHash<QString, QString> map = fields(r.out);
        const QString line = map.value(QStringLiteral("error"));
        const QString kind = line.section(u'\t', 0, 0);
        const QString detail = line.section(u'\t', 1);
        if (kind == u"home")
            return Failure { tr("the default user of %1 has no usable home folder ('%2')").arg(name(), detail) };
        if (kind == u"exists")
            return Failure { tr("%1 already exists in %2").arg(detail, name()) };
        if (kind == u"mkdir")
            return Failure { tr("cannot create %1 in %2").arg(detail, name()) };
        if (kind == u"tar") {
            const QString err = QString::fromUtf8(r.err).trimmed().section(u'\n', -1);
            return Failure { tr("tar in %1 could not extract the archive into %2: %3").arg(name(), detail, err) };
        }
        if (kind == u"version")
            return Failure { tr("the archive's go/VERSION says '%1', not the version asked for").arg(detail) };
        if (kind == u"nogo")
            return Failure { tr("the archive has no executable %1").arg(detail) };
        if (kind == u"rename")
            return Failure { tr("cannot move the extracted SDK to %1 in %2").arg(detail, name()) };
        if (kind == u"link")
            return Failure { tr("%1 is a link; GoDual removes only SDK folders it can identify").arg(detail) };
        if (kind == u"missing")
            return Failure { tr("there is no %1 in %2").arg(detail, name()) };
        if (kind == u"notdir")
            return Failure { tr("%1 is not a folder").arg(detail) };
        if (kind == u"notsdk")
            return Failure {
                tr("%1 is not a Go SDK of that version (its VERSION file does not name it); not removed").arg(detail)
            };
        if (kind == u"nobin")
            return Failure { tr("%1 has no bin/go, so it is not a Go SDK; not removed").arg(detail) };
        if (kind == u"active")
            return Failure { tr(
                "it is the active Go in %1 (%2 is the first go on PATH there); pass --force to remove it")
                    .arg(name(), detail) };
        if (kind == u"move")
            return Failure { tr("cannot move %1 aside to remove it").arg(detail) };
        if (kind == u"delete")
            return Failure { tr("the SDK was taken out of use but could not be deleted completely: %1").arg(detail) };
    }
    // wsl.exe's own failures (exit -1) come as its text on stdout; anything else names the code.
    const WslError error = parseWslError(wslOutputLines(decodeWslOutput(r.out)));
    QString message = error.message.isEmpty() ? QString::fromUtf8(r.err).trimmed().section(u'\n', -1) : error.message;
    return Failure { tr("%1 in %2 failed (exit code %3): %4").arg(what, name()).arg(r.exitCode).arg(message) };
}

Result<InstallTarget::Prepared> WslInstallTarget::prepare(
    const GoVersion &version, bool wake, const Cancelled &cancelled)
{
    if (auto running = checkRunning(wake, cancelled); !running)
        return Failure { running.error() };
    const auto out
        = runScript(kPrepareScript, { version.toString() }, tr("checking the SDK folder"), {}, {}, cancelled);
    if (!out)
        return Failure { out.error() };
    const QHash<QString, QString> map = fields(*out);
    Prepared prepared;
    prepared.sdkRoot = map.value(QStringLiteral("root"));
    if (!prepared.sdkRoot.startsWith(u'/'))
        return Failure { tr("%1 did not say where its SDK folder is").arg(name()) };
    bool ok = false;
    const qint64 freeKib = map.value(QStringLiteral("free")).toLongLong(&ok);
    if (ok)
        prepared.bytesFree = freeKib * 1024;
    return prepared;
}

Result<QString> WslInstallTarget::place(const QString &archive, const ArchiveListing &listing, const GoVersion &version,
    const Progress &progress, const Cancelled &cancelled)
{
    const QString staging = QStringLiteral(".godual-staging-%1-%2").arg(version.toString(), randomSuffix());
    const auto extracted
        = runScript(kExtractScript, { staging }, tr("extracting the archive"), archive, progress, cancelled);
    if (!extracted) {
        // The script removes what it made when tar fails; a kill (cancel, time limit) leaves it.
        removeStaging(staging);
        return Failure { extracted.error() };
    }
    QSet<QString> found;
    for (const QByteArray &path : extracted->split('\0')) {
        if (path.startsWith("./"))
            found.insert(QString::fromUtf8(path.mid(2)));
    }
    if (auto same = ArchiveTree::compare(ArchiveTree::expectedPaths(listing), found); !same) {
        removeStaging(staging);
        return Failure { tr("%1: %2").arg(archive, same.error()) };
    }
    if (cancelled()) {
        removeStaging(staging);
        return Failure { tr("cancelled") };
    }
    // No cancel from here on: the rename is one step, and stopping half way is not possible.
    const auto finished = runScript(kFinishScript, { version.toString(), staging }, tr("verifying the SDK"));
    if (!finished) {
        removeStaging(staging);
        return Failure { finished.error() };
    }
    const QString target = fields(*finished).value(QStringLiteral("ok"));
    if (target.isEmpty())
        return Failure { tr("%1 did not confirm the install").arg(name()) };
    return target;
}

void WslInstallTarget::removeStaging(const QString &staging) const
{
    // Best effort, never cancelled: a failure here leaves a hidden folder the next install ignores.
    static_cast<void>(runScript(kAbortScript, { staging }, tr("removing the staging folder")));
}

Result<QString> WslInstallTarget::remove(const GoVersion &version, bool force, bool wake, const QString &activeGo)
{
    if (auto running = checkRunning(wake, {}); !running)
        return Failure { running.error() };
    const auto out = runScript(kRemoveScript,
        { version.toString(), force ? QStringLiteral("1") : QStringLiteral("0"), activeGo }, tr("removing the SDK"));
    if (!out)
        return Failure { out.error() };
    return fields(*out).value(QStringLiteral("ok"));
}

} // namespace GoDual
