#include "sidebuilder.h"

#include "drvfspath.h"
#include "goenvfile.h"
#include "gosettings.h"
#include "rcassignments.h"
#include "vscodesettings.h"
#include "wslconfparser.h"
#include "wslenv.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace GoDual::SideBuilder {

namespace {

using Environment = QList<std::pair<QString, QString>>;

QString lookup(const Environment &env, const QString &name, bool *found = nullptr)
{
    for (const auto &[key, value] : env) {
        if (key == name) {
            if (found)
                *found = true;
            return value;
        }
    }
    if (found)
        *found = false;
    return {};
}

QString parentDir(QString path)
{
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

QString normalDir(QString dir)
{
    while (dir.size() > 1 && dir.endsWith(u'/'))
        dir.chop(1);
    return dir;
}

QList<GoInstall> installsFrom(const ProbeReport &report)
{
    QList<GoInstall> installs;
    QStringList seen;
    for (const ProbeReport::Install &i : report.installs) {
        // /usr/lib/go and /usr/lib/go-1.24 are one installation: keep the real folder.
        const QString root = normalDir(i.realDir.isEmpty() ? i.dir : i.realDir);
        const QString dir = normalDir(i.dir);
        if (const qsizetype at = seen.indexOf(root); at >= 0) {
            if (dir != root && !installs[at].aliases.contains(dir))
                installs[at].aliases.append(dir);
            continue;
        }
        seen.append(root);
        const auto version = GoVersion::parse(i.versionLine.trimmed());
        GoInstall install { version ? version->toString() : i.versionLine.trimmed(), root, {},
            installSource(dir, report.home), i.binaryKind };
        if (dir != root)
            install.aliases.append(dir);
        installs.append(install);
    }
    return installs;
}

// Which start-up line most likely set `name` to its final value: the last assignment of it in
// start-up order, since a later assignment overrides an earlier one.
const RcAssignment *lastAssignment(const QList<RcAssignment> &rc, const QString &name)
{
    const RcAssignment *last = nullptr;
    for (const RcAssignment &a : rc) {
        if (a.variable == name)
            last = &a;
    }
    return last;
}

EnvValue originOf(
    const QString &name, const QString &value, const Environment &initial, const QList<RcAssignment> &rc, bool isWsl)
{
    EnvValue v { value, {}, {} };
    bool inInitial = false;
    const QString initialValue = lookup(initial, name, &inInitial);
    const RcAssignment *last = lastAssignment(rc, name);
    if (inInitial && initialValue == value) {
        const auto entry = wslEnvEntryForwardingToWsl(lookup(initial, QStringLiteral("WSLENV")), name);
        const QString forwarded = entry ? entry->text : QString();
        v.origin = isWsl && !forwarded.isEmpty() ? QStringLiteral("WSLENV:") + forwarded
                                                 : (isWsl ? QStringLiteral("wsl") : QStringLiteral("environment"));
    } else if (last) {
        v.origin = last->file + u':' + QString::number(last->line);
    } else {
        v.origin = isWsl ? QStringLiteral("wsl") : QStringLiteral("environment");
    }
    for (const RcAssignment &a : rc) {
        if (a.variable == name && &a != last)
            v.overridden.append(a.file + u':' + QString::number(a.line) + QStringLiteral(": ") + a.value);
    }
    return v;
}

QString pathEntryOrigin(const QString &dir, const QStringList &initialPath, const QList<RcAssignment> &rc,
    const QString &home, bool isWsl, const WslConfig &conf)
{
    // The start-up line that names this folder (literally or through $HOME / ~).
    QString homeForm;
    if (!home.isEmpty() && dir.startsWith(home + u'/'))
        homeForm = dir.mid(home.size());
    const RcAssignment *found = nullptr;
    for (const RcAssignment &a : rc) {
        if (a.variable != QLatin1StringView("PATH"))
            continue;
        const QStringList parts = a.value.split(u':');
        for (const QString &p : parts) {
            const QString n = normalDir(p);
            if (n == dir
                || (!homeForm.isEmpty()
                    && (n == QStringLiteral("$HOME") + homeForm || n == QStringLiteral("${HOME}") + homeForm
                        || n == u'~' + homeForm)))
                found = &a;
        }
    }
    if (found)
        return found->file + u':' + QString::number(found->line);
    if (initialPath.contains(dir)) {
        // WSL appends the translated Windows Path last, before any start-up file runs.
        if (isWsl && conf.interopEnabled.value && conf.interopAppendWindowsPath.value
            && DrvFsPath::isWindowsDrive(dir, conf.automountRoot.value))
            return QStringLiteral("appendWindowsPath");
        return isWsl ? QStringLiteral("wsl") : QStringLiteral("environment");
    }
    return QStringLiteral("login shell");
}

} // namespace

QString installSource(const QString &goroot, const QString &home)
{
    const QString dir = normalDir(goroot);
    if (dir == QLatin1StringView("/usr/local/go"))
        return QStringLiteral("tarball");
    if (dir.startsWith(QLatin1StringView("/usr/lib/go")))
        return QStringLiteral("debian");
    if (dir.startsWith(QLatin1StringView("/snap/go")))
        return QStringLiteral("snap");
    if (dir.startsWith(QLatin1StringView("/opt/")))
        return QStringLiteral("opt");
    if (dir == QLatin1StringView("/etc/alternatives/go"))
        return QStringLiteral("alternatives");
    if (!home.isEmpty() && dir.startsWith(home + u'/')) {
        const QString rest = dir.mid(home.size() + 1);
        if (rest.startsWith(QLatin1StringView("sdk/")))
            return QStringLiteral("sdk");
        if (rest.startsWith(QLatin1StringView(".gvm/")))
            return QStringLiteral("gvm");
        if (rest.startsWith(QLatin1StringView(".goenv/")))
            return QStringLiteral("goenv");
        if (rest.startsWith(QLatin1StringView(".local/share/mise/")))
            return QStringLiteral("mise");
        if (rest.startsWith(QLatin1StringView(".asdf/")))
            return QStringLiteral("asdf");
        if (rest.contains(QLatin1StringView("golang.org/toolchain@")))
            return QStringLiteral("toolchain");
    }
    return QStringLiteral("other");
}

Side build(const SideId &id, const ProbeReport &report)
{
    const bool isWsl = id.kind() == SideId::Kind::Wsl;
    Side side;
    side.id = id;
    side.name = isWsl ? id.distro() : QStringLiteral("local");
    side.scanned = true;
    side.home = report.home;
    side.kernel = report.kernel;
    side.kernelModulesPresent = report.kernelModulesPresent;
    side.installs = installsFrom(report);

    WslConfig conf;
    if (isWsl) {
        const auto file = report.files.constFind(QStringLiteral("wslconf"));
        if (file != report.files.cend())
            conf = parseWslConf(file->bytes, file->path);
        InteropSettings interop;
        interop.enabled = conf.interopEnabled.value;
        interop.enabledOrigin = conf.origin(conf.interopEnabled.line);
        interop.appendWindowsPath = conf.interopAppendWindowsPath.value;
        interop.appendWindowsPathOrigin = conf.origin(conf.interopAppendWindowsPath.line);
        side.interop = interop;
        side.automountRoot = DrvFsPath::normalizedRoot(conf.automountRoot.value);
        for (const WslConfIssue &issue : std::as_const(conf.issues)) {
            if (issue.kind != WslConfIssue::UnknownKey)
                side.wslConfIssues.append(issue.message);
        }
    }
    if (const auto vscode = report.files.constFind(QStringLiteral("vscode-machine")); vscode != report.files.cend()) {
        const VsCodeSettings::Setting goroot = VsCodeSettings::goroot(vscode->bytes);
        if (goroot.line > 0) {
            side.vscodeGoroot = goroot.value;
            side.vscodeGorootOrigin = vscode->path + u':' + QString::number(goroot.line);
        }
    }

    for (const ProbeReport::RcLine &line : report.rcLines)
        side.rcAssignments.append(RcAssignments::parse(line.path, line.line, line.text));

    const Environment initial = report.environment(QStringLiteral("env-initial"));
    Environment login = report.environment(QStringLiteral("env-login"));
    // timeout(1) answers 124 (137 after its KILL) when the start-up files ran past the limit.
    const bool cutOff = report.loginStatus == 124 || report.loginStatus == 137;
    if (cutOff) {
        side.scanError = QCoreApplication::translate("GoDual::SideBuilder",
            "the login shell %1 did not finish its start-up files within 10 s; the environment shown may be "
            "incomplete")
                             .arg(report.loginShell);
    }
    if (login.isEmpty()) {
        login = initial;
        if (!cutOff) {
            side.scanError = QCoreApplication::translate("GoDual::SideBuilder",
                "the login shell %1 exited with status %2 before its environment could be read; showing the "
                "environment without its start-up files")
                                 .arg(report.loginShell)
                                 .arg(report.loginStatus);
        }
    }

    // Go variables: the OS environment wins, then the go env file, then $GOROOT/go.env (Go's own
    // precedence, GoSettings::lookup).
    side.goEnvFile = report.files.value(QStringLiteral("goenv")).path;
    if (const auto goenv = report.files.constFind(QStringLiteral("goenv")); goenv != report.files.cend())
        side.goEnvFileValues = GoEnvFile::parse(goenv->bytes, goenv->path);
    if (const auto file = report.files.constFind(QStringLiteral("goroot-env")); file != report.files.cend()) {
        side.gorootEnvFile = file->path;
        side.gorootEnvValues = GoEnvFile::parse(file->bytes, file->path);
    }
    GoSettings::Layers layers { {}, side.goEnvFileValues, side.gorootEnvValues };
    for (const QString &name : RcAssignments::goVariables()) {
        bool set = false;
        const QString value = lookup(login, name, &set);
        if (set && !value.isEmpty())
            layers.environment.insert(name, originOf(name, value, initial, side.rcAssignments, isWsl));
        if (const auto resolved = GoSettings::lookup(layers, name))
            side.env.insert(name, *resolved);
    }
    if (isWsl) {
        bool set = false;
        const QString wslenv = lookup(initial, QStringLiteral("WSLENV"), &set);
        if (set)
            side.env.insert(QStringLiteral("WSLENV"), { wslenv, QStringLiteral("wsl"), {} });
    }

    // PATH in lookup order, each folder with where it was added.
    const QStringList initialPath = lookup(initial, QStringLiteral("PATH")).split(u':', Qt::SkipEmptyParts);
    QStringList seen;
    for (const ProbeReport::PathDir &p : report.pathDirs) {
        PathEntry e;
        e.value = p.dir;
        e.exists = p.exists;
        e.onWindowsDrive = isWsl && DrvFsPath::isWindowsDrive(p.dir, side.automountRoot);
        const QString n = normalDir(p.dir);
        e.realPath = normalDir(p.realDir.isEmpty() ? p.dir : p.realDir);
        e.duplicate = seen.contains(e.realPath);
        seen.append(e.realPath);
        e.origin = pathEntryOrigin(n, initialPath, side.rcAssignments, report.home, isWsl, conf);
        side.path.append(e);
    }
    for (const ProbeReport::GoHit &hit : report.goHits) {
        if (hit.pathIndex < 0 || hit.pathIndex >= side.path.size())
            continue;
        PathEntry &e = side.path[hit.pathIndex];
        if (e.goName.isEmpty() || hit.name == QLatin1StringView("go")) {
            e.goName = hit.name;
            e.goKind = hit.kind;
            e.goRealPath = hit.realPath;
        }
        // Linux runs `go`, never `go.exe`, unless a shim named go forwards to it.
        if (!side.active && hit.name == QLatin1StringView("go")) {
            ActiveGo active;
            active.path = normalDir(hit.dir) + QStringLiteral("/go");
            active.kind = hit.kind;
            const QString root = parentDir(parentDir(hit.realPath));
            for (const GoInstall &install : std::as_const(side.installs)) {
                if (install.goroot == root) {
                    active.goroot = root;
                    active.version = install.version;
                }
            }
            side.active = active;
        }
    }

    // Go's defaults for what nothing set: GOPATH is $HOME/go, GOROOT the active go's own.
    if (!side.env.contains(QStringLiteral("GOPATH")) && !report.home.isEmpty())
        side.env.insert(
            QStringLiteral("GOPATH"), { report.home + QStringLiteral("/go"), QStringLiteral("default"), {} });
    if (!side.env.contains(QStringLiteral("GOROOT")) && side.active && !side.active->goroot.isEmpty())
        side.env.insert(QStringLiteral("GOROOT"), { side.active->goroot, QStringLiteral("default"), {} });
    return side;
}

} // namespace GoDual::SideBuilder
