#include "icons.h"

#include "finding.h"

namespace GoDual::Icons {

namespace {

QIcon load(const char *name) { return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1StringView(name))); }

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
