#include "fix/fixactions.h"

#include "drvfspath.h"
#include "edit/goenvfileedit.h"
#include "edit/jsoncedit.h"
#include "edit/lineedit.h"
#include "edit/shellsyntax.h"
#include "edit/textlines.h"
#include "edit/wslconfedit.h"
#include "fix/startuptarget.h"
#include "wslenv.h"

#include <QRegularExpression>

namespace GoDual::FixActions {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::FixActions", text); }

bool isLinux(const Side &side) { return side.id.kind() != SideId::Kind::Windows; }

const QString kMachineKey = QStringLiteral("HKEY_LOCAL_MACHINE");

std::optional<RegistryValue> scannedValue(const Snapshot &snapshot, const QString &key, const QString &name)
{
    const Side *windows = snapshot.side(SideId::windows());
    if (!windows)
        return std::nullopt;
    const QString wanted = key + u'\\' + name;
    for (auto it = windows->registryValues.cbegin(); it != windows->registryValues.cend(); ++it) {
        if (it.key().compare(wanted, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return std::nullopt;
}

Result<void> allowedKey(const Context &ctx, const QString &key, const QString &name)
{
    if (key.startsWith(kMachineKey, Qt::CaseInsensitive) && !ctx.options.system)
        return Failure { tr("%1\\%2 is a machine-wide value: pass --system (and run GoDual as administrator) to change "
                            "it")
                .arg(key, name) };
    return {};
}

Result<void> deleteRegistryValue(Context &ctx, const QString &key, const QString &name)
{
    if (auto r = allowedKey(ctx, key, name); !r)
        return r;
    const auto before = scannedValue(ctx.snapshot, key, name);
    if (!before)
        return Failure { tr("the scan did not read %1\\%2").arg(key, name) };
    ctx.draft.editRegistry(key, name, before, std::nullopt, ctx.reason);
    return {};
}

Result<StartupTarget> blockTarget(const Side &side)
{
    const auto target = startupTarget(side);
    if (!target)
        return Failure {
            tr("%1: GoDual does not know which start-up file the login shell reads").arg(side.id.toString())
        };
    return *target;
}

Result<void> addBlock(Context &ctx, const Side &side, const Result<QStringList> &lines)
{
    if (!lines)
        return Failure { lines.error() };
    return ctx.draft.addBlockLines(side, *lines, ctx.reason);
}

// The folders of the Windows tools people run from a distro (VS Code's `code`, explorer.exe,
// clip.exe, cmd.exe), which appendWindowsPath=false would otherwise take away.
bool isWindowsToolFolder(const PathEntry &entry, const QString &automountRoot)
{
    const QString windows = DrvFsPath::windowsPath(entry.value, automountRoot).toLower();
    if (windows.isEmpty() || !entry.goName.isEmpty())
        return false;
    static const QStringList tools { QStringLiteral(":\\windows"), QStringLiteral(":\\windows\\system32"),
        QStringLiteral("\\microsoft vs code\\bin") };
    return std::any_of(tools.cbegin(), tools.cend(), [&](const QString &t) { return windows.endsWith(t); });
}

} // namespace

Result<void> removeWslEnvEntries(Context &ctx, const QStringList &names)
{
    const Side *windows = ctx.snapshot.side(SideId::windows());
    const auto wslenv = windows ? windows->env.constFind(QStringLiteral("WSLENV")) : decltype(windows->env.cend()) {};
    if (!windows || wslenv == windows->env.cend() || wslenv->origin.kind() != Origin::Kind::Registry)
        return Failure { tr("GoDual cannot tell where Windows sets WSLENV") };
    const QString key = wslenv->origin.registryKey();
    const QString name = wslenv->origin.registryName();
    if (auto r = allowedKey(ctx, key, name); !r)
        return r;
    const auto scanned = scannedValue(ctx.snapshot, key, name);
    const auto current = ctx.draft.registryValue(key, name, scanned);
    if (!current)
        return Failure { tr("the scan did not read %1\\%2").arg(key, name) };
    const QString text = WslEnvEdit::withoutEntries(current->text, names);
    if (text.isEmpty()) {
        ctx.draft.editRegistry(key, name, scanned, std::nullopt, ctx.reason);
    } else {
        const auto type = current->type == RegistryValue::ExpandSz ? RegistryValue::ExpandSz : RegistryValue::Sz;
        ctx.draft.editRegistry(key, name, scanned, RegistryValue::fromString(type, text), ctx.reason);
    }
    return {};
}

Result<void> unsetVariable(Context &ctx, const Side &side, const QString &name)
{
    QList<Origin> origins;
    if (const auto v = side.env.constFind(name); v != side.env.cend()) {
        origins.append(v->origin);
        for (const OverriddenValue &o : v->overridden)
            origins.append(o.origin);
    }
    if (const auto v = side.goEnvFileValues.constFind(name); v != side.goEnvFileValues.cend())
        origins.append(v->origin);
    bool inBlock = false;
    for (const Origin &origin : std::as_const(origins)) {
        switch (origin.kind()) {
        case Origin::Kind::GoEnvFile:
            if (auto r = ctx.draft.editFile(side, origin.path(), Change::Kind::File, false, ctx.reason,
                    [&](const QByteArray &file) { return GoEnvFileEdit::unset(file, name); });
                !r)
                return r;
            break;
        case Origin::Kind::Registry:
            if (auto r = deleteRegistryValue(ctx, origin.registryKey(), origin.registryName()); !r)
                return r;
            break;
        case Origin::Kind::WslEnv:
            // Forwarded from Windows: the entry goes where Windows sets it; without a readable
            // Windows side the block unsets it in the distro instead.
            if (!removeWslEnvEntries(ctx, { name }))
                inBlock = true;
            break;
        case Origin::Kind::File:
        case Origin::Kind::Environment:
        case Origin::Kind::Wsl:
        case Origin::Kind::LoginShell:
            if (!isLinux(side))
                return Failure { tr("%1 comes from %2, which GoDual cannot change").arg(name, origin.toString()) };
            inBlock = true;
            break;
        case Origin::Kind::AppendWindowsPath:
        case Origin::Kind::Default:
        case Origin::Kind::None:
            break;
        }
    }
    if (!inBlock)
        return {};
    auto target = blockTarget(side);
    if (!target)
        return Failure { target.error() };
    return addBlock(ctx, side, ShellSyntax::unsetVariable(target->shell, name));
}

Result<void> interop(Context &ctx, const Side &distro, const QString &choice)
{
    if (!distro.interop || distro.id.kind() != SideId::Kind::Wsl)
        return Failure { tr("%1 has no WSL interop settings to change").arg(distro.id.toString()) };
    auto target = blockTarget(distro);
    if (!target)
        return Failure { target.error() };
    if (choice == QLatin1StringView("filter")) {
        QStringList goFolders;
        for (const PathEntry &e : distro.path) {
            if (!e.goName.isEmpty() && DrvFsPath::isWindowsDrive(e.value, distro.automountRoot))
                goFolders.append(e.value);
        }
        if (auto r
            = addBlock(ctx, distro, ShellSyntax::removePathEntries(target->shell, goFolders, distro.automountRoot));
            !r)
            return r;
    } else {
        const QString conf = QStringLiteral("/etc/wsl.conf");
        if (auto r = ctx.draft.editFile(distro, conf, Change::Kind::WslConf, true, ctx.reason,
                [](const QByteArray &file) {
                    return WslConfEdit::set(
                        file, QStringLiteral("interop"), QStringLiteral("appendWindowsPath"), QStringLiteral("false"));
                });
            !r)
            return r;
        ctx.draft.restartDistro(distro.id.distro());
        for (const PathEntry &e : distro.path) {
            if (e.origin.kind() != Origin::Kind::AppendWindowsPath || !isWindowsToolFolder(e, distro.automountRoot))
                continue;
            if (auto r = addBlock(ctx, distro, ShellSyntax::appendPath(target->shell, e.value)); !r)
                return r;
        }
    }
    // Go variables WSLENV forwards into this distro go where Windows sets them.
    QStringList forwarded;
    const QString wslenv = distro.env.value(QStringLiteral("WSLENV")).value;
    for (const WslEnvEntry &entry : parseWslEnv(wslenv)) {
        if (entry.name.startsWith(QLatin1StringView("GO")) && entry.forwardsToWsl())
            forwarded.append(entry.name);
    }
    if (!forwarded.isEmpty()) {
        if (auto r = removeWslEnvEntries(ctx, forwarded); !r)
            return r;
    }
    return {};
}

Result<void> removeFromPath(Context &ctx, const Side &side, const QStringList &folders)
{
    auto target = blockTarget(side);
    if (!target)
        return Failure { target.error() };
    return addBlock(ctx, side, ShellSyntax::removePathEntries(target->shell, folders, {}));
}

Result<void> appendToPath(Context &ctx, const Side &side, const QString &folder)
{
    if (isLinux(side)) {
        auto target = blockTarget(side);
        if (!target)
            return Failure { target.error() };
        return addBlock(ctx, side, ShellSyntax::appendPath(target->shell, folder));
    }
    const QString key = QStringLiteral("HKEY_CURRENT_USER\\Environment");
    const QString name = QStringLiteral("Path");
    const auto scanned = scannedValue(ctx.snapshot, key, name);
    const auto current = ctx.draft.registryValue(key, name, scanned);
    // %USERPROFILE% keeps the entry right when the profile moves, as Windows' own entries do.
    const QString profile = side.env.value(QStringLiteral("USERPROFILE")).value;
    QString entry = folder;
    if (!profile.isEmpty() && folder.startsWith(profile + u'\\', Qt::CaseInsensitive))
        entry = QStringLiteral("%USERPROFILE%") + folder.mid(profile.size());
    QString text = current ? current->text : QString();
    if (!text.isEmpty() && !text.endsWith(u';'))
        text += u';';
    text += entry;
    const auto type = !current || current->type == RegistryValue::ExpandSz || entry.contains(u'%')
        ? RegistryValue::ExpandSz
        : RegistryValue::Sz;
    ctx.draft.editRegistry(key, name, scanned, RegistryValue::fromString(type, text), ctx.reason);
    return {};
}

Result<void> disableLine(Context &ctx, const Side &side, const QString &file, int line, const QString &variable)
{
    const auto bytes = side.files.constFind(file);
    if (bytes == side.files.cend())
        return Failure { tr("%1 is not one of the user's own start-up files").arg(file) };
    const TextLines lines = TextLines::split(*bytes);
    if (line < 1 || line > lines.lines.size())
        return Failure { tr("%1 has no line %2").arg(file).arg(line) };
    const QString text = QString::fromUtf8(lines.lines.at(line - 1).text);
    // Only a line that does nothing but set the variable: anything else on it (a second
    // command, a continuation, a compound) would be lost or broken by disabling it.
    const QString v = QRegularExpression::escape(variable);
    const QRegularExpression posix(QStringLiteral(R"(^\s*(export\s+)?%1=[^;&|`\\]*$)").arg(v));
    const QRegularExpression fish(QStringLiteral(R"(^\s*set\s+(-[a-zA-Z]+\s+)*%1(\s+[^;&|`\\]*)?$)").arg(v));
    const bool isFish = shellOf(side.shell) == Shell::Fish;
    if (!(isFish ? fish : posix).match(text).hasMatch())
        return Failure { tr("%1:%2 does more than set %3; change it by hand").arg(file).arg(line).arg(variable) };
    // A no-op command, not a bare comment: the line may be the only one inside an if.
    const QString disabled = (isFish ? QStringLiteral("true") : QStringLiteral(":"))
        + QStringLiteral(" # disabled by godual: ") + text.trimmed();
    return ctx.draft.editFile(side, file, Change::Kind::File, false, ctx.reason,
        [&](const QByteArray &current) { return LineEdit::replaceLine(current, line, disabled); });
}

Result<void> commentWslConfLine(Context &ctx, const Side &distro, int line)
{
    const QString conf = QStringLiteral("/etc/wsl.conf");
    const auto bytes = distro.files.constFind(conf);
    if (bytes == distro.files.cend())
        return Failure { tr("%1 was not read on %2").arg(conf, distro.id.toString()) };
    const TextLines lines = TextLines::split(*bytes);
    if (line < 1 || line > lines.lines.size())
        return Failure { tr("%1 has no line %2").arg(conf).arg(line) };
    const QString text = QString::fromUtf8(lines.lines.at(line - 1).text);
    ctx.draft.restartDistro(distro.id.distro());
    return ctx.draft.editFile(distro, conf, Change::Kind::WslConf, true, ctx.reason,
        [&](const QByteArray &current) { return LineEdit::replaceLine(current, line, QStringLiteral("# ") + text); });
}

Result<void> removeVsCodeGoroot(Context &ctx, const Side &side)
{
    if (!side.vscodeGorootOrigin.isFileLine())
        return Failure { tr("GoDual does not know which VS Code settings file sets go.goroot") };
    return ctx.draft.editFile(side, side.vscodeGorootOrigin.path(), Change::Kind::File, false, ctx.reason,
        [](const QByteArray &current) { return JsoncEdit::remove(current, QStringLiteral("go.goroot")); });
}

Result<void> makeExpandable(Context &ctx, const QString &key, const QString &name)
{
    if (auto r = allowedKey(ctx, key, name); !r)
        return r;
    const auto scanned = scannedValue(ctx.snapshot, key, name);
    const auto current = ctx.draft.registryValue(key, name, scanned);
    if (!current)
        return Failure { tr("the scan did not read %1\\%2").arg(key, name) };
    ctx.draft.editRegistry(
        key, name, scanned, RegistryValue::fromString(RegistryValue::ExpandSz, current->text), ctx.reason);
    return {};
}

} // namespace GoDual::FixActions
