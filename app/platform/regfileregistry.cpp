#include "platform/regfileregistry.h"

#include "platform/regfileparser.h"

#include <algorithm>

namespace GoDual {

RegFileRegistry::RegFileRegistry(const RegFileContents &contents)
{
    for (const RegFileKey &block : contents.keys) {
        const QString canonical = canonicalKey(block.path);
        if (canonical.isEmpty())
            continue; // the parser refuses these; a hand-built RegFileContents may not
        const QString folded = fold(canonical);
        if (block.deleted) {
            const QString prefix = folded + u'\\';
            m_keys.removeIf([&](const auto &it) { return it.key() == folded || it.key().startsWith(prefix); });
            continue;
        }
        // Ancestors exist as keys in a real registry; record them so subkeys() sees them.
        for (qsizetype slash = canonical.indexOf(u'\\'); slash >= 0; slash = canonical.indexOf(u'\\', slash + 1)) {
            const QString ancestor = canonical.left(slash);
            if (!m_keys.contains(fold(ancestor)))
                m_keys.insert(fold(ancestor), Key { ancestor, {}, {} });
        }
        Key &key = m_keys[folded];
        if (key.path.isEmpty())
            key.path = canonical;
        for (const RegFileValue &entry : block.values) {
            const QString folded = entry.name.toCaseFolded();
            const auto existing = key.index.constFind(folded);
            if (entry.deleted) {
                if (existing != key.index.cend()) {
                    key.values.removeAt(*existing);
                    key.reindex();
                }
            } else if (existing != key.index.cend()) {
                key.values[*existing].second = entry.value;
            } else {
                key.index.insert(folded, key.values.size());
                key.values.append({ entry.name, entry.value });
            }
        }
    }
}

void RegFileRegistry::Key::reindex()
{
    index.clear();
    for (qsizetype i = 0; i < values.size(); ++i)
        index.insert(values.at(i).first.toCaseFolded(), i);
}

Result<RegFileRegistry> RegFileRegistry::fromFile(const QString &path)
{
    const Result<QByteArray> bytes = readRegFile(path);
    if (!bytes)
        return Failure { bytes.error() };
    Result<RegFileContents> contents = parseRegFile(*bytes, path);
    if (!contents)
        return Failure { contents.error() };
    return RegFileRegistry(*contents);
}

const RegFileRegistry::Key *RegFileRegistry::find(const QString &key) const
{
    const QString canonical = canonicalKey(key);
    if (canonical.isEmpty())
        return nullptr;
    const auto it = m_keys.constFind(fold(canonical));
    return it == m_keys.cend() ? nullptr : &*it;
}

std::optional<RegistryValue> RegFileRegistry::value(const QString &key, const QString &name) const
{
    const Key *found = find(key);
    if (!found)
        return std::nullopt;
    const auto at = found->index.constFind(name.toCaseFolded());
    return at == found->index.cend() ? std::nullopt : std::optional<RegistryValue>(found->values.at(*at).second);
}

QStringList RegFileRegistry::valueNames(const QString &key) const
{
    QStringList names;
    if (const Key *found = find(key)) {
        for (const auto &pair : found->values)
            names.append(pair.first);
    }
    return names;
}

QStringList RegFileRegistry::subkeys(const QString &key) const
{
    const Key *parent = find(key);
    if (!parent)
        return {};
    const QString prefix = fold(parent->path) + u'\\';
    QStringList names;
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QStringView rest = QStringView(it->path).mid(prefix.size());
        if (!rest.isEmpty() && !rest.contains(u'\\'))
            names.append(rest.toString());
    }
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

} // namespace GoDual
