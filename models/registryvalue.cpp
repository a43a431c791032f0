#include "registryvalue.h"

#include <QStringDecoder>

#include <algorithm>

namespace GoDual {

namespace {
QString fromUtf16Le(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf16LE, QStringConverter::Flag::ConvertInitialBom);
    return decoder(QByteArrayView(bytes).left(bytes.size() & ~qsizetype(1)));
}
QByteArray toUtf16LeWithNul(const QString &text)
{
    QByteArray bytes;
    bytes.reserve((text.size() + 1) * 2);
    for (const QChar c : text)
        bytes.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
    return bytes.append('\0').append('\0');
}
} // namespace

RegistryValue RegistryValue::fromString(Type type, const QString &text)
{
    Q_ASSERT(type == Sz || type == ExpandSz);
    return fromRaw(type == ExpandSz ? 2 : 1, toUtf16LeWithNul(text));
}

RegistryValue RegistryValue::fromStringList(const QStringList &list)
{
    QByteArray bytes;
    for (const QString &item : list)
        bytes += toUtf16LeWithNul(item);
    return fromRaw(7, bytes.append('\0').append('\0'));
}

RegistryValue RegistryValue::fromDword(quint32 number)
{
    QByteArray bytes;
    for (int shift = 0; shift < 32; shift += 8)
        bytes.append(char((number >> shift) & 0xff));
    return fromRaw(4, bytes);
}

RegistryValue::Type RegistryValue::stringTypeFor(const QString &text, const std::optional<RegistryValue> &existing)
{
    if (existing && (existing->type == Sz || existing->type == ExpandSz))
        return existing->type;
    return text.contains(u'%') ? ExpandSz : Sz;
}

RegistryValue RegistryValue::fromRaw(int rawType, const QByteArray &bytes)
{
    RegistryValue value;
    value.rawType = rawType;
    value.type = typeFromRaw(rawType);
    value.bytes = bytes;
    switch (value.type) {
    case Sz:
    case ExpandSz: {
        // Consumers of a string value stop at its first NUL.
        const QString text = fromUtf16Le(bytes);
        const qsizetype nul = text.indexOf(QChar(u'\0'));
        value.text = nul < 0 ? text : text.left(nul);
        break;
    }
    case MultiSz: {
        // The list ends at the first empty string (its terminator).
        const QString text = fromUtf16Le(bytes);
        for (const QStringView part : QStringView(text).split(QChar(u'\0'))) {
            if (part.isEmpty())
                break;
            value.list.append(part.toString());
        }
        value.text = value.list.join(u'\n');
        break;
    }
    case Dword:
    case Qword: {
        const qsizetype size = value.type == Dword ? 4 : 8;
        for (qsizetype i = std::min(size, bytes.size()) - 1; i >= 0; --i)
            value.number = (value.number << 8) | static_cast<unsigned char>(bytes.at(i));
        break;
    }
    case Binary:
    case None:
    case Other:
        break;
    }
    return value;
}

} // namespace GoDual
