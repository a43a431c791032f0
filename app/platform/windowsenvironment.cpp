#include "platform/windowsenvironment.h"

#include "windowspath.h"

namespace GoDual {

const QString WindowsEnvironment::systemKey
    = QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment");
const QString WindowsEnvironment::volatileKey = QStringLiteral("HKEY_CURRENT_USER\\Volatile Environment");
const QString WindowsEnvironment::userKey = QStringLiteral("HKEY_CURRENT_USER\\Environment");

namespace {

bool isPath(const QString &name) { return name.compare(QLatin1StringView("Path"), Qt::CaseInsensitive) == 0; }

Origin originOf(const QString &key, const QString &name) { return Origin::registry(key, name); }

bool isString(const RegistryValue &value)
{
    return value.type == RegistryValue::Sz || value.type == RegistryValue::ExpandSz;
}

// Variables Windows defines before the System section, each read from the value it is
// derived from (Raymond Chen, "Windows Confidential: The hidden variables").
struct Predefined {
    const char16_t *variable;
    const char16_t *key;
    const char16_t *name;
};
constexpr Predefined kPredefined[] = {
    { u"SystemRoot", u"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion", u"SystemRoot" },
    { u"ProgramFiles", u"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion", u"ProgramFilesDir" },
    { u"ProgramFiles(x86)", u"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion",
        u"ProgramFilesDir (x86)" },
    { u"ProgramW6432", u"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion", u"ProgramW6432Dir" },
    { u"CommonProgramFiles", u"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion", u"CommonFilesDir" },
    { u"CommonProgramFiles(x86)", u"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion",
        u"CommonFilesDir (x86)" },
    { u"CommonProgramW6432", u"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion", u"CommonW6432Dir" },
    { u"ProgramData", u"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList",
        u"ProgramData" },
    { u"ALLUSERSPROFILE", u"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList",
        u"ProgramData" },
    { u"PUBLIC", u"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList", u"Public" },
};

} // namespace

WindowsEnvironment WindowsEnvironment::fromRegistry(const Registry &registry)
{
    WindowsEnvironment environment;
    for (const Predefined &entry : kPredefined) {
        const QString key = QString::fromUtf16(entry.key);
        const QString name = QString::fromUtf16(entry.name);
        const std::optional<RegistryValue> value = registry.value(key, name);
        if (!value || !isString(*value))
            continue;
        const QString expanded = value->type == RegistryValue::ExpandSz ? environment.expand(value->text) : value->text;
        environment.set(
            { QString::fromUtf16(entry.variable), expanded, value->text, value->type, originOf(key, name) });
        // SystemDrive is SystemRoot's drive, not a registry value of its own.
        if (QStringView(entry.variable) == u"SystemRoot" && expanded.size() >= 2 && expanded.at(1) == u':')
            environment.set({ QStringLiteral("SystemDrive"), expanded.left(2), expanded.left(2), RegistryValue::Sz,
                originOf(key, name) });
    }
    environment.setFromKey(registry, systemKey, false);
    environment.setFromKey(registry, volatileKey, false);
    environment.setFromKey(registry, userKey, true);
    return environment;
}

void WindowsEnvironment::setFromKey(const Registry &registry, const QString &key, bool appendPath)
{
    const QStringList names = registry.valueNames(key);
    for (const RegistryValue::Type pass : { RegistryValue::Sz, RegistryValue::ExpandSz }) {
        for (const QString &name : names) {
            if (name.isEmpty())
                continue; // a key's default value is not a variable
            const std::optional<RegistryValue> value = registry.value(key, name);
            if (value && value->type == pass)
                setValue(key, name, *value, appendPath);
        }
    }
}

void WindowsEnvironment::setValue(const QString &key, const QString &name, const RegistryValue &value, bool appendPath)
{
    const Origin origin = originOf(key, name);
    const QString expanded = value.type == RegistryValue::ExpandSz ? expand(value.text) : value.text;
    if (!isPath(name)) {
        set({ name, expanded, value.text, value.type, origin });
        return;
    }
    const QList<WindowsPathEntry> entries = splitWindowsPath(value.text, origin, value.type, this);
    const std::optional<Variable> existing = variable(name);
    if (appendPath && existing) {
        m_path.append(entries);
        set({ existing->name, existing->value + u';' + expanded, existing->raw + u';' + value.text, value.type,
            origin });
    } else {
        m_path = entries;
        set({ name, expanded, value.text, value.type, origin });
    }
}

void WindowsEnvironment::set(const Variable &variable)
{
    const QString folded = variable.name.toCaseFolded();
    const auto it = m_index.constFind(folded);
    if (it == m_index.cend()) {
        m_index.insert(folded, m_variables.size());
        m_variables.append(variable);
        return;
    }
    Variable &slot = m_variables[*it];
    const QString name = slot.name;
    slot = variable;
    slot.name = name;
}

std::optional<WindowsEnvironment::Variable> WindowsEnvironment::variable(const QString &name) const
{
    const auto it = m_index.constFind(name.toCaseFolded());
    if (it == m_index.cend())
        return std::nullopt;
    return m_variables.at(*it);
}

QString WindowsEnvironment::value(const QString &name) const
{
    const std::optional<Variable> found = variable(name);
    return found ? found->value : QString();
}

QProcessEnvironment WindowsEnvironment::appliedTo(const QProcessEnvironment &process, const QStringList &decided) const
{
    QProcessEnvironment result = process;
    // The process's own spelling of each name, found case-insensitively (a Linux host's
    // QProcessEnvironment compares names exactly).
    QHash<QString, QString> spelling;
    const QStringList keys = process.keys();
    for (const QString &key : keys)
        spelling.insert(key.toCaseFolded(), key);
    for (const QString &name : decided) {
        if (!m_index.contains(name.toCaseFolded()))
            result.remove(spelling.value(name.toCaseFolded(), name));
    }
    for (const Variable &variable : m_variables)
        result.insert(spelling.value(variable.name.toCaseFolded(), variable.name), variable.value);
    return result;
}

QString WindowsEnvironment::expand(const QString &text) const
{
    // One level, as ExpandEnvironmentStrings: a reference becomes the variable's current value and
    // the inserted text is not scanned again. Bounded: a variable holds at most 32,767 characters,
    // so an expansion that would grow past that (references doubling from value to value) keeps
    // the raw text instead of growing without limit.
    constexpr qsizetype kMaxLength = 32767;
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'%', i);
        if (open < 0) {
            result.append(QStringView(text).mid(i));
            break;
        }
        result.append(QStringView(text).mid(i, open - i));
        const qsizetype close = text.indexOf(u'%', open + 1);
        if (close < 0) {
            result.append(QStringView(text).mid(open));
            break;
        }
        const QString name = text.mid(open + 1, close - open - 1);
        const auto it = name.isEmpty() ? m_index.cend() : m_index.constFind(name.toCaseFolded());
        if (it == m_index.cend()) {
            // Unknown: keep "%NAME" and let the closing '%' start the next reference, as
            // ExpandEnvironmentStrings does.
            result.append(QStringView(text).mid(open, close - open));
            i = close;
            continue;
        }
        result.append(m_variables.at(*it).value);
        if (result.size() > qMax(kMaxLength, text.size()))
            return text;
        i = close + 1;
    }
    return result;
}

QList<WindowsPathEntry> splitWindowsPath(
    const QString &value, const Origin &origin, RegistryValue::Type type, const WindowsEnvironment *environment)
{
    QList<WindowsPathEntry> entries;
    for (const WindowsPathSegment &segment : windowsPathSegments(value)) {
        const QString raw = value.mid(segment.start, segment.length);
        const QString text = type == RegistryValue::ExpandSz && environment ? environment->expand(raw) : raw;
        for (const WindowsPathSegment &part : windowsPathSegments(text))
            entries.append({ text.mid(part.start, part.length), raw, origin, type });
    }
    return entries;
}

} // namespace GoDual
