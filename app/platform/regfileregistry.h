#pragma once

#include "platform/regfilecontents.h"
#include "platform/registry.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace GoDual {

// A Registry read from a `reg export` file (the GODUAL_REGISTRY seam): blocks are applied in file
// order, so a later block adds to or replaces values of an earlier one, `[-key]` removes the key
// with its subkeys and `"name"=-` removes a value. Keys named only as ancestors of exported keys
// exist too (they are listed by subkeys()), without values.
class RegFileRegistry : public Registry {
public:
    RegFileRegistry() = default;
    explicit RegFileRegistry(const RegFileContents &contents);

    // Reads and parses the file; files over 64 MiB are refused rather than read.
    static Result<RegFileRegistry> fromFile(const QString &path);

    std::optional<RegistryValue> value(const QString &key, const QString &name) const override;
    QStringList valueNames(const QString &key) const override;
    QStringList subkeys(const QString &key) const override;

private:
    struct Key {
        QString path; // canonical spelling of its first appearance
        QList<std::pair<QString, RegistryValue>> values;
        // Folded value name -> position in `values`: a key with tens of thousands of values is
        // read in linear time, not by a search per value.
        QHash<QString, qsizetype> index;
        void reindex();
    };

    static QString fold(const QString &canonical) { return canonical.toCaseFolded(); }
    const Key *find(const QString &key) const;

    // Folded canonical path -> key.
    QHash<QString, Key> m_keys;
};

} // namespace GoDual
