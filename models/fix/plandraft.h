#pragma once

#include "changeset.h"
#include "fix/startuptarget.h"
#include "fix/windowspathedit.h"
#include "result.h"
#include "snapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSharedData>

#include <functional>
#include <optional>

namespace GoDual {

// The change set being planned: every fix edits the draft state of its targets, so two fixes of
// one file (the interop fix and a GOROOT fix both adding to the managed block, two edits of one
// go env file) become one change with one before and one after. Pure: the "before" of every
// target is what the scan read (Side::files, the registry values the scan saw).
class PlanDraft {
    Q_DECLARE_TR_FUNCTIONS(GoDual::PlanDraft)

public:
    explicit PlanDraft(const Snapshot &snapshot);

    using FileEdit = std::function<Result<QByteArray>(const QByteArray &current)>;
    // Edits `path` on `side` (absent files start empty and are created). `reason`: a finding id.
    Result<void> editFile(const Side &side, const QString &path, Change::Kind kind, bool asRoot, const QString &reason,
        const FileEdit &edit);
    // Adds a snippet (lines that belong together: an if, a case) to the side's managed block
    // (StartupTarget) unless the block has it already. Fails, adding nothing, when the side has no
    // start-up file to hold a block or the file's block is malformed (finish() would fail).
    Result<void> addBlockLines(const Side &side, const QStringList &lines, const QString &reason);
    // Adds to the side's managed block the lines that drop `folders` (and what lies under them)
    // from PATH. Removals that follow one another in the block share one walk over PATH, which a
    // new terminal runs once instead of once per folder; the outcome is the same. Fails as
    // addBlockLines() does, or when a folder cannot be written in the side's shell.
    Result<void> removeFromBlockPath(const Side &side, const QStringList &folders, const QString &reason);
    // Sets the block's section `name` (`# name: <title>` ... `# name: end`) to `lines`: a section
    // the block holds already (from an earlier run) is replaced, never kept beside the new one,
    // and the section goes last in the block, after every fix's lines, so nothing in the block
    // undoes it. What `godual use` writes: switching again changes only this section.
    Result<void> setBlockSection(
        const Side &side, const QString &name, const QString &title, const QStringList &lines, const QString &reason);
    // Whether the managed block in `file` holds the section `name` (an earlier run's, as
    // setBlockSection() writes one).
    static bool blockHasSection(const QByteArray &file, const QString &name);
    // Switches update-alternatives' `group` on `side` to `choice` in manual mode, as root.
    void setAlternative(const Side &side, const AlternativeGroup &group, const QString &choice, const QString &reason);
    // Sets (or deletes, with std::nullopt) one registry value; `before` is the value the scan saw.
    void editRegistry(const QString &key, const QString &name, const std::optional<RegistryValue> &before,
        const std::optional<RegistryValue> &after, const QString &reason);
    // The registry value as planned so far (the scan's until a fix changed it).
    std::optional<RegistryValue> registryValue(
        const QString &key, const QString &name, const std::optional<RegistryValue> &scanned) const;
    using WindowsPathChange = std::function<Result<void>(WindowsPathEdit &edit)>;
    // Edits a Windows Path value (`key`\`name`) entry by entry. The fixes of one value share one
    // WindowsPathEdit, so they add up to one change of it whatever their order; `scanned` is the
    // value the scan saw, `windows` the side whose Path entries it stores. Fails, changing nothing,
    // when `change` fails, the value is not a string, or another edit replaced its text.
    Result<void> editWindowsPath(const Side &windows, const QString &key, const QString &name,
        const std::optional<RegistryValue> &scanned, const QString &reason, const WindowsPathChange &change);
    // The Path values edited so far, each with its key and name.
    struct PlannedWindowsPath {
        QString key;
        QString name;
        WindowsPathEdit edit;
    };
    QList<PlannedWindowsPath> windowsPathEdits() const;
    void restartDistro(const QString &distro);
    // Whether the edit `edit` of `side` still has to be planned: true the first time; after that
    // false, and the targets it changed take `reason` as well. Fixes that plan the same edit
    // (both interop findings of a distro, its interop fix once per Windows Go folder) plan it once.
    bool planOnce(const SideId &side, const QString &edit, const QString &reason);

    // The changes (blocks rendered into their files), no-ops dropped, in the order targets were
    // first touched.
    Result<QList<Change>> finish() const;
    const QStringList &restartDistros() const { return m_restart; }

private:
    // Drafts are shared element by element: a fix is planned on a copy of the draft (so a failing
    // one leaves nothing), and a copy detaches only the targets the fix changes.
    struct FileDraft : QSharedData {
        SideId side;
        QString path;
        Change::Kind kind = Change::Kind::File;
        bool asRoot = false;
        std::optional<QByteArray> before;
        QByteArray current;
        QStringList reasons;
    };
    struct BlockSection {
        QString name;
        QStringList lines; // with its first and last (marker) lines
    };
    struct BlockSnippet {
        QStringList lines; // empty for a PATH removal: rendered from its folders by finish()
        QStringList removedFolders; // a PATH removal's folders
    };
    struct BlockDraft : QSharedData {
        SideId side;
        StartupTarget target; // the file holding the block
        QList<BlockSnippet> snippets;
        QList<BlockSection> sections;
        QStringList reasons;
        QByteArray checked; // the file's planned bytes when its block was last found well-formed
    };
    BlockDraft *blockFor(const Side &side, QString *error);
    struct RegistryDraft {
        QString key;
        QString name;
        std::optional<RegistryValue> before;
        std::optional<RegistryValue> after;
        QStringList reasons;
        std::optional<WindowsPathEdit> pathEdit = std::nullopt; // a Path value edited entry by entry
    };
    RegistryDraft *registryDraft(const QString &key, const QString &name);
    FileDraft &file(const Side &side, const QString &path, Change::Kind kind, bool asRoot);

    const Snapshot *m_snapshot;
    QList<QSharedDataPointer<FileDraft>> m_files;
    QList<QSharedDataPointer<BlockDraft>> m_blocks;
    QList<RegistryDraft> m_registry;
    QStringList m_restart;
    QHash<QString, QString> m_planned; // side and edit -> the reason that planned it first
};

} // namespace GoDual
