#include "fix/fixactions.h"

#include "diagnosis/sidepaths.h"
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

// What a Windows variable expands to in a new process, as the scan read it.
QString windowsVariable(const Side &windows, const QString &name)
{
    if (const QString v = windows.windowsVariables.value(name); !v.isEmpty())
        return v;
    if (const QString v = windows.env.value(name).value; !v.isEmpty())
        return v;
    return name == QLatin1StringView("USERPROFILE") ? windows.home : QString();
}

// `folder` as %NAME%<rest> when it lies in `dir` (what %NAME% expands to); empty when not.
QString asReference(const QString &folder, const QString &name, const QString &dir)
{
    if (dir.isEmpty() || dir.endsWith(u'\\'))
        return {};
    if (folder.compare(dir, Qt::CaseInsensitive) == 0
        || (folder.startsWith(dir, Qt::CaseInsensitive) && folder.at(dir.size()) == u'\\'))
        return u'%' + name + u'%' + folder.mid(dir.size());
    return {};
}

bool isMachineKey(const QString &key) { return key.startsWith(kMachineKey, Qt::CaseInsensitive); }

// An entry of a REG_SZ value that holds %VAR%: Windows looks it up literally, so it shows as
// missing, but path-unexpanded-variable's fix (REG_EXPAND_SZ) is what makes it work.
bool isUnexpandedReference(const Snapshot &snapshot, const PathEntry &e)
{
    if (!(e.raw.isEmpty() ? e.value : e.raw).contains(u'%'))
        return false;
    const auto value = scannedValue(snapshot, e.origin.registryKey(), e.origin.registryName());
    return value && value->type == RegistryValue::Sz;
}

// The Windows side's Path as a new process would get it once the plan is applied: how many
// characters (entries joined with ';'), as the path-too-long rule counts them.
qsizetype plannedWindowsPathLength(const Context &ctx, const Side &windows)
{
    const QList<PlanDraft::PlannedWindowsPath> edits = ctx.draft.windowsPathEdits();
    const auto editOf = [&](const Origin &origin) -> const WindowsPathEdit * {
        for (const PlanDraft::PlannedWindowsPath &p : edits) {
            if (p.key.compare(origin.registryKey(), Qt::CaseInsensitive) == 0
                && p.name.compare(origin.registryName(), Qt::CaseInsensitive) == 0)
                return &p.edit;
        }
        return nullptr;
    };
    qsizetype length = 0;
    qsizetype entries = 0;
    for (qsizetype i = 0; i < windows.path.size(); ++i) {
        const PathEntry &e = windows.path.at(i);
        const WindowsPathEdit *edit = e.origin.kind() == Origin::Kind::Registry ? editOf(e.origin) : nullptr;
        if (edit && edit->isTied() && !edit->holds(i))
            continue;
        length += e.value.size();
        ++entries;
    }
    for (const PlanDraft::PlannedWindowsPath &p : edits) {
        for (const QString &folder : p.edit.appendedFolders()) {
            length += folder.size();
            ++entries;
        }
    }
    return length + qMax<qsizetype>(0, entries - 1);
}

QString untiedMessage(const QString &key, const QString &name)
{
    return tr("GoDual cannot tell which entries of %1\\%2 the scan's Path entries come from (one of them expands "
              "to several folders or to none); edit it by hand")
        .arg(key, name);
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
    if (!scanned)
        return Failure { tr("the scan did not read %1\\%2").arg(key, name) };
    const auto current = ctx.draft.registryValue(key, name, scanned);
    if (!current) {
        // Another fix of this plan deleted WSLENV already (its last entry went): nothing forwards.
        ctx.draft.editRegistry(key, name, scanned, std::nullopt, ctx.reason);
        return {};
    }
    const QString text = WslEnvEdit::withoutEntries(current->text, names);
    if (text.isEmpty()) {
        ctx.draft.editRegistry(key, name, scanned, std::nullopt, ctx.reason);
    } else {
        const auto type = current->type == RegistryValue::ExpandSz ? RegistryValue::ExpandSz : RegistryValue::Sz;
        ctx.draft.editRegistry(key, name, scanned, RegistryValue::fromString(type, text), ctx.reason);
    }
    return {};
}

