#include "scan/goenvfile.h"

namespace GoDual::GoEnvFile {

QMap<QString, EnvValue> parse(const QByteArray &content, const QString &path)
{
    QMap<QString, EnvValue> values;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype eq = line.indexOf('=');
        if (eq < 0 || line[0] < 'A' || line[0] > 'Z')
            continue;
        // readEnvFile assigns unconditionally: a later line replaces an earlier one.
        values.insert(QString::fromUtf8(line.left(eq)),
            { QString::fromUtf8(line.mid(eq + 1)), Origin::goEnvFile(path, int(i + 1)), {} });
    }
    return values;
}

} // namespace GoDual::GoEnvFile
