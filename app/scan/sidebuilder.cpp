#include "scan/sidebuilder.h"

#include "dpkgalternatives.h"
#include "drvfspath.h"
#include "godefaults.h"
#include "gosettings.h"
#include "installlocations.h"
#include "scan/goenvfile.h"
#include "scan/rcassignments.h"
#include "scan/vscodesettings.h"
#include "versionmanager.h"
#include "wslconfparser.h"
#include "wslenv.h"

#include <QCoreApplication>
#include <QHash>
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
            InstallLocations::linuxSource(dir, report.home), i.binaryKind };
        if (dir != root)
            install.aliases.append(dir);
        installs.append(install);
    }
    return installs;
}

// update-alternatives' `go` group, when the distro has one.
void readAlternatives(Side &side, const ProbeReport &report)
{
    const auto value = report.alternatives.constFind(QStringLiteral("go"));
    if (value == report.alternatives.cend())
        return;
    const ProbeReport::File admin = report.files.value(ProbeReport::alternativesRolePrefix + value.key());
    auto group = DpkgAlternatives::parse(value.key(), admin.bytes, *value,
        admin.path.isEmpty() ? QStringLiteral("/var/lib/dpkg/alternatives/go") : admin.path);
    if (group)
        side.goAlternatives = *group;
    else
        side.goAlternativesError = group.error();
}

// gvm's side of the scan: the environment files of its versions (role PREFIX + version), whether
// a new terminal loaded gvm (its GVM_ROOT is gvm's root), and the version it loaded when that is
// not the default environment's: a `gvm use` in a start-up file or a .go-version in the home folder.
void readGvm(
    VersionManager &gvm, const QMap<QString, ProbeReport::File> &files, const QString &prefix, const Environment &login)
{
    for (auto it = files.lowerBound(prefix); it != files.cend() && it.key().startsWith(prefix); ++it)
        gvm.versionFiles.insert(it.key().mid(prefix.size()), it->bytes);
    bool loaded = false;
    gvm.present = gvm.present && normalDir(lookup(login, QStringLiteral("GVM_ROOT"), &loaded)) == gvm.root && loaded;
    const QString version = lookup(login, gvm.overrideVariable());
    if (gvm.present && !version.isEmpty() && version != gvm.globalVersions.value(0))
        gvm.versionOverride = version;
}

// The version managers whose shims or versions are there (goenv, asdf, mise, gvm); the side keeps
// the one whose go a new terminal runs (else the first). That terminal runs the version the manager
// picks in the home folder: the override variable, else the first of the global file's versions
// the manager has. (A version file in the home folder itself would win there, and in every folder
// below without its own.)
void readVersionManager(Side &side, const ProbeReport &report, const Environment &login)
{
    for (const ProbeReport::Manager &m : report.managers) {
        static const QStringList known { QStringLiteral("goenv"), QStringLiteral("asdf"), QStringLiteral("mise"),
            QStringLiteral("gvm") };
        if (!known.contains(m.name))
            continue;
        VersionManager manager { m.name, normalDir(m.root), m.runs, m.present, m.globalFile, {}, {}, {} };
        const QString role = ProbeReport::managerRolePrefix + m.name;
        manager.globalVersions = manager.versionsIn(report.files.value(role).bytes);
        if (manager.isGvm()) {
            readGvm(manager, report.files, role + u':', login);
        } else {
            for (const auto &[name, value] : login) {
                // goenv reads the first of GOENV_VERSION's ':'-separated versions.
                if (name == manager.overrideVariable())
                    manager.versionOverride = manager.isAsdf() ? value.trimmed() : value.section(u':', 0, 0);
            }
        }
        // Installations in the manager's versions folder are its own, wherever its root is.
        QStringList installed;
        for (GoInstall &install : side.installs) {
            if (const QString version = manager.versionOf(install.goroot); !version.isEmpty()) {
                install.source = manager.name;
                installed.append(version);
            }
        }
        const bool runs = side.active && manager.runsAs(side.active->path);
        if (!side.goManager || runs)
            side.goManager = manager;
        // A mise version's own go (`mise activate`) is resolved as any go is; a shim is not.
        if (!runs || side.active->path != manager.shim() || !manager.present)
            continue;
        const QString picked = manager.pick(
            manager.versionOverride.isEmpty() ? manager.globalVersions : QStringList { manager.versionOverride },
            installed);
        for (const GoInstall &install : std::as_const(side.installs)) {
            if (!picked.isEmpty() && manager.versionOf(install.goroot) == picked) {
                side.active->goroot = install.goroot;
                side.active->version = install.version;
                break;
            }
        }
    }
}

