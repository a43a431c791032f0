#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

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

    // A REG_SZ or REG_EXPAND_SZ value holding `text`, with the bytes Windows would store.
    static RegistryValue fromText(Type type, const QString &text);

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
