#pragma once

#include "registryvalue.h"
#include "sideid.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace GoDual {

// One edit of one target, with the exact state before and after, so that applying, verifying
// and undoing need nothing else. A file target is the whole file's bytes (std::nullopt: the file
// does not exist, before it is created or after it is deleted); a registry target is one value;
// an update-alternatives group (target /etc/alternatives/NAME) is its state as one line,
// AlternativeGroup::state() ("manual /usr/lib/go-1.21/bin/go\n"), changed with update-alternatives.
struct Change {
    // The contract's "kind": "file", "registry", "wsl.conf", "alternative".
    enum class Kind { File, Registry, WslConf, Alternative };

    Kind kind = Kind::File;
    SideId side;
    // As the side names it: "/home/dev/.bashrc", "C:\Users\dev\AppData\Roaming\go\env",
    // "HKEY_CURRENT_USER\Environment\Path" (key and value name joined, as origins are).
    QString target;
    // Why: the finding ids (and choice) this change fixes, for the preview and the history.
    QStringList reasons;

    // Files (File, WslConf) and alternatives' state lines.
    std::optional<QByteArray> before;
    std::optional<QByteArray> after;
    bool asRoot = false; // written as root in its distro (wsl.conf, files outside the home)

    // Registry values: the key with its hive spelled out, and the value's name.
    QString registryKey;
    QString registryName;
    std::optional<RegistryValue> beforeValue;
    std::optional<RegistryValue> afterValue;

    bool isRegistry() const { return kind == Kind::Registry; }
    // A change that leaves its target as it was (planning drops these).
    bool isNoop() const;
    // The same target, with before and after swapped: what undo applies.
    Change reversed() const;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
};

// What one `fix`, `use` or `undo` changes: applied all or nothing, journaled before the first
// write, undone as a whole.
struct ChangeSet {
    QString id; // sortable by time: "20261201-231500-3f2a" (UTC time, then random hex)
    QDateTime time; // UTC
    QString summary; // one line for the history: "fix windows-path-appended on wsl:Ubuntu"
    QList<Change> changes;
    // Distros whose changes take effect when they restart (wsl.conf edits).
    QStringList restartDistros;
    // When this set undoes another: that set's id.
    QString undoes;

    QList<SideId> sides() const;
    bool isEmpty() const { return changes.isEmpty(); }

    static QString newId(const QDateTime &time);
};

// The journal's own representation: every byte and value exactly (files as base64, registry
// values by raw type and data), so a change set read back is the one written.
QJsonObject changeSetToJson(const ChangeSet &set);
Result<ChangeSet> changeSetFromJson(const QJsonObject &object);

} // namespace GoDual
