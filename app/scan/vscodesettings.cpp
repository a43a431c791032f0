#include "scan/vscodesettings.h"

#include "jsonc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

namespace GoDual::VsCodeSettings {

namespace {

// For a file the JSONC reader refuses (VS Code still applies what it can read): the key line by line.
Setting gorootByLine(const QByteArray &settingsJson)
{
    static const QRegularExpression key(QStringLiteral(R"re(^\s*"go\.goroot"\s*:\s*("(?:[^"\\]|\\.)*"))re"));
    const QList<QByteArray> lines = settingsJson.split('\n');
    Setting found;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto m = key.match(QString::fromUtf8(lines[i]));
        if (!m.hasMatch())
            continue;
        // The quoted text is a JSON string: let the JSON parser undo its escapes.
        const QJsonDocument doc = QJsonDocument::fromJson("[" + m.captured(1).toUtf8() + "]");
        found = { doc.isArray() ? doc.array().at(0).toString() : m.captured(1), int(i + 1) };
    }
    return found;
}

} // namespace

Setting goroot(const QByteArray &settingsJson)
{
    const auto object = Jsonc::readObject(settingsJson);
    if (!object)
        return gorootByLine(settingsJson);
    const Jsonc::Member *member = object->find(QStringLiteral("go.goroot"));
    if (!member || !member->value.isString())
        return {};
    return { member->value.toString(), member->line };
}

} // namespace GoDual::VsCodeSettings
