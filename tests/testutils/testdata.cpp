#include "testdata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace GoDual::TestData {

QByteArray fixture(const QString &relativePath)
{
    QFile file(QStringLiteral(GODUAL_TEST_DATA "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QStringList fixtureFiles(const QString &relativeDir)
{
    const QString root = QStringLiteral(GODUAL_TEST_DATA "/");
    QStringList files;
    QDirIterator it(root + relativeDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next().mid(root.size()));
    if (files.isEmpty())
        qFatal("no fixtures under %s", qPrintable(root + relativeDir));
    files.sort();
    return files;
}

bool copyTree(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

QString visibleBytes(const QByteArray &bytes)
{
    QByteArray body = bytes;
    QString out;
    if (body.startsWith("\xef\xbb\xbf")) {
        out += QStringLiteral("<BOM>");
        body.remove(0, 3);
    }
    out += QString::fromUtf8(body).replace(u'\r', QChar(0x240D));
    if (!body.isEmpty() && !body.endsWith('\n'))
        out += QStringLiteral("\n\\ No newline at end of file\n");
    return out;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(generator.bounded(256));
    return bytes;
}

QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

} // namespace GoDual::TestData
