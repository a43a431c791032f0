#include "goenvfile.h"

namespace GoDual::GoEnvFile {

QMap<QString, EnvValue> parse(const QByteArray &content, const QString &path)
{
    QMap<QString, EnvValue> values;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        // Go writes LF; an editor on Windows may have added CR.
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype eq = line.indexOf('=');
        if (line.isEmpty() || line[0] < 'A' || line[0] > 'Z' || eq < 0)
            continue;
        const QString key = QString::fromUtf8(line.left(eq));
        if (!values.contains(key))
            values.insert(key, { QString::fromUtf8(line.mid(eq + 1)), Origin::goEnvFile(path, int(i + 1)), {} });
    }
    return values;
}

} // namespace GoDual::GoEnvFile
