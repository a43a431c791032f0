#include "iconpack.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTest>

using namespace GoDual;

// resources/icons/png is generated (tools/dev update-icons) and committed, because the Windows
// build has no SVG plugin. This fails when an SVG changed and the PNGs or the .ico did not follow.
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
    QVERIFY2(decoded(*png) == expected, "differs from its SVG; run tools/dev update-icons");
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
