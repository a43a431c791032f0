// godual_iconrender: draws GoDual's SVG icons as the PNG sizes and the .ico that builds without
// Qt's SVG plugin use (the Windows build: Debian's archive here serves no qt6-svg source of the
// toolchain's Qt version, and the .exe's own icon resource is an .ico anyway).
//
//   godual_iconrender SVG_DIR OUT_DIR      writes OUT_DIR/<name>-<size>.png and OUT_DIR/godual.ico
//
// The output is committed (resources/icons/png); `tools/dev update-icons` runs this, and
// tst_iconpack checks that the committed files are what the SVGs draw today.
#include "iconpack.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err << "usage: godual_iconrender SVG_DIR OUT_DIR\n";
        return 2;
    }
    const QDir svgDir(args[1]);
    QDir out(args[2]);
    if (!out.mkpath(QStringLiteral(".")))
        return err << "cannot create " << args[2] << '\n', 1;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(out.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            err << "cannot write " << f.fileName() << '\n';
            return false;
        }
        return true;
    };
    for (const QString &icon : GoDual::IconPack::names()) {
        const QString svg = svgDir.filePath(icon + QStringLiteral(".svg"));
        for (const int size : GoDual::IconPack::sizes(icon)) {
            const auto png = GoDual::IconPack::renderPng(svg, size);
            if (!png)
                return err << png.error() << '\n', 1;
            if (!write(GoDual::IconPack::pngName(icon, size), *png))
                return 1;
        }
    }
    const auto ico = GoDual::IconPack::renderIco(svgDir.filePath(QStringLiteral("godual.svg")));
    if (!ico)
        return err << ico.error() << '\n', 1;
    return write(QStringLiteral("godual.ico"), *ico) ? 0 : 1;
}
