#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace GoDual::Jsonc {

// One member of a JSONC document's top-level object, with where its parts sit in the bytes.
struct Member {
    QString key;
    QJsonValue value; // comments and trailing commas inside it removed
    int line = 0; // 1-based line of the key
    qsizetype keyStart = 0; // the key's opening quote
    qsizetype valueStart = 0; // the value's first byte
    qsizetype valueEnd = 0; // one past its last byte
    qsizetype comma = -1; // the comma after the member, -1 when none follows
};

// The top-level object of a VS Code settings.json: JSON with // and /* */ comments and trailing
// commas. An empty document (nothing but blanks and comments) has no object.
struct Object {
    bool present = false;
    qsizetype open = 0; // its '{'
    qsizetype close = 0; // its '}'
    QList<Member> members; // in file order; a repeated key appears twice (the last one counts)

    // The last member named `key`, or null.
    const Member *find(const QString &key) const;
};

// Errors name line:column (1-based, columns in characters) and what was expected there; a
// top-level value that is not an object is an error.
Result<Object> readObject(const QByteArray &bytes);

} // namespace GoDual::Jsonc
