#include "platform/regtext.h"

#include "platform/registry.h"

#include <QStringEncoder>

namespace GoDual {

namespace {

// regedit's MAX_HEX_CHARS: a hex line is broken once it is this long.
constexpr qsizetype kHexLineWidth = 77;

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == u'\\' || c == u'"')
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

QString namePart(const QString &name)
{
    return name.isEmpty() ? QStringLiteral("@=") : u'"' + escaped(name) + QStringLiteral("\"=");
}

// A REG_SZ that `"text"` reproduces byte for byte when read back.
bool quotable(const RegistryValue &value)
{
    return value.rawType == 1 && !value.text.contains(u'\n') && !value.text.contains(u'\r')
        && RegistryValue::fromString(RegistryValue::Sz, value.text).bytes == value.bytes;
}

QStringList hexLines(QString line, const RegistryValue &value)
{
    line += value.rawType == 3 ? QStringLiteral("hex:") : QStringLiteral("hex(%1):").arg(value.rawType, 0, 16);
    QStringList lines;
    static const char kDigits[] = "0123456789abcdef";
    for (qsizetype i = 0; i < value.bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(value.bytes.at(i));
        line.append(QLatin1Char(kDigits[byte >> 4])).append(QLatin1Char(kDigits[byte & 0xf]));
        if (i + 1 == value.bytes.size())
            break;
        line.append(u',');
        if (line.size() >= kHexLineWidth) {
            lines.append(line + u'\\');
            line = QStringLiteral("  ");
        }
    }
    lines.append(line);
    return lines;
}

} // namespace

QStringList regValueLines(const QString &name, const RegistryValue &value)
{
    const QString start = namePart(name);
    if (quotable(value))
        return { start + u'"' + escaped(value.text) + u'"' };
    if (value.rawType == 4 && value.bytes.size() == 4)
        return { start + QStringLiteral("dword:%1").arg(value.number, 8, 16, QLatin1Char('0')) };
    return hexLines(start, value);
}

QString regDeletionLine(const QString &name) { return namePart(name) + u'-'; }

QString regKeyLine(const QString &key)
{
    const QString canonical = Registry::canonicalKey(key);
    return u'[' + (canonical.isEmpty() ? key : canonical) + u']';
}

QString regFileText(const QList<RegBackupValue> &values)
{
    const QString eol = QStringLiteral("\r\n");
    // Keys in order of first appearance, each with its values in the order given.
    QStringList keys;
    QList<QStringList> blocks;
    for (const RegBackupValue &entry : values) {
        const QString key = regKeyLine(entry.key);
        qsizetype at = -1;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (keys.at(i).compare(key, Qt::CaseInsensitive) == 0)
                at = i;
        }
        if (at < 0) {
            keys.append(key);
            blocks.append(QStringList());
            at = keys.size() - 1;
        }
        blocks[at]
            += entry.value ? regValueLines(entry.name, *entry.value) : QStringList { regDeletionLine(entry.name) };
    }
    QString text = QStringLiteral("Windows Registry Editor Version 5.00") + eol;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        text += eol + keys.at(i) + eol;
        for (const QString &line : blocks.at(i))
            text += line + eol;
    }
    return text + eol;
}

QByteArray regFileBytes(const QList<RegBackupValue> &values)
{
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return encoder(regFileText(values));
}

} // namespace GoDual