// Where a value that was there before any start-up file ran comes from: WSL forwarded it
// through WSLENV, WSL's own start-up environment set it, or (local side) the login shell
// inherited it.
Origin initialOrigin(const QString &name, const Environment &initial, bool isWsl)
{
    if (!isWsl)
        return Origin::environment();
    const auto entry = wslEnvEntryForwardingToWsl(lookup(initial, QStringLiteral("WSLENV")), name);
    return entry ? Origin::wslEnv(entry->text) : Origin::wsl();
}

// Static reading: the last assignment in read order most likely set the final value, since a
// later assignment overrides an earlier one; values are as written, so they are not compared.
EnvValue staticOrigin(
    const QString &name, const QString &value, const Environment &initial, const QList<RcAssignment> &rc, bool isWsl)
{
    EnvValue v { value, {}, {} };
    bool inInitial = false;
    const QString initialValue = lookup(initial, name, &inInitial);
    const RcAssignment *last = nullptr;
    for (const RcAssignment &a : rc) {
        if (a.variable == name)
            last = &a;
    }
    if (inInitial && initialValue == value)
        v.origin = initialOrigin(name, initial, isWsl);
    else if (last)
        v.origin = last->origin();
    else
        v.origin = initialOrigin(name, initial, isWsl);
    for (const RcAssignment &a : rc) {
        if (a.variable == name && &a != last)
            v.overridden.append({ a.origin(), a.value });
    }
    return v;
}

// Traced: the shell expanded every value, so the origin is the last command that gave the
// variable exactly its final value; every other traced setting of it lost.
EnvValue tracedOrigin(
    const QString &name, const QString &value, const Environment &initial, const QList<RcAssignment> &rc, bool isWsl)
{
    EnvValue v { value, {}, {} };
    const RcAssignment *winner = nullptr;
    for (const RcAssignment &a : rc) {
        if (a.variable == name && a.value == value)
            winner = &a;
    }
    bool inInitial = false;
    const QString initialValue = lookup(initial, name, &inInitial);
    if (winner)
        v.origin = winner->origin();
    else if (inInitial && initialValue == value)
        v.origin = initialOrigin(name, initial, isWsl);
    else
        v.origin = Origin::loginShell(); // set where the trace shows no file (a subshell, eval of a string)
    for (const RcAssignment &a : rc) {
        if (a.variable == name && &a != winner)
            v.overridden.append({ a.origin(), a.value });
    }
    return v;
}

// The origin of a folder that was on PATH before any start-up file ran.
Origin initialPathOrigin(const QString &dir, bool isWsl, const WslConfig &conf)
{
    // WSL appends the translated Windows Path last, before any start-up file runs.
    if (isWsl && conf.interopEnabled.value && conf.interopAppendWindowsPath.value
        && DrvFsPath::isWindowsDrive(dir, conf.automountRoot.value))
        return Origin::appendWindowsPath();
    return isWsl ? Origin::wsl() : Origin::environment();
}

Origin staticPathEntryOrigin(const QString &dir, const QStringList &initialPath, const QList<RcAssignment> &rc,
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
        return found->origin();
    if (initialPath.contains(dir))
        return initialPathOrigin(dir, isWsl, conf);
    return Origin::loginShell();
}

// Traced: follows PATH through every command that changed it. A folder keeps the origin of the
// command that first put it there; one that was removed and added again belongs to the re-adder.
QHash<QString, Origin> tracedPathOrigins(
    const QStringList &initialPath, const QList<RcAssignment> &rc, bool isWsl, const WslConfig &conf)
{
    QHash<QString, Origin> origins;
    for (const QString &dir : initialPath)
        origins.insert(normalDir(dir), initialPathOrigin(normalDir(dir), isWsl, conf));
    for (const RcAssignment &a : rc) {
        if (a.variable != QLatin1StringView("PATH"))
            continue;
        QHash<QString, Origin> next;
        const QStringList parts = a.value.split(u':', Qt::SkipEmptyParts);
        for (const QString &p : parts) {
            const QString dir = normalDir(p);
            if (!next.contains(dir))
                next.insert(dir, origins.value(dir, a.origin()));
        }
        origins = next;
    }
    return origins;
}

