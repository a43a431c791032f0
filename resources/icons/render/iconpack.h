#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace GoDual::IconPack {

// The icons GoDual ships (resources/icons/<name>.svg).
const QStringList &names();
// The pixel sizes each is drawn at for builds without the SVG plugin: the small sizes views and
// toolbars use, and for the app icon also the large ones the taskbar and Explorer show.
QList<int> sizes(const QString &name);
// "<name>-<size>.png"
QString pngName(const QString &name, int size);

// The SVG drawn at size x size, as PNG bytes. Needs a QGuiApplication and the svg image plugin.
Result<QByteArray> renderPng(const QString &svgPath, int size);
// A Windows .ico holding the SVG at every size in sizes("godual"), each entry PNG-compressed (the
// format Windows Vista and later read for every size).
Result<QByteArray> renderIco(const QString &svgPath);

} // namespace GoDual::IconPack
