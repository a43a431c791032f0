#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace GoDual {

// Edits of a top-level key of a VS Code settings.json (JSON with comments and trailing commas,
// read with jsonc.h). Other members, comments, their order, the indentation and the line endings
// stay as they are:
// - an existing key (its last occurrence, the one VS Code uses) changes only its value token;
// - a new key goes last, on its own line with the indentation of the members before it (four
//   spaces in an empty object), a comma added after the member before it when it has none;
// - removing deletes each occurrence with its comma (the one after it, or for a last member the
//   one before it), and the whole line when the member had it to itself.
// The result is read again: every other member must be unchanged. Malformed input is an error
// naming line:column.
class JsoncEdit {
    Q_DECLARE_TR_FUNCTIONS(GoDual::JsoncEdit)

public:
    static Result<QByteArray> set(const QByteArray &settings, const QString &key, const QJsonValue &value);
    static Result<QByteArray> remove(const QByteArray &settings, const QString &key);
};

} // namespace GoDual
