#include "cli/textreport.h"

#include "cli/textwidth.h"

#include <QCoreApplication>

namespace GoDual::TextReport {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::TextReport", text); }

QString paint(const QString &text, const char *code, bool colour)
{
    return colour ? QStringLiteral("\x1b[") + QLatin1StringView(code) + u'm' + text + QStringLiteral("\x1b[0m") : text;
}

QString severityLabel(Finding::Severity s, bool colour)
{
    switch (s) {
    case Finding::Severity::Error:
        return paint(QStringLiteral("ERROR  "), "1;31", colour);
    case Finding::Severity::Warning:
        return paint(QStringLiteral("WARNING"), "1;33", colour);
    case Finding::Severity::Info:
        return paint(QStringLiteral("INFO   "), "36", colour);
    }
    Q_UNREACHABLE_RETURN(QString());
}

QString stateLabel(Side::State state)
{
    switch (state) {
    case Side::State::Running:
        return tr("running");
    case Side::State::Stopped:
        return tr("stopped");
    case Side::State::Installing:
        return tr("installing");
    case Side::State::Uninstalling:
        return tr("uninstalling");
    case Side::State::Converting:
        return tr("converting");
    case Side::State::Exporting:
        return tr("exporting");
    case Side::State::Unknown:
        break;
    }
    return tr("state unknown");
}

void row(QTextStream &out, const QString &label, const QString &value, const QString &origin = {})
{
    out << "  " << TextWidth::padded(label, 10) << value;
    if (!origin.isEmpty())
        out << "  [" << origin << ']';
    out << '\n';
}

} // namespace

void writeSides(QTextStream &out, const Snapshot &snapshot, bool colour)
{
    for (const Side &side : snapshot.sides) {
        QString title = side.id.toString();
        if (side.id.kind() == SideId::Kind::Wsl) {
            title += QStringLiteral("  (WSL %1, %2%3)")
                         .arg(side.wslVersion)
                         .arg(stateLabel(side.state), side.isDefault ? tr(", default") : QString());
        }
        out << paint(title, "1", colour) << '\n';
        if (!side.scanError.isEmpty())
            out << "  " << paint(tr("not fully read: "), "33", colour) << side.scanError << '\n';
        if (!side.scanned) {
            out << '\n';
            continue;
        }
        if (side.active) {
            row(out, QStringLiteral("go"), side.active->path,
                side.active->version.isEmpty() ? tr("version unknown") : side.active->version);
        } else {
            row(out, QStringLiteral("go"), tr("(none on PATH)"));
        }
        for (const QString &name : { QStringLiteral("GOROOT"), QStringLiteral("GOPATH"), QStringLiteral("GOBIN") }) {
            if (side.env.contains(name))
                row(out, name, side.env.value(name).value, side.env.value(name).origin.toString());
        }
        if (side.installs.isEmpty())
            row(out, tr("installs"), tr("(none found)"));
        for (qsizetype i = 0; i < side.installs.size(); ++i) {
            const GoInstall &g = side.installs[i];
            const bool active = side.active && side.active->goroot == g.goroot;
            row(out, i == 0 ? tr("installs") : QString(),
                TextWidth::padded(g.version, 10) + u' ' + g.goroot + (active ? tr("  (active)") : QString()), g.source);
        }
        out << '\n';
    }
}

void writeFindings(QTextStream &out, const QList<Finding> &findings, bool colour)
{
    if (findings.isEmpty()) {
        out << tr("No problems found.") << '\n';
        return;
    }
    qsizetype sideWidth = 0;
    qsizetype idWidth = 0;
    for (const Finding &f : findings) {
        sideWidth = qMax(sideWidth, f.side.toString().size());
        idWidth = qMax(idWidth, f.id.size());
    }
    for (const Finding &f : findings) {
        out << severityLabel(f.severity, colour) << "  " << f.side.toString().leftJustified(sideWidth) << "  "
            << f.id.leftJustified(idWidth) << "  " << f.message << '\n';
        const QString indent(7 + 2 + sideWidth + 2 + idWidth + 2, u' ');
        for (const QString &e : f.evidence)
            out << indent << "- " << e << '\n';
        if (!f.fix.isEmpty())
            out << indent << paint(tr("fix: "), "32", colour) << f.fix << '\n';
    }
    int errors = 0, warnings = 0, infos = 0;
    for (const Finding &f : findings) {
        errors += f.severity == Finding::Severity::Error;
        warnings += f.severity == Finding::Severity::Warning;
        infos += f.severity == Finding::Severity::Info;
    }
    out << '\n' << tr("%1 errors, %2 warnings, %3 notes").arg(errors).arg(warnings).arg(infos) << '\n';
}

} // namespace GoDual::TextReport