bool forwardsFromWindows(const Context &ctx, const QString &name)
{
    const Side *windows = ctx.snapshot.side(SideId::windows());
    const auto wslenv = windows ? windows->env.constFind(QStringLiteral("WSLENV")) : decltype(windows->env.cend()) {};
    if (!windows || wslenv == windows->env.cend() || wslenv->origin.kind() != Origin::Kind::Registry)
        return true; // as the scan saw it: nothing in this plan can have changed it
    const QString key = wslenv->origin.registryKey();
    const QString regName = wslenv->origin.registryName();
    const auto current = ctx.draft.registryValue(key, regName, scannedValue(ctx.snapshot, key, regName));
    return current && WslEnvEdit::withoutEntries(current->text, { name }) != current->text;
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
    if (!ctx.draft.planOnce(distro.id, QStringLiteral("interop ") + choice, ctx.reason))
        return {};
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
        for (const qsizetype i : ctx.flagged.appendedWindowsTools(distro)) {
            if (auto r = addBlock(ctx, distro, ShellSyntax::appendPath(target->shell, distro.path.at(i).value)); !r)
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
    if (auto target = blockTarget(side); !target)
        return Failure { target.error() };
    return ctx.draft.removeFromBlockPath(side, folders, ctx.reason);
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
    // %USERPROFILE% keeps the entry right when the profile moves, as Windows' own entries do.
    QString entry
        = asReference(folder, QStringLiteral("USERPROFILE"), windowsVariable(side, QStringLiteral("USERPROFILE")));
    if (entry == QLatin1StringView("%USERPROFILE%"))
        entry.clear(); // the profile folder itself stays literal
    if (entry.isEmpty())
        entry = folder;
    // Through the Path editor, so it adds up with the fixes that remove entries from this value.
    return ctx.draft.editWindowsPath(
        side, key, name, scannedValue(ctx.snapshot, key, name), ctx.reason, [&](WindowsPathEdit &edit) -> Result<void> {
            edit.append(entry, folder);
            return {};
        });
}

Result<void> removeWindowsPathEntries(Context &ctx, const Side &windows, const QList<qsizetype> &pathIndexes)
{
    // The registry values holding them, in the order the scan met them (the system Path first).
    QList<Origin> values;
    for (const qsizetype i : pathIndexes) {
        const Origin &origin = windows.path.at(i).origin;
        if (origin.kind() != Origin::Kind::Registry)
            return Failure {
                tr("GoDual cannot tell which registry value adds %1 to Path").arg(windows.path.at(i).value)
            };
        if (!values.contains(origin))
            values.append(origin);
    }
    for (const Origin &origin : std::as_const(values)) {
        const QString key = origin.registryKey();
        const QString name = origin.registryName();
        if (auto r = allowedKey(ctx, key, name); !r)
            return r;
        const auto scanned = scannedValue(ctx.snapshot, key, name);
        if (!scanned)
            return Failure { tr("the scan did not read %1\\%2").arg(key, name) };
        if (auto r = ctx.draft.editWindowsPath(windows, key, name, scanned, ctx.reason,
                [&](WindowsPathEdit &edit) -> Result<void> {
                    if (!edit.isTied())
                        return Failure { untiedMessage(key, name) };
                    for (const qsizetype i : pathIndexes) {
                        if (windows.path.at(i).origin == origin)
                            edit.remove(i); // already gone when another fix removed it
                    }
                    return {};
                });
            !r)
            return r;
    }
    return {};
}

Result<void> removeMissingPathEntry(Context &ctx, const Side &side, const QString &folder)
{
    if (isLinux(side)) {
        const QList<qsizetype> &missing = ctx.flagged.missing(side);
        const auto at = std::find_if(
            missing.cbegin(), missing.cend(), [&](qsizetype i) { return side.path.at(i).value == folder; });
        if (at == missing.cend())
            return Failure { tr("%1 is not a missing PATH entry in the scan").arg(folder) };
        const PathEntry *it = &side.path.at(*at);
        if (it->origin.kind() == Origin::Kind::AppendWindowsPath)
            return Failure {
                tr("%1 comes from Windows' Path (appendWindowsPath); fix it on the Windows side").arg(folder)
            };
        // The block drops it wherever PATH has it (and anything under it, which is missing too).
        return removeFromPath(ctx, side, { folder });
    }
    QList<qsizetype> indexes;
    for (const qsizetype i : ctx.flagged.missing(side)) {
        const PathEntry &e = side.path.at(i);
        if (!SidePaths::same(side, e.value, folder))
            continue;
        if (isUnexpandedReference(ctx.snapshot, e))
            return Failure { tr("%1 is not missing: %2 stores it as REG_SZ, so Windows never expands it "
                                "(path-unexpanded-variable's fix makes the value REG_EXPAND_SZ)")
                    .arg(folder, e.origin.toString()) };
        indexes.append(i); // every occurrence: a repeat of it is missing too
    }
    if (indexes.isEmpty())
        return Failure { tr("%1 is not a missing PATH entry in the scan").arg(folder) };
    return removeWindowsPathEntries(ctx, side, indexes);
}

Result<void> removeRepeatedPathEntry(Context &ctx, const Side &side, const QString &folder)
{
    if (isLinux(side)) {
        const QList<qsizetype> &repeated = ctx.flagged.repeated(side);
        const auto at = std::find_if(
            repeated.cbegin(), repeated.cend(), [&](qsizetype i) { return side.path.at(i).value == folder; });
        if (at == repeated.cend())
            return Failure { tr("%1 is not a repeated PATH entry in the scan").arg(folder) };
        const PathEntry *it = &side.path.at(*at);
        if (it->origin.kind() == Origin::Kind::AppendWindowsPath)
            return Failure { tr(
                "the repeated %1 comes from Windows' Path (appendWindowsPath); fix it on the Windows side")
                    .arg(folder) };
        // GoDual's block can only drop a folder from PATH wherever it is, the first one too.
        return Failure { tr("GoDual's block would drop every %1 from PATH, the first one too; remove the later one at "
                            "%2 by hand")
                .arg(folder, it->origin.toString()) };
    }
    QList<qsizetype> indexes;
    for (const qsizetype i : ctx.flagged.repeated(side)) {
        // The first occurrence is not marked duplicate, so it stays.
        if (SidePaths::same(side, side.path.at(i).value, folder))
            indexes.append(i);
    }
    if (indexes.isEmpty())
        return Failure { tr("%1 is not a repeated PATH entry in the scan").arg(folder) };
    return removeWindowsPathEntries(ctx, side, indexes);
}

Result<void> shortenWindowsPath(Context &ctx, const Side &windows)
{
    if (isLinux(windows))
        return Failure { tr("only Windows' Path has a length limit") };
    const QString profile = windowsVariable(windows, QStringLiteral("USERPROFILE"));
    const QString programFiles = windowsVariable(windows, QStringLiteral("ProgramFiles"));
    QList<Origin> values;
    for (const PathEntry &e : windows.path) {
        if (e.origin.kind() == Origin::Kind::Registry && !values.contains(e.origin))
            values.append(e.origin);
    }
    bool changed = false;
    QStringList needSystem; // machine-wide values that hold something to remove or shorten
    for (const Origin &origin : std::as_const(values)) {
        const QString key = origin.registryKey();
        const QString name = origin.registryName();
        const bool machine = isMachineKey(key);
        QList<qsizetype> removals;
        QList<std::pair<qsizetype, QString>> rewrites;
        for (qsizetype i = 0; i < windows.path.size(); ++i) {
            const PathEntry &e = windows.path.at(i);
            if (e.origin != origin)
                continue;
            if (e.duplicate || (!e.exists && !isUnexpandedReference(ctx.snapshot, e))) {
                removals.append(i);
                continue;
            }
            const QString stored = e.raw.isEmpty() ? e.value : e.raw;
            if (stored.contains(u'%'))
                continue;
            // The machine-wide Path is every user's: %USERPROFILE% there would differ per user.
            QString shorter = machine ? QString() : asReference(stored, QStringLiteral("USERPROFILE"), profile);
            if (shorter.isEmpty())
                shorter = asReference(stored, QStringLiteral("ProgramFiles"), programFiles);
            if (!shorter.isEmpty() && shorter.size() < stored.size())
                rewrites.append({ i, shorter });
        }
        if (removals.isEmpty() && rewrites.isEmpty())
            continue;
        if (!allowedKey(ctx, key, name)) {
            needSystem.append(origin.toString());
            continue;
        }
        const auto scanned = scannedValue(ctx.snapshot, key, name);
        if (!scanned)
            return Failure { tr("the scan did not read %1\\%2").arg(key, name) };
        if (auto r = ctx.draft.editWindowsPath(windows, key, name, scanned, ctx.reason,
                [&](WindowsPathEdit &edit) -> Result<void> {
                    if (!edit.isTied())
                        return Failure { untiedMessage(key, name) };
                    const QString before = edit.text();
                    for (const qsizetype i : std::as_const(removals))
                        edit.remove(i);
                    // A REG_SZ value holding a literal '%' stays as it is: a reference would make it
                    // REG_EXPAND_SZ and expand that '%' too (path-unexpanded-variable's call).
                    if (edit.type() == RegistryValue::ExpandSz || !edit.text().contains(u'%')) {
                        for (const auto &[i, shorter] : std::as_const(rewrites))
                            edit.rewrite(i, shorter);
                    }
                    changed = changed || edit.text() != before;
                    return {};
                });
            !r)
            return r;
    }
    if (!changed) {
        if (!needSystem.isEmpty())
            return Failure { tr("only %1 holds entries to remove or shorten: pass --system (and run GoDual as "
                                "administrator) to change it")
                    .arg(needSystem.join(QStringLiteral(", "))) };
        return Failure { tr("Path holds no missing or repeated entry and none GoDual can shorten; remove entries by "
                            "hand") };
    }
    // References shorten the stored values (what the Environment Variables dialog and setx are
    // limited by), not the expanded Path a process gets: only removals bring that under the limit.
    if (const qsizetype length = plannedWindowsPathLength(ctx, windows); length > 2047) {
        ctx.remains = needSystem.isEmpty()
            ? tr("the combined Path stays %1 characters after this change, above 2,047; remove entries by hand")
                  .arg(length)
            : tr("the combined Path stays %1 characters after this change, above 2,047; --system would also "
                 "change %2, or remove entries by hand")
                  .arg(length)
                  .arg(needSystem.join(QStringLiteral(", ")));
    }
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
