#pragma once

#include "registryvalue.h"

#include <QList>
#include <QString>

namespace GoDual {

// A `.reg` file as written: the blocks in file order, before any deletion is applied.

struct RegFileValue {
    // Empty for the default value (`@=`).
    QString name;
    // `"name"=-`: the value is to be deleted.
    bool deleted = false;
    RegistryValue value;
    // The value's first and last line (1-based; they differ when hex data continues with `,\`).
    int line = 0;
    int lastLine = 0;
};

struct RegFileKey {
    // As written after '[' (or "[-"), hive possibly abbreviated.
    QString path;
    // `[-key]`: the key and all its subkeys are to be deleted.
    bool deleted = false;
    int line = 0;
    QList<RegFileValue> values;
};

struct RegFileContents {
    QList<RegFileKey> keys;
};

} // namespace GoDual
