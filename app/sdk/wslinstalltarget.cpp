#include "sdk/wslinstalltarget.h"

#include "archivetree.h"
#include "platform/processrunner.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace GoDual {

namespace {

// The scripts live in the resources next to the probe (resources/probe/wsl-sdk-*.sh); each says
// what it takes and prints.
QString script(const char *name)
{
    QFile f(QStringLiteral(":/probe/") + QLatin1StringView(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

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

WslInstallTarget::WslInstallTarget(WslCli wsl, QString distro)
    : m_wsl(std::move(wsl))
    , m_distro(std::move(distro))
{
}

QString WslInstallTarget::name() const { return QStringLiteral("wsl:") + m_distro; }

Result<void> WslInstallTarget::checkRunning(bool wake, const Cancelled &cancelled) const
{
    if (!m_wsl.isAvailable())
        return Failure { tr("there is no wsl.exe on this machine, so %1 cannot be reached").arg(name()) };
    const BlockingProcessResult listed = runProcessBlocking(m_wsl.listVerbose(), {}, {}, cancelled);
    if (listed.cancelled)
        return Failure { tr("cancelled") };
    const auto distros = m_wsl.distros(listed);
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

Result<QByteArray> WslInstallTarget::runScript(const char *file, const QStringList &args, const QString &what,
    const QString &stdinFile, const Progress &progress, const Cancelled &cancelled) const
{
    const ProcessRequest request = m_wsl.exec(m_distro, {},
        QStringList { QStringLiteral("/bin/sh"), QStringLiteral("-c"), script(file), QStringLiteral("godual") } + args);
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
    const QString wslFailed = WslCli::failure(r);
    const QString message = wslFailed.isEmpty() ? QString::fromUtf8(r.err).trimmed().section(u'\n', -1) : wslFailed;
    return Failure { tr("%1 in %2 failed (exit code %3): %4").arg(what, name()).arg(WslCli::exitCode(r)).arg(message) };
}

Result<InstallTarget::Prepared> WslInstallTarget::prepare(
    const GoVersion &version, bool wake, const Cancelled &cancelled)
{
    if (auto running = checkRunning(wake, cancelled); !running)
        return Failure { running.error() };
    const auto out
        = runScript("wsl-sdk-prepare.sh", { version.toString() }, tr("checking the SDK folder"), {}, {}, cancelled);
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
        = runScript("wsl-sdk-extract.sh", { staging }, tr("extracting the archive"), archive, progress, cancelled);
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
    const auto finished = runScript("wsl-sdk-finish.sh", { version.toString(), staging }, tr("verifying the SDK"));
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
    static_cast<void>(runScript("wsl-sdk-abort.sh", { staging }, tr("removing the staging folder")));
}

Result<QString> WslInstallTarget::remove(const GoVersion &version, bool force, bool wake, const QString &activeGo)
{
    if (auto running = checkRunning(wake, {}); !running)
        return Failure { running.error() };
    const auto out = runScript("wsl-sdk-remove.sh",
        { version.toString(), force ? QStringLiteral("1") : QStringLiteral("0"), activeGo }, tr("removing the SDK"));
    if (!out)
        return Failure { out.error() };
    return fields(*out).value(QStringLiteral("ok"));
}

} // namespace GoDual
