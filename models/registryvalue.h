#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace GoDual {

// One registry value as read, with enough detail to write it back unchanged: the type matters
// (a Path stored as REG_SZ never expands %VAR%), so it is never lost in a conversion to text.
struct RegistryValue {
    enum Type { Sz, ExpandSz, MultiSz, Dword, Qword, Binary, None, Other };

    Type type = None;
    // Sz, ExpandSz: the string as stored, unexpanded, without its terminator. MultiSz: the
    // strings joined with '\n'.
    QString text;
    // MultiSz: the strings, without the terminating empty one.
    QStringList list;
    // Dword, Qword.
    quint64 number = 0;
    // The raw data bytes as Windows stores them (strings as UTF-16LE with terminator).
    QByteArray bytes;
    // The REG_* number (REG_SZ 1, REG_EXPAND_SZ 2, REG_BINARY 3, REG_DWORD 4, REG_MULTI_SZ 7,
    // REG_QWORD 11, ...).
    int rawType = 0;

    // The value as Windows returns it from RegQueryValueEx: its REG_* type and data bytes.
    // Strings are decoded from UTF-16LE and end at their first NUL; a REG_MULTI_SZ list ends at
    // its first empty string; numbers are little-endian; a short number takes the bytes it has.
    static RegistryValue fromRaw(int rawType, const QByteArray &bytes);
    // Values as GoDual writes them, built through fromRaw so every field agrees with the bytes:
    // a REG_SZ or REG_EXPAND_SZ (`type` Sz or ExpandSz) as UTF-16LE with its terminator, a
    // REG_MULTI_SZ with the terminating empty string, a REG_DWORD as 4 little-endian bytes.
    static RegistryValue fromString(Type type, const QString &text);
    static RegistryValue fromStringList(const QStringList &list);
    static RegistryValue fromDword(quint32 number);

    // The type GoDual gives a string value it writes: an existing REG_SZ or REG_EXPAND_SZ keeps
    // its type (a Path stays REG_EXPAND_SZ, a literal '%' in a REG_SZ stays literal); a new value,
    // or one that was not a string, is REG_EXPAND_SZ when its text holds '%' (so %USERPROFILE%
    // expands, as the Environment Variables dialog does it) and REG_SZ otherwise.
    static Type stringTypeFor(const QString &text, const std::optional<RegistryValue> &existing);

    static Type typeFromRaw(int rawType)
    {
        switch (rawType) {
        case 0:
            return None;
        case 1:
            return Sz;
        case 2:
            return ExpandSz;
        case 3:
            return Binary;
        case 4:
            return Dword;
        case 7:
            return MultiSz;
        case 11:
            return Qword;
        default:
            return Other;
        }
    }

    bool operator==(const RegistryValue &other) const = default;
};

} // namespace GoDual
