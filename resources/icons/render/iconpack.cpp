#include "iconpack.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QtEndian>

namespace GoDual::IconPack {

const QStringList &names()
{
    static const QStringList all { QStringLiteral("cancel"), QStringLiteral("error"), QStringLiteral("godual"),
        QStringLiteral("info"), QStringLiteral("install"), QStringLiteral("refresh"), QStringLiteral("side-local"),
        QStringLiteral("side-windows"), QStringLiteral("side-wsl-stopped"), QStringLiteral("side-wsl"),
        QStringLiteral("warning") };
    return all;
}

QList<int> sizes(const QString &name)
{
    if (name == QLatin1StringView("godual"))
        return { 16, 24, 32, 48, 64, 128, 256 };
    return { 16, 24, 32, 48 };
}

QString pngName(const QString &name, int size) { return name + u'-' + QString::number(size) + QStringLiteral(".png"); }

Result<QByteArray> renderPng(const QString &svgPath, int size)
{
    QImageReader reader(svgPath, "svg");
    reader.setScaledSize(QSize(size, size));
    QImage image = reader.read();
    if (image.isNull())
        return Failure { QStringLiteral("cannot draw %1: %2").arg(svgPath, reader.errorString()) };
    image = image.convertToFormat(QImage::Format_ARGB32);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return Failure { QStringLiteral("cannot encode %1 as PNG: %2").arg(svgPath, writer.errorString()) };
    return bytes;
}

Result<QByteArray> renderIco(const QString &svgPath)
{
    // ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the PNG data; a width or
    // height of 0 in an entry means 256.
    const QList<int> all = sizes(QStringLiteral("godual"));
    QList<QByteArray> pngs;
    for (const int size : all) {
        auto png = renderPng(svgPath, size);
        if (!png)
            return Failure { png.error() };
        pngs.append(*png);
    }
    QByteArray ico(6 + 16 * all.size(), '\0');
    qToLittleEndian<quint16>(1, ico.data() + 2);
    qToLittleEndian<quint16>(quint16(all.size()), ico.data() + 4);
    quint32 offset = quint32(ico.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        char *entry = ico.data() + 6 + 16 * i;
        entry[0] = char(all[i] >= 256 ? 0 : all[i]);
        entry[1] = entry[0];
        qToLittleEndian<quint16>(1, entry + 4); // colour planes
        qToLittleEndian<quint16>(32, entry + 6); // bits per pixel
        qToLittleEndian<quint32>(quint32(pngs[i].size()), entry + 8);
        qToLittleEndian<quint32>(offset, entry + 12);
        offset += quint32(pngs[i].size());
    }
    for (const QByteArray &png : std::as_const(pngs))
        ico.append(png);
    return ico;
}

} // namespace GoDual::IconPack
