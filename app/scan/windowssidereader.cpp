#include "scan/windowssidereader.h"

#include "diagnosis/sidepaths.h"
#include "godefaults.h"
#include "installlocations.h"
#include "platform/windowsenvironment.h"
#include "scan/goenvfile.h"
#include "scan/rcassignments.h"
#include "scan/vscodesettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace GoDual::WindowsSideReader {

namespace {

QString trimDir(QString dir)
{
    dir.replace(u'/', u'\\');
    while (dir.size() > 3 && dir.endsWith(u'\\'))
        dir.chop(1);
    return dir;
}

QString parentOf(const QString &dir)
{
    const QString d = trimDir(dir);
    const qsizetype slash = d.lastIndexOf(u'\\');
    return slash <= 2 ? d.left(3) : d.left(slash);
}

QString binaryKind(const WindowsFiles &files, const QString &exe)
{
    const QByteArray head = files.read(exe, 2);
    if (head.isEmpty() && !files.isFile(exe))
        return QStringLiteral("none");
    return head.startsWith("MZ") ? QStringLiteral("pe") : QStringLiteral("other");
}

// Where an installation found on Path came from: the table's label when it is one of the
// table's folders, else judged by names that mark a package manager's tree wherever it was put.
QString sourceOf(const WindowsEnvironment &env, const QString &root)
{
    for (const InstallLocations::Location &row : InstallLocations::of(InstallLocations::System::Windows)) {
        if (InstallLocations::matches(env.expand(row.pattern), root, InstallLocations::System::Windows))
            return row.source;
    }
    const QString r = root.toLower();
    if (r.contains(QLatin1StringView("\\scoop\\")))
        return QStringLiteral("scoop");
    if (r.contains(QLatin1StringView("chocolatey")))
        return QStringLiteral("chocolatey");
    return QStringLiteral("path");
}

QString versionAt(const WindowsFiles &files, const QString &dir)
{
    const QByteArray version = files.read(windowsPathJoin(dir, QStringLiteral("VERSION")), 256);
    const QString first = QString::fromUtf8(version.left(version.indexOf('\n'))).trimmed();
    const auto parsed = GoVersion::parse(first);
    return parsed ? parsed->toString() : first;
}

// Adds the installation at `root` when it is one: InstallLocations' rule, VERSION naming Go,
// bin\go.exe and the folder pkg\tool.
void addInstall(Side &side, const WindowsFiles &files, const QString &root, const QString &source)
{
    const QString dir = trimDir(root);
    if (SidePaths::installAt(side, dir))
        return;
    if (!files.isFile(windowsPathJoin(dir, QStringLiteral("bin\\go.exe")))
        || !files.isDir(windowsPathJoin(dir, QStringLiteral("pkg\\tool"))))
        return;
    const QString version = versionAt(files, dir);
    if (version.isEmpty())
        return;
    side.installs.append(
        { version, dir, {}, source, binaryKind(files, windowsPathJoin(dir, QStringLiteral("bin\\go.exe"))) });
}

// Scoop keeps each version in apps\go\<version> and points the junction apps\go\current at the
// one in use; `current` is another name of that folder, not an installation of its own.
void addScoopInstalls(Side &side, const WindowsFiles &files, const QString &apps)
{
    const QStringList dirs = files.subdirs(apps);
    for (const QString &d : dirs) {
        if (d.compare(QLatin1StringView("current"), Qt::CaseInsensitive) != 0)
            addInstall(side, files, windowsPathJoin(apps, d), QStringLiteral("scoop"));
    }
    const QString current = windowsPathJoin(apps, QStringLiteral("current"));
    const QString version = versionAt(files, current);
    if (version.isEmpty())
        return;
    for (GoInstall &i : side.installs) {
        if (i.source == QLatin1StringView("scoop") && i.version == version
            && i.goroot.startsWith(apps, Qt::CaseInsensitive)) {
            i.aliases.append(current);
            return;
        }
    }
    addInstall(side, files, current, QStringLiteral("scoop"));
}

// A Scoop shim (go.exe next to go.shim) runs the program its .shim file names:
// `path = "C:\Users\dev\scoop\apps\go\current\bin\go.exe"`.
QString shimTarget(const WindowsFiles &files, const QString &dir, const QString &exeName)
{
    const QString shim = windowsPathJoin(dir, QFileInfo(exeName).completeBaseName() + QStringLiteral(".shim"));
    const QString text = QString::fromUtf8(files.read(shim, 4096));
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (!line.startsWith(QLatin1StringView("path")))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0)
            continue;
        QStringView value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        return value.toString();
    }
    return {};
}