// The commands of the trace as assignments, with the source line's text where the probe read it.
QList<RcAssignment> tracedAssignments(const ProbeReport &report)
{
    QList<RcAssignment> out;
    for (const ProbeReport::TraceChange &c : report.trace) {
        if (!c.set)
            continue;
        QString text = c.variable + u'=' + c.value;
        for (const ProbeReport::RcLine &line : report.rcLines) {
            if (line.path == c.file && line.line == c.line)
                text = line.text.trimmed();
        }
        out.append({ c.file, c.line, c.variable, c.value, text, true });
    }
    return out;
}

} // namespace

Side build(const SideId &id, const ProbeReport &report, Resolver resolver)
{
    const bool isWsl = id.kind() == SideId::Kind::Wsl;
    Side side;
    side.id = id;
    side.name = isWsl ? id.distro() : QStringLiteral("local");
    side.scanned = true;
    side.home = report.home;
    side.user = report.userName;
    side.shell = report.shell;
    side.startupFiles = report.startupFiles;
    for (auto it = report.files.cbegin(); it != report.files.cend(); ++it) {
        // Every file read whole, by its path; the go env file of $GOROOT is Go's, never edited.
        if (it.key() != QLatin1StringView("goroot-env") && !it.key().startsWith(QLatin1StringView("env-")))
            side.files.insert(it->path, it->bytes);
    }
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
    readAlternatives(side, report);
    if (const auto vscode = report.files.constFind(QStringLiteral("vscode-machine")); vscode != report.files.cend()) {
        const VsCodeSettings::Setting goroot = VsCodeSettings::goroot(vscode->bytes);
        if (goroot.line > 0) {
            side.vscodeGoroot = goroot.value;
            side.vscodeGorootOrigin = Origin::file(vscode->path, goroot.line);
        }
    }

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

    // The trace, where the login shell could be traced and finished, shows what ran; else the
    // start-up files the shell reads are read without running them.
    const bool traced = resolver == Resolver::Trace && !report.traceShell.isEmpty() && !cutOff
        && !report.environment(QStringLiteral("env-login")).isEmpty();
    if (traced) {
        side.rcAssignments = tracedAssignments(report);
    } else {
        for (const ProbeReport::RcLine &line : report.rcLines)
            side.rcAssignments.append(RcAssignments::parse(line.path, line.line, line.text));
    }
    const auto originOf = traced ? tracedOrigin : staticOrigin;

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
            side.env.insert(QStringLiteral("WSLENV"), { wslenv, Origin::wsl(), {} });
    }

    // PATH in lookup order, each folder with where it was added.
    QStringList initialPath;
    for (const QString &dir : lookup(initial, QStringLiteral("PATH")).split(u':', Qt::SkipEmptyParts))
        initialPath.append(normalDir(dir));
    const QHash<QString, Origin> tracedPath
        = traced ? tracedPathOrigins(initialPath, side.rcAssignments, isWsl, conf) : QHash<QString, Origin>();
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
        e.origin = tracedPath.contains(n)
            ? tracedPath.value(n)
            : staticPathEntryOrigin(n, initialPath, side.rcAssignments, report.home, isWsl, conf);
        side.path.append(e);
    }
    // What WSL appended from Windows' Path, and how much of it the start-up files dropped again.
    QStringList finalPath;
    for (const PathEntry &e : std::as_const(side.path))
        finalPath.append(normalDir(e.value));
    for (const QString &dir : std::as_const(initialPath)) {
        if (initialPathOrigin(dir, isWsl, conf).kind() != Origin::Kind::AppendWindowsPath)
            continue;
        ++side.windowsPathAppended;
        side.windowsPathDropped += finalPath.contains(dir) ? 0 : 1;
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

    readVersionManager(side, report, login);

    // Go's defaults for what nothing set: GOPATH is $HOME/go, GOROOT the active go's own.
    GoDefaults::fillIn(side.env, report.home.isEmpty() ? QString() : report.home + QStringLiteral("/go"));
    if (!side.env.contains(QStringLiteral("GOROOT")) && side.active && !side.active->goroot.isEmpty())
        side.env.insert(QStringLiteral("GOROOT"), { side.active->goroot, Origin::defaultValue(), {} });
    return side;
}

} // namespace GoDual::SideBuilder
