#include "icons.h"

#include "finding.h"

#include <QFile>
#include <QImageReader>

namespace GoDual::Icons {

namespace {

// SVG where Qt's SVG plugin is there (it draws any size and scale factor); otherwise the PNG sizes
// drawn from the same SVGs at build time (resources/icons/png, the Windows build).
bool drawsSvg()
{
    static const bool svg = QImageReader::supportedImageFormats().contains("svg");
    return svg;
}

QIcon load(const char *name)
{
    const QLatin1StringView base(name);
    if (drawsSvg())
        return QIcon(QStringLiteral(":/icons/%1.svg").arg(base));
    QIcon icon;
    for (const int size : { 16, 24, 32, 48, 64, 128, 256 }) {
        const QString png = QStringLiteral(":/icons/png/%1-%2.png").arg(base).arg(size);
        if (QFile::exists(png))
            icon.addFile(png, QSize(size, size));
    }
    return icon;
}

} // namespace

QIcon app() { return load("godual"); }
QIcon refresh() { return load("refresh"); }
QIcon install() { return load("install"); }
QIcon cancel() { return load("cancel"); }

QIcon severity(int severity)
{
    switch (Finding::Severity(severity)) {
    case Finding::Severity::Error:
        return load("error");
    case Finding::Severity::Warning:
        return load("warning");
    case Finding::Severity::Info:
        return severity < 0 ? QIcon() : load("info");
    }
    return {};
}

QIcon side(SideId::Kind kind)
{
    switch (kind) {
    case SideId::Kind::Windows:
        return load("side-windows");
    case SideId::Kind::Wsl:
        return load("side-wsl");
    case SideId::Kind::Local:
        return load("side-local");
    }
    return {};
}

QIcon side(const Side &side)
{
    if (side.id.kind() == SideId::Kind::Wsl && side.state == Side::State::Stopped)
        return load("side-wsl-stopped");
    return Icons::side(side.id.kind());
}

} // namespace GoDual::Icons
