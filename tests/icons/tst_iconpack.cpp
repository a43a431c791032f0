#include "iconpack.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTest>

#include <algorithm>
#include <cstdlib>

using namespace GoDual;

// resources/icons/png is generated (tools/dev update-icons) and committed, because the Windows
// build has no SVG plugin. This fails when an SVG changed and the PNGs or the .ico did not follow.
// The SVGs are drawn again by whatever Qt this machine has. A Qt update (Debian's 6.8.2+dfsg-9+deb13u2)
// changed the colour channels of pixels that are fully or nearly transparent, which nobody sees: 16
// of 50 renderings differed from the committed PNGs as ARGB32 and none premultiplied. So the
// renderings are compared premultiplied, with one level for rounding; a changed SVG moves shapes or
// colours by far more than that.
class TestIconPack : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pngsMatchSvgs_data();
    void pngsMatchSvgs();
    void icoHoldsEverySize();
};

namespace {

const QString kIcons = QStringLiteral(GODUAL_SOURCE_DIR "/resources/icons");

QImage decoded(const QByteArray &png) { return QImage::fromData(png, "png").convertToFormat(QImage::Format_ARGB32); }

QImage committed(const QString &file)
{
    return QImage(kIcons + QStringLiteral("/png/") + file).convertToFormat(QImage::Format_ARGB32);
}

// How far apart two renderings are: the largest difference of one channel of one pixel
// (premultiplied, so a transparent pixel's colour does not count), and where it is.
struct Difference {
    int levels = 0;
    QPoint at;
};

Difference difference(const QImage &a, const QImage &b)
{
    const QImage pa = a.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage pb = b.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    Difference worst;
    for (int y = 0; y < pa.height(); ++y) {
        for (int x = 0; x < pa.width(); ++x) {
            const QRgb p = pa.pixel(x, y);
            const QRgb q = pb.pixel(x, y);
            const int d = std::max({ std::abs(qAlpha(p) - qAlpha(q)), std::abs(qRed(p) - qRed(q)),
                std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q)) });
            if (d > worst.levels)
                worst = { d, QPoint(x, y) };
        }
    }
    return worst;
}

constexpr int kRoundingLevels = 1;

} // namespace

void TestIconPack::pngsMatchSvgs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("size");
    for (const QString &name : IconPack::names()) {
        for (const int size : IconPack::sizes(name))
            QTest::addRow("%s-%d", qPrintable(name), size) << name << size;
    }
}

void TestIconPack::pngsMatchSvgs()
{
    QFETCH(QString, name);
    QFETCH(int, size);
    const auto png = IconPack::renderPng(kIcons + u'/' + name + QStringLiteral(".svg"), size);
    QVERIFY2(png, qPrintable(png.error()));
    const QImage expected = committed(IconPack::pngName(name, size));
    QVERIFY2(!expected.isNull(), "missing; run tools/dev update-icons");
    QCOMPARE(expected.size(), QSize(size, size));
    const Difference d = difference(decoded(*png), expected);
    QVERIFY2(d.levels <= kRoundingLevels,
        qPrintable(QStringLiteral("differs from its SVG by %1 levels at (%2, %3); run tools/dev update-icons")
                .arg(d.levels)
                .arg(d.at.x())
                .arg(d.at.y())));
}

void TestIconPack::icoHoldsEverySize()
{
    QImageReader reader(kIcons + QStringLiteral("/png/godual.ico"), "ico");
    const QList<int> sizes = IconPack::sizes(QStringLiteral("godual"));
    QCOMPARE(reader.imageCount(), int(sizes.size()));
    QList<int> found;
    for (int i = 0; i < reader.imageCount(); ++i) {
        QVERIFY(reader.jumpToImage(i));
        const QImage image = reader.read().convertToFormat(QImage::Format_ARGB32);
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(image.width(), image.height());
        QVERIFY2(image == committed(IconPack::pngName(QStringLiteral("godual"), image.width())),
            "the .ico differs from the PNGs; run tools/dev update-icons");
        found.append(image.width());
    }
    std::sort(found.begin(), found.end());
    QCOMPARE(found, sizes);
}

QTEST_MAIN(TestIconPack)
#include "tst_iconpack.moc"
