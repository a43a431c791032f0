#include "fix/plandraft.h"

#include "edit/managedblock.h"
#include "edit/shellsyntax.h"
#include "fix/startuptarget.h"

#include <algorithm>

namespace GoDual {

namespace {

void addOnce(QStringList &list, const QString &item)
{
    if (!list.contains(item))
        list.append(item);
}

// Whether `lines` holds `snippet` as consecutive lines.
bool containsSnippet(const QStringList &lines, const QStringList &snippet)
{
    if (snippet.isEmpty())
        return true;
    // Compared in place: a block holds many snippets and finish() looks for each of them.
    const auto found = std::search(lines.cbegin(), lines.cend(), snippet.cbegin(), snippet.cend());
    return found != lines.cend();
}

} // namespace

PlanDraft::PlanDraft(const Snapshot &snapshot)
    : m_snapshot(&snapshot)
{
}

PlanDraft::FileDraft &PlanDraft::file(const Side &side, const QString &path, Change::Kind kind, bool asRoot)
{
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        const FileDraft &f = *m_files.at(i);
        if (f.side == side.id && f.path == path) {
            FileDraft &mine = *m_files[i];
            mine.asRoot = mine.asRoot || asRoot;
            return mine;
        }
    }
    auto *f = new FileDraft;
    f->side = side.id;
    f->path = path;
    f->kind = kind;
    f->asRoot = asRoot;
    if (const auto it = side.files.constFind(path); it != side.files.cend())
        f->before = *it;
    f->current = f->before.value_or(QByteArray());
    m_files.append(QSharedDataPointer<FileDraft>(f));
    return *m_files.last();
}

Result<void> PlanDraft::editFile(
    const Side &side, const QString &path, Change::Kind kind, bool asRoot, const QString &reason, const FileEdit &edit)
{
    FileDraft &f = file(side, path, kind, asRoot);
    auto edited = edit(f.current);
    if (!edited)
        return Failure { tr("%1 on %2: %3").arg(path, side.id.toString(), edited.error()) };
    f.current = *edited;
    addOnce(f.reasons, reason);
    return {};
}

void PlanDraft::setAlternative(
    const Side &side, const AlternativeGroup &group, const QString &choice, const QString &reason)
{
    // Its "file" is the group's state line: no file of Side::files, so a new draft has no before
    // yet, and the scan's state is it.
    FileDraft &f = file(side, QStringLiteral("/etc/alternatives/") + group.name, Change::Kind::Alternative, true);
    if (!f.before)
        f.before = group.state();
    f.current = AlternativeGroup::stateOf(true, choice);
    addOnce(f.reasons, reason);
}

PlanDraft::BlockDraft *PlanDraft::blockFor(const Side &side, QString *error)
{
    const auto it = std::find_if(m_blocks.cbegin(), m_blocks.cend(),
        [&](const QSharedDataPointer<BlockDraft> &b) { return b->side == side.id; });
    // Every fix of a side asks for its block: its file is found once.
    const auto target = it != m_blocks.cend() ? std::optional((*it)->target) : startupTarget(side);
    if (!target) {
        *error = tr("%1: no start-up file is known to hold GoDual's block").arg(side.id.toString());
        return nullptr;
    }
    // The file as planned so far, else as scanned: a malformed block there is found now.
    QByteArray current = side.files.value(target->path);
    for (const auto &f : std::as_const(m_files)) {
        if (f->side == side.id && f->path == target->path)
            current = f->current;
    }
    // The file is checked again only when it changed.
    if (it == m_blocks.cend() || (*it)->checked != current) {
        if (auto found = ManagedBlock::find(current); !found) {
            *error = tr("%1 on %2: %3").arg(target->path, side.id.toString(), found.error());
            return nullptr;
        }
    }
    BlockDraft *block = nullptr;
    if (it == m_blocks.cend()) {
        block = new BlockDraft;
        block->side = side.id;
        block->target = *target;
        m_blocks.append(QSharedDataPointer<BlockDraft>(block));
    } else {
        block = m_blocks[it - m_blocks.cbegin()].data();
    }
    block->checked = current;
    return block;
}

Result<void> PlanDraft::addBlockLines(const Side &side, const QStringList &lines, const QString &reason)
{
    QString error;
    BlockDraft *block = blockFor(side, &error);
    if (!block)
        return Failure { error };
    const bool known = std::any_of(block->snippets.cbegin(), block->snippets.cend(),
        [&](const BlockSnippet &snippet) { return snippet.removedFolders.isEmpty() && snippet.lines == lines; });
    if (!known)
        block->snippets.append({ lines, {} });
    addOnce(block->reasons, reason);
    return {};
}

