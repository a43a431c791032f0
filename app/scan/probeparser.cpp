#include "scan/probeparser.h"

#include <QCoreApplication>

namespace GoDual {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("GoDual::ProbeParser", text); }

struct RecordShape {
    QLatin1StringView tag;
    int fields; // after the tag
};

constexpr RecordShape kShapes[] = {
    { QLatin1StringView("probe"), 2 },
    { QLatin1StringView("user"), 3 },
    { QLatin1StringView("kernel"), 2 },
    { QLatin1StringView("file"), 2 },
    { QLatin1StringView("hex"), 1 },
    { QLatin1StringView("login"), 2 },
    { QLatin1StringView("rc"), 3 },
    { QLatin1StringView("startup"), 1 },
    { QLatin1StringView("tracing"), 2 },
    { QLatin1StringView("trace"), 4 },
    { QLatin1StringView("install"), 4 },
    { QLatin1StringView("path"), 4 },
    { QLatin1StringView("gohit"), 5 },
    { QLatin1StringView("alternative"), 2 },
    { QLatin1StringView("manager"), 5 },
    { QLatin1StringView("end"), 1 },
};

int expectedFields(QStringView tag)
{
    for (const RecordShape &shape : kShapes) {
        if (tag == shape.tag)
            return shape.fields;
    }
    return -1;
}

bool appendHex(QByteArray &out, QStringView hex)
{
    if (hex.size() % 2 != 0)
        return false;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        bool ok = false;
        const uint byte = hex.mid(i, 2).toUInt(&ok, 16);
        if (!ok)
            return false;
        out.append(char(byte));
    }
    return true;
}

} // namespace

QList<std::pair<QString, QString>> ProbeReport::environment(const QString &role) const
{
    QList<std::pair<QString, QString>> result;
    const auto it = files.constFind(role);
    if (it == files.cend())
        return result;
    const QList<QByteArray> entries = it->bytes.split('\0');
    for (const QByteArray &entry : entries) {
        const qsizetype eq = entry.indexOf('=');
        if (eq <= 0)
            continue;
        result.append({ QString::fromUtf8(entry.left(eq)), QString::fromUtf8(entry.mid(eq + 1)) });
    }
    return result;
}

QString ProbeParser::unescape(QStringView field)
{
    QString out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field[i];
        if (c != u'\\' || i + 1 == field.size()) {
            out.append(c);
            continue;
        }
        const QChar next = field[++i];
        switch (next.unicode()) {
        case u't':
            out.append(u'\t');
            break;
        case u'r':
            out.append(u'\r');
            break;
        case u'n':
            out.append(u'\n');
            break;
        default:
            out.append(next);
            break;
        }
    }
    return out;
}

Result<ProbeReport> ProbeParser::parse(const QByteArray &output, const QString &nonce)
{
    ProbeReport report;
    const QString text = QString::fromUtf8(output);
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    QString currentFile;
    bool started = false;
    bool ended = false;
    int lineNo = 0;
    for (QStringView line : lines) {
        ++lineNo;
        if (line.isEmpty())
            continue;
        if (ended)
            return Failure { tr("probe output line %1: text after the end record").arg(lineNo) };
        const QList<QStringView> parts = line.split(u'\t');
        const QStringView tag = parts.first();
        const int want = expectedFields(tag);
        if (want < 0) {
            return Failure { tr("probe output line %1: unknown record '%2'").arg(lineNo).arg(tag.left(40).toString()) };
        }
        if (parts.size() - 1 != want) {
            return Failure { tr("probe output line %1: '%2' has %3 fields, expected %4")
                    .arg(lineNo)
                    .arg(tag.toString())
                    .arg(parts.size() - 1)
                    .arg(want) };
        }
        auto field = [&](int i) { return unescape(parts[i]); };
        if (!started) {
            if (tag != u"probe" || parts[1] != u"1" || parts[2] != nonce)
                return Failure { tr("probe output line %1: not the output of GoDual's probe version 1").arg(lineNo) };
            started = true;
            continue;
        }
        if (tag == u"hex") {
            if (currentFile.isEmpty())
                return Failure { tr("probe output line %1: file bytes without a file record").arg(lineNo) };
            if (!appendHex(report.files[currentFile].bytes, parts[1]))
                return Failure { tr("probe output line %1: malformed hex bytes").arg(lineNo) };
            continue;
        }
        currentFile.clear();
        bool numberOk = true;
        if (tag == u"user") {
            report.userName = field(1);
            report.home = field(2);
            report.shell = field(3);
        } else if (tag == u"kernel") {
            report.kernel = field(1);
            report.kernelModulesPresent = parts[2] == u"yes";
        } else if (tag == u"file") {
            currentFile = field(1);
            report.files.insert(currentFile, { field(2), {} });
        } else if (tag == u"login") {
            report.loginShell = field(1);
            report.loginStatus = parts[2].toInt(&numberOk);
        } else if (tag == u"startup") {
            report.startupFiles.append(field(1));
        } else if (tag == u"rc") {
            report.rcLines.append({ field(1), int(parts[2].toUInt(&numberOk)), field(3) });
        } else if (tag == u"tracing") {
            report.traceShell = field(1);
            report.tracedCommands = int(parts[2].toUInt(&numberOk));
        } else if (tag == u"trace") {
            const QString state = field(4);
            const bool set = state.startsWith(u'=');
            if (!set && !state.isEmpty())
                return Failure { tr("probe output line %1: malformed trace state").arg(lineNo) };
            report.trace.append({ field(1), field(2), int(parts[3].toUInt(&numberOk)), set, state.mid(1) });
        } else if (tag == u"install") {
            report.installs.append({ field(1), field(2), field(3), field(4) });
        } else if (tag == u"gohit") {
            report.goHits.append({ int(parts[1].toUInt(&numberOk)), field(2), field(3), field(4), field(5) });
        } else if (tag == u"path") {
            report.pathDirs.append({ field(3), parts[2] == u"yes", field(4) });
        } else if (tag == u"manager") {
            report.managers.append({ field(1), field(2), field(3), parts[4] == u"yes", field(5) });
        } else if (tag == u"alternative") {
            report.alternatives.insert(field(1), field(2));
        } else if (tag == u"end") {
            if (parts[1] != nonce)
                return Failure { tr("probe output line %1: the end record belongs to another probe").arg(lineNo) };
            ended = true;
        } else if (tag == u"probe") {
            return Failure { tr("probe output line %1: a second start record").arg(lineNo) };
        }
        if (!numberOk)
            return Failure { tr("probe output line %1: '%2' has a malformed number").arg(lineNo).arg(tag.toString()) };
    }
    if (!started)
        return Failure { tr("the probe printed nothing") };
    if (!ended)
        return Failure { tr("the probe's output stops after line %1 (it was cut short)").arg(lineNo) };
    return report;
}

} // namespace GoDual
