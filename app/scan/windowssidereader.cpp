#include "windowssidereader.h"

#include "goenvfile.h"
#include "rcassignments.h"
#include "vscodesettings.h"
#include "windowsenvironment.h"

#include <QCoreApplication>

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

// Where an installation found on Path came from, judged by its folder.
QString sourceOf(const QString &root)
{
    const QString r = root.toLower();
    if (r.contains(QLatin1StringView("\\scoop\\")))
        return QStringLiteral("scoop");
    if (r.contains(QLatin1StringView("chocolatey")) || r.endsWith(QLatin1StringView("\\tools\\go")))
        return QStringLiteral("chocolatey");
    if (r.contains(QLatin1StringView("\\sdk\\go")))
        return QStringLiteral("sdk");
    if (r.endsWith(QLatin1StringView("\\program files\\go"))
        || r.endsWith(QLatin1StringView("\\program files (x86)\\go")) || r.endsWith(QLatin1StringView(":\\go")))
        return QStringLiteral("msi");
    return QStringLiteral("path");
}

// Adds the installation at `root` when its VERSION file says it is Go.
void addInstall(QList<GoInstall> &installs, const WindowsFiles &files, const QString &root, const QString &source)
{
    const QString dir = trimDir(root);
    for (const GoInstall &i : std::as_const(installs)) {
        if (i.goroot.compare(dir, Qt::CaseInsensitive) == 0)
            return;
    }
    const QByteArray version = files.read(windowsPathJoin(dir, QStringLiteral("VERSION")), 256);
    if (version.isEmpty())
        return;
    const QString first = QString::fromUtf8(version.left(version.indexOf('\n'))).trimmed();
    const auto parsed = GoVersion::parse(first);
    installs.append({ parsed ? parsed->toString() : first, dir, {}, source,
        binaryKind(files, windowsPathJoin(dir, QStringLiteral("bin\\go.exe"))) });
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
                { key + QStringLiteral("\\Path"), value->text, value->type == RegistryValue::ExpandSz });
    }

    // Installations in the usual places, then every Go bin folder on Path.
    const QString profile = side.home;
    const QString systemDrive = env.value(QStringLiteral("SystemDrive")).isEmpty()
        ? QStringLiteral("C:")
        : env.value(QStringLiteral("SystemDrive"));
    // The Program Files folders, from the registry when it names them, else Windows' defaults.
    QStringList programFiles;
    for (const char *var : { "ProgramFiles", "ProgramFiles(x86)", "ProgramW6432" })
        programFiles.append(env.value(QString::fromLatin1(var)));
    programFiles.append(systemDrive + QStringLiteral("\\Program Files"));
    programFiles.append(systemDrive + QStringLiteral("\\Program Files (x86)"));
    for (const QString &pf : std::as_const(programFiles)) {
        if (!pf.isEmpty())
            addInstall(side.installs, files, windowsPathJoin(pf, QStringLiteral("Go")), QStringLiteral("msi"));
    }
    addInstall(side.installs, files, systemDrive + QStringLiteral("\\Go"), QStringLiteral("msi"));
    if (!profile.isEmpty()) {
        const QString sdk = windowsPathJoin(profile, QStringLiteral("sdk"));
        for (const QString &d : files.subdirs(sdk, QStringLiteral("go")))
            addInstall(side.installs, files, windowsPathJoin(sdk, d), QStringLiteral("sdk"));
        const QString scoop = windowsPathJoin(profile, QStringLiteral("scoop\\apps\\go"));
        for (const QString &d : files.subdirs(scoop))
            addInstall(side.installs, files, windowsPathJoin(scoop, d), QStringLiteral("scoop"));
    }
    const QString programData = env.value(QStringLiteral("ProgramData"));
    if (!programData.isEmpty())
        addInstall(side.installs, files,
            windowsPathJoin(programData, QStringLiteral("chocolatey\\lib\\golang\\tools\\go")),
            QStringLiteral("chocolatey"));
    addInstall(side.installs, files, systemDrive + QStringLiteral("\\tools\\go"), QStringLiteral("chocolatey"));

    QStringList seen;
    for (const WindowsPathEntry &w : env.path()) {
        PathEntry e;
        e.value = w.text;
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
            const QString root = parentOf(w.text);
            addInstall(side.installs, files, root, sourceOf(root));
            if (!side.active) {
                ActiveGo active { trimDir(exe), {}, {}, e.goKind };
                for (const GoInstall &i : std::as_const(side.installs)) {
                    if (i.goroot.compare(root, Qt::CaseInsensitive) == 0) {
                        active.goroot = i.goroot;
                        active.version = i.version;
                    }
                }
                side.active = active;
            }
        }
        side.path.append(e);
    }

    // Go's defaults for what nothing set.
    if (!side.env.contains(QStringLiteral("GOPATH")) && !profile.isEmpty())
        side.env.insert(QStringLiteral("GOPATH"),
            { windowsPathJoin(profile, QStringLiteral("go")), QStringLiteral("default"), {} });
    if (!side.env.contains(QStringLiteral("GOROOT")) && side.active && !side.active->goroot.isEmpty())
        side.env.insert(QStringLiteral("GOROOT"), { side.active->goroot, QStringLiteral("default"), {} });

    if (!appData.isEmpty()) {
        const QString settings = windowsPathJoin(appData, QStringLiteral("Code\\User\\settings.json"));
        const VsCodeSettings::Setting goroot = VsCodeSettings::goroot(files.read(settings));
        if (goroot.line > 0) {
            side.vscodeGoroot = goroot.value;
            side.vscodeGorootOrigin = settings + u':' + QString::number(goroot.line);
        }
    }
    return side;
}

} // namespace GoDual::WindowsSideReader
