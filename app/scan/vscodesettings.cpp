#include "scan/vscodesettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

namespace GoDual::VsCodeSettings {

Setting goroot(const QByteArray &settingsJson)
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

} // namespace GoDual::VsCodeSettings