// A Windows row's pattern with its %VAR% references expanded; nothing when it names a variable
// this machine does not define (so a row never turns into a relative folder).
QStringList expandedFolder(const WindowsEnvironment &env, const QString &pattern)
{
    static const QRegularExpression reference(QStringLiteral("%([^%]+)%"));
    for (auto it = reference.globalMatch(pattern); it.hasNext();) {
        if (env.value(it.next().captured(1)).isEmpty())
            return {};
    }
    return { trimDir(env.expand(pattern)) };
}

// The folders a Windows row names: expanded, then a `*` in its last name matched against the
// subfolders of its parent.
QStringList folders(const WindowsEnvironment &env, const WindowsFiles &files, const QString &pattern)
{
    const QStringList expanded = expandedFolder(env, pattern);
    if (expanded.isEmpty() || !expanded.first().contains(u'*'))
        return expanded;
    const QString parent = parentOf(expanded.first());
    const QString last = expanded.first().mid(parent.size() + (parent.endsWith(u'\\') ? 0 : 1));
    QStringList out;
    for (const QString &d : files.subdirs(parent, last.left(last.indexOf(u'*')))) {
        const QString dir = windowsPathJoin(parent, d);
        if (InstallLocations::matches(expanded.first(), dir, InstallLocations::System::Windows))
            out.append(dir);
    }
    return out;
}

} // namespace