Result<void> PlanDraft::removeFromBlockPath(const Side &side, const QStringList &folders, const QString &reason)
{
    QString error;
    BlockDraft *block = blockFor(side, &error);
    if (!block)
        return Failure { error };
    // A folder an earlier removal of the block drops already is not removed again (as a repeated
    // snippet is not added again).
    QStringList added;
    for (const QString &folder : folders) {
        const bool removed = std::any_of(block->snippets.cbegin(), block->snippets.cend(),
            [&](const BlockSnippet &snippet) { return snippet.removedFolders.contains(folder); });
        if (!removed && !added.contains(folder))
            added.append(folder);
    }
    for (const QString &folder : std::as_const(added)) {
        if (auto quoted = ShellSyntax::quote(block->target.shell, folder); !quoted)
            return Failure { quoted.error() };
    }
    if (!added.isEmpty()) {
        if (!block->snippets.isEmpty() && !block->snippets.constLast().removedFolders.isEmpty())
            block->snippets.last().removedFolders += added;
        else
            block->snippets.append({ {}, added });
    }
    addOnce(block->reasons, reason);
    return {};
}

Result<void> PlanDraft::setBlockSection(
    const Side &side, const QString &name, const QString &title, const QStringList &lines, const QString &reason)
{
    QString error;
    BlockDraft *block = blockFor(side, &error);
    if (!block)
        return Failure { error };
    BlockSection section { name, {} };
    section.lines << QStringLiteral("# %1: %2").arg(name, title) << lines << QStringLiteral("# %1: end").arg(name);
    block->sections.removeIf([&](const BlockSection &s) { return s.name == name; });
    block->sections.append(section);
    addOnce(block->reasons, reason);
    return {};
}

namespace {

// Takes the section `name` an earlier run left (from `# name: ` to `# name: end`) out of `lines`
// and returns it (empty when there is none).
QStringList takeSection(QStringList &lines, const QString &name)
{
    const QString begin = QStringLiteral("# %1: ").arg(name);
    const QString end = QStringLiteral("# %1: end").arg(name);
    QStringList rest;
    QStringList section;
    bool inside = false;
    for (const QString &line : std::as_const(lines)) {
        if (!inside && line.startsWith(begin) && line != end)
            inside = true;
        (inside ? section : rest).append(line);
        if (inside && line == end)
            inside = false;
    }
    lines = rest;
    return section;
}

} // namespace

bool PlanDraft::blockHasSection(const QByteArray &file, const QString &name)
{
    const auto body = ManagedBlock::body(file);
    if (!body)
        return false;
    QStringList lines = *body;
    return !takeSection(lines, name).isEmpty();
}

namespace {

// Sections that must come after every fix's lines in the block: `use` puts a Go first on PATH,
// which a fix's line after it could undo.
const QStringList kLastSections { QStringLiteral("use") };

} // namespace

void PlanDraft::editRegistry(const QString &key, const QString &name, const std::optional<RegistryValue> &before,
    const std::optional<RegistryValue> &after, const QString &reason)
{
    for (RegistryDraft &r : m_registry) {
        if (r.key.compare(key, Qt::CaseInsensitive) == 0 && r.name.compare(name, Qt::CaseInsensitive) == 0) {
            r.after = after;
            addOnce(r.reasons, reason);
            return;
        }
    }
    m_registry.append({ key, name, before, after, { reason } });
}

std::optional<RegistryValue> PlanDraft::registryValue(
    const QString &key, const QString &name, const std::optional<RegistryValue> &scanned) const
{
    for (const RegistryDraft &r : m_registry) {
        if (r.key.compare(key, Qt::CaseInsensitive) == 0 && r.name.compare(name, Qt::CaseInsensitive) == 0)
            return r.after;
    }
    return scanned;
}

PlanDraft::RegistryDraft *PlanDraft::registryDraft(const QString &key, const QString &name)
{
    for (RegistryDraft &r : m_registry) {
        if (r.key.compare(key, Qt::CaseInsensitive) == 0 && r.name.compare(name, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

Result<void> PlanDraft::editWindowsPath(const Side &windows, const QString &key, const QString &name,
    const std::optional<RegistryValue> &scanned, const QString &reason, const WindowsPathChange &change)
{
    const RegistryDraft *planned = registryDraft(key, name);
    const std::optional<RegistryValue> current = planned ? planned->after : scanned;
    std::optional<WindowsPathEdit> edit;
    if (planned && planned->pathEdit) {
        // Another fix edited this value entry by entry: go on from there, with the type the plan
        // holds now (path-unexpanded-variable may have made it REG_EXPAND_SZ since).
        if (!current || current->text != planned->pathEdit->text())
            return Failure { tr("%1\\%2 was replaced by another fix of this plan").arg(key, name) };
        edit = planned->pathEdit;
        edit->setType(current->type);
    } else {
        auto started = WindowsPathEdit::start(windows, Origin::registry(key, name), scanned, current);
        if (!started)
            return Failure { started.error() };
        edit = *started;
    }
    if (auto r = change(*edit); !r)
        return r;
    auto after = edit->value();
    if (!after)
        return Failure { key + u'\\' + name + QStringLiteral(": ") + after.error() };
    editRegistry(key, name, scanned, *after, reason);
    registryDraft(key, name)->pathEdit = edit;
    return {};
}

QList<PlanDraft::PlannedWindowsPath> PlanDraft::windowsPathEdits() const
{
    QList<PlannedWindowsPath> out;
    for (const RegistryDraft &r : m_registry) {
        if (r.pathEdit)
            out.append({ r.key, r.name, *r.pathEdit });
    }
    return out;
}

void PlanDraft::restartDistro(const QString &distro) { addOnce(m_restart, distro); }

bool PlanDraft::planOnce(const SideId &side, const QString &edit, const QString &reason)
{
    const QString key = side.toString() + u'\n' + edit;
    const auto first = m_planned.constFind(key);
    if (first == m_planned.cend()) {
        m_planned.insert(key, reason);
        return true;
    }
    if (*first == reason)
        return false;
    // The same edit for another finding: the targets it changed name that finding too.
    const QString firstReason = *first;
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        const FileDraft &f = *m_files.at(i);
        if (f.side == side && f.reasons.contains(firstReason) && !f.reasons.contains(reason))
            m_files[i]->reasons.append(reason);
    }
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const BlockDraft &b = *m_blocks.at(i);
        if (b.side == side && b.reasons.contains(firstReason) && !b.reasons.contains(reason))
            m_blocks[i]->reasons.append(reason);
    }
    for (RegistryDraft &r : m_registry) {
        if (r.reasons.contains(firstReason))
            addOnce(r.reasons, reason);
    }
    return false;
}

Result<QList<Change>> PlanDraft::finish() const
{
    PlanDraft copy = *this; // blocks render into file drafts; finish() itself stays const
    for (const auto &shared : m_blocks) {
        const BlockDraft &block = *shared;
        const Side *side = m_snapshot->side(block.side);
        if (!side)
            return Failure { tr("%1: the side is not in the scan").arg(block.side.toString()) };
        const StartupTarget *target = &block.target;
        const auto render = [&](const QByteArray &current) -> Result<QByteArray> {
            // What the block holds already stays, so fixes planned on different days add up.
            auto existing = ManagedBlock::body(current);
            if (!existing)
                return Failure { existing.error() };
            QStringList lines = *existing;
            QList<QStringList> kept; // sections the block had and this plan keeps: they stay last
            QStringList names = kLastSections;
            for (const BlockSection &section : block.sections)
                addOnce(names, section.name);
            for (const QString &name : std::as_const(names)) {
                const QStringList old = takeSection(lines, name);
                const bool replaced = std::any_of(block.sections.cbegin(), block.sections.cend(),
                    [&](const BlockSection &s) { return s.name == name; });
                if (!old.isEmpty() && !replaced)
                    kept.append(old);
            }
            for (const BlockSnippet &snippet : block.snippets) {
                auto rendered = snippet.removedFolders.isEmpty()
                    ? Result<QStringList>(snippet.lines)
                    : ShellSyntax::removePathEntries(target->shell, snippet.removedFolders, {});
                if (!rendered)
                    return Failure { rendered.error() };
                if (!containsSnippet(lines, *rendered))
                    lines += *rendered;
            }
            for (const QStringList &section : std::as_const(kept))
                lines += section;
            for (const BlockSection &section : block.sections)
                lines += section.lines;
            return ManagedBlock::apply(current, lines);
        };
        FileDraft &file = copy.file(*side, target->path, Change::Kind::File, false);
        auto rendered = render(file.current);
        if (!rendered)
            return Failure { tr("%1 on %2: %3").arg(target->path, side->id.toString(), rendered.error()) };
        file.current = *rendered;
        for (const QString &reason : block.reasons)
            addOnce(file.reasons, reason);
    }
    QList<Change> changes;
    for (const auto &shared : std::as_const(copy.m_files)) {
        const FileDraft &f = *shared;
        Change c;
        c.kind = f.kind;
        c.side = f.side;
        c.target = f.path;
        c.reasons = f.reasons;
        c.asRoot = f.asRoot;
        c.before = f.before;
        c.after = f.current;
        if (!c.isNoop())
            changes.append(c);
    }
    for (const RegistryDraft &r : m_registry) {
        Change c;
        c.kind = Change::Kind::Registry;
        c.side = SideId::windows();
        c.registryKey = r.key;
        c.registryName = r.name;
        c.target = r.key + u'\\' + r.name;
        c.reasons = r.reasons;
        c.beforeValue = r.before;
        c.afterValue = r.after;
        if (!c.isNoop())
            changes.append(c);
    }
    return changes;
}

} // namespace GoDual