Side read(const Registry &registry, const WindowsFiles &files)
{
    const WindowsEnvironment env = WindowsEnvironment::fromRegistry(registry);
    Side side;
    side.id = SideId::windows();
    side.name = QCoreApplication::translate("GoDual::WindowsSideReader", "Windows");
    side.scanned = true;
    side.home = env.value(QStringLiteral("USERPROFILE"));
    for (const QString &name : { QStringLiteral("USERPROFILE"), QStringLiteral("ProgramFiles") }) {
        if (const QString value = env.value(name); !value.isEmpty())
            side.windowsVariables.insert(name, value);
    }
    // What a fix starts from: every value of the keys the environment is built from.
    for (const QString &key : { WindowsEnvironment::systemKey, WindowsEnvironment::userKey }) {
        const QString canonical = Registry::canonicalKey(key);
        for (const QString &name : registry.valueNames(canonical)) {
            if (const auto value = registry.value(canonical, name))
                side.registryValues.insert(canonical + u'\\' + name, *value);
        }
    }

    QStringList names = RcAssignments::goVariables();
    names.append(QStringLiteral("WSLENV"));
    for (const QString &name : std::as_const(names)) {
        if (const auto v = env.variable(name); v && !v->value.isEmpty())
            side.env.insert(name, { v->value, v->origin, {} });
    }

    // The go env file: %GOENV%, else %AppData%\go\env; the environment wins over it.
    const QString appData = env.value(QStringLiteral("APPDATA"));
    side.goEnvFile = side.env.contains(QStringLiteral("GOENV"))
        ? side.env.value(QStringLiteral("GOENV")).value
        : (appData.isEmpty() ? QString() : windowsPathJoin(appData, QStringLiteral("go\\env")));
    if (!side.goEnvFile.isEmpty())
        side.goEnvFileValues = GoEnvFile::parse(files.read(side.goEnvFile), side.goEnvFile);
    for (auto it = side.goEnvFileValues.cbegin(); it != side.goEnvFileValues.cend(); ++it) {
        if (!side.env.contains(it.key()))
            side.env.insert(it.key(), *it);
    }

    for (const QString &key : { WindowsEnvironment::systemKey, WindowsEnvironment::userKey }) {
        const auto value = registry.value(key, QStringLiteral("Path"));
        if (value && (value->type == RegistryValue::Sz || value->type == RegistryValue::ExpandSz))
            side.windowsPathValues.append(
                { Origin::registry(key, QStringLiteral("Path")), value->text, value->type == RegistryValue::ExpandSz });
    }

    // Installations in the table's places, then every Go bin folder on Path.
    const QString profile = side.home;
    // Windows' default where the registry does not say (SystemDrive comes from SystemRoot).
    WindowsEnvironment places = env;
    if (places.value(QStringLiteral("SystemDrive")).isEmpty())
        places.set({ QStringLiteral("SystemDrive"), QStringLiteral("C:"), {}, RegistryValue::Sz, {} });
    for (const InstallLocations::Location &row : InstallLocations::of(InstallLocations::System::Windows)) {
        // Scoop's rows name apps\go\*: its versions and the `current` junction are read together.
        if (row.source == u"scoop") {
            if (const QStringList apps = expandedFolder(places, row.pattern); !apps.isEmpty())
                addScoopInstalls(side, files, parentOf(apps.first()));
            continue;
        }
        for (const QString &dir : folders(places, files, row.pattern))
            addInstall(side, files, dir, row.source);
    }
    // The MSI (also what winget installs) records its folder, wherever the user put it.
    if (const auto msi = registry.value(
            QStringLiteral("HKEY_CURRENT_USER\\Software\\GoProgrammingLanguage"), QStringLiteral("installLocation"));
        msi && !msi->text.isEmpty())
        addInstall(side, files, msi->text, QStringLiteral("msi"));

    QStringList seen;
    for (const WindowsPathEntry &w : env.path()) {
        PathEntry e;
        e.value = w.text;
        e.raw = w.raw;
        e.origin = w.origin;
        e.exists = files.isDir(w.text);
        const QString folded = trimDir(w.text).toLower();
        e.realPath = trimDir(w.text);
        e.duplicate = seen.contains(folded);
        seen.append(folded);
        const QString exe = windowsPathJoin(w.text, QStringLiteral("go.exe"));
        if (e.exists && files.isFile(exe)) {
            e.goName = QStringLiteral("go.exe");
            e.goKind = binaryKind(files, exe);
            QString target = trimDir(exe);
            if (const QString shimmed = shimTarget(files, w.text, e.goName); !shimmed.isEmpty()) {
                e.goKind = QStringLiteral("shim");
                e.goRealPath = target = trimDir(shimmed);
            }
            const QString root = parentOf(parentOf(target));
            addInstall(side, files, root, sourceOf(places, root));
            if (!side.active) {
                ActiveGo active { trimDir(exe), {}, {}, e.goKind };
                if (const GoInstall *i = SidePaths::installAt(side, root)) {
                    active.goroot = i->goroot;
                    active.version = i->version;
                }
                side.active = active;
            }
        }
        side.path.append(e);
    }

    // Go's defaults for what nothing set.
    GoDefaults::fillIn(side.env, profile.isEmpty() ? QString() : windowsPathJoin(profile, QStringLiteral("go")));
    if (!side.env.contains(QStringLiteral("GOROOT")) && side.active && !side.active->goroot.isEmpty())
        side.env.insert(QStringLiteral("GOROOT"), { side.active->goroot, Origin::defaultValue(), {} });

    // $GOROOT\go.env: the distribution's defaults, below the environment and the go env file.
    if (const QString goroot = side.env.value(QStringLiteral("GOROOT")).value; !goroot.isEmpty()) {
        const QString file = windowsPathJoin(goroot, QStringLiteral("go.env"));
        if (files.isFile(file)) {
            side.gorootEnvFile = file;
            side.gorootEnvValues = GoEnvFile::parse(files.read(file), file);
        }
        for (auto it = side.gorootEnvValues.cbegin(); it != side.gorootEnvValues.cend(); ++it) {
            if (RcAssignments::goVariables().contains(it.key()) && !side.env.contains(it.key()))
                side.env.insert(it.key(), *it);
        }
    }

    if (!appData.isEmpty()) {
        const QString settings = windowsPathJoin(appData, QStringLiteral("Code\\User\\settings.json"));
        const QByteArray bytes = files.read(settings);
        const VsCodeSettings::Setting goroot = VsCodeSettings::goroot(bytes);
        if (goroot.line > 0) {
            side.vscodeGoroot = goroot.value;
            side.vscodeGorootOrigin = Origin::file(settings, goroot.line);
            // What `use` and the go.goroot fix edit, and what writing checks again.
            side.files.insert(settings, bytes);
        }
    }
    return side;
}

} // namespace GoDual::WindowsSideReader
