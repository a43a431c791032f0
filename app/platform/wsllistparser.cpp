#include "platform/wsllistparser.h"

#include "platform/wsloutput.h"
#include "sideid.h"

#include <QCoreApplication>

namespace GoDual {

namespace {

// Long enough to recognise a line in a message, short enough for one line of an error.
QString excerpt(const QString &line)
{
    constexpr qsizetype kMax = 120;
    return line.size() > kMax ? line.left(kMax) + u'\u2026' : line;
}

Failure wslFailure(const QString &command, const QStringList &lines, int exitCode)
{
    const WslError error = parseWslError(lines);
    if (error.message.isEmpty() && error.code.isEmpty()) {
        return Failure { QCoreApplication::translate(
            "GoDual::WslList", "%1 failed with exit code %2 and printed nothing")
                .arg(command, QString::number(exitCode)) };
    }
    if (error.code.isEmpty()) {
        return Failure { QCoreApplication::translate("GoDual::WslList", "%1 failed with exit code %2: %3")
                .arg(command, QString::number(exitCode), excerpt(error.message)) };
    }
    return Failure { QCoreApplication::translate("GoDual::WslList", "%1 failed: %2 (error code %3)")
            .arg(command, excerpt(error.message), error.code) };
}

struct Row {
    bool isDefault = false;
    QString name;
    QString stateText;
    int version = 0;
};

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// A row is "<marker> <name> <state...> <version>" where the marker is '*' or a space; names
// have no spaces (WSL's registration rule), so everything between name and version is the
// state, which keeps a localized state of several words intact.
std::optional<Row> parseRow(const QString &line)
{
    if (line.isEmpty() || (line.front() != u'*' && line.front() != u' '))
        return std::nullopt;
    const QList<QStringView> fields = QStringView(line).mid(1).split(u' ', Qt::SkipEmptyParts);
    if (fields.size() < 3 || !isDigits(fields.back()) || fields.back().size() > 3)
        return std::nullopt;
    if (!SideId::isValidDistroName(fields.front()))
        return std::nullopt;
    Row row;
    row.isDefault = line.front() == u'*';
    row.name = fields.front().toString();
    QStringList state;
    for (qsizetype i = 1; i + 1 < fields.size(); ++i)
        state.append(fields.at(i).toString());
    row.stateText = state.join(u' ');
    const int version = fields.back().toInt();
    row.version = (version == 1 || version == 2) ? version : 0;
    return row;
}

QStringList normalizedLines(const QByteArray &bytes)
{
    // Tabs would only come from a different tool; treat them as the spaces wsl.exe pads with.
    QStringList lines = wslOutputLines(decodeWslOutput(bytes));
    QStringList result;
    for (QString &line : lines) {
        line.replace(u'\t', u' ');
        if (!line.trimmed().isEmpty())
            result.append(line);
    }
    return result;
}

Result<QStringList> parseNames(const QByteArray &bytes, int exitCode, const QString &command)
{
    const QStringList lines = normalizedLines(bytes);
    if (exitCode != 0)
        return wslFailure(command, lines, exitCode);
    QStringList names;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString name = lines.at(i).trimmed();
        if (!SideId::isValidDistroName(name)) {
            return Failure { QCoreApplication::translate("GoDual::WslList", "%1 printed an unexpected line %2: '%3'")
                    .arg(command, QString::number(i + 1), excerpt(lines.at(i))) };
        }
        names.append(name);
    }
    return names;
}

} // namespace

Result<QList<WslDistro>> parseWslListVerbose(const QByteArray &stdoutBytes, int exitCode)
{
    const QString command = QStringLiteral("wsl.exe -l -v");
    const QStringList lines = normalizedLines(stdoutBytes);
    if (exitCode != 0) {
        // With no distro installed wsl.exe prints a (localized) explanation without a code line
        // and exits -1; that is a normal machine state, not a failure.
        if (exitCode == -1 && parseWslError(lines).usage) {
            return Failure { QCoreApplication::translate(
                "GoDual::WslList", "%1 was refused as a usage error, so this wsl.exe is probably too old for it: %2")
                    .arg(command, excerpt(parseWslError(lines).message)) };
        }
        if (exitCode == -1 && !lines.isEmpty() && parseWslError(lines).code.isEmpty())
            return QList<WslDistro> {};
        return wslFailure(command, lines, exitCode);
    }

    QList<WslDistro> distros;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        // The header's words are localized on some builds; it is recognised by its place and
        // shape (blank marker column, no version number at the end), never by its words.
        if (i == 0 && line.front() == u' ' && !line.back().isDigit())
            continue;
        const std::optional<Row> row = parseRow(line);
        if (!row) {
            return Failure { QCoreApplication::translate("GoDual::WslList", "%1 printed an unexpected line %2: '%3'")
                    .arg(command, QString::number(i + 1), excerpt(line)) };
        }
        WslDistro distro;
        distro.name = row->name;
        distro.stateText = row->stateText;
        distro.state = wslStateFromText(row->stateText);
        distro.wslVersion = row->version;
        distro.isDefault = row->isDefault;
        distros.append(distro);
    }
    return distros;
}

Result<QStringList> parseWslListQuiet(const QByteArray &stdoutBytes, int exitCode)
{
    return parseNames(stdoutBytes, exitCode, QStringLiteral("wsl.exe -l -q"));
}

Result<QStringList> parseWslListRunningQuiet(const QByteArray &stdoutBytes, int exitCode)
{
    return parseNames(stdoutBytes, exitCode, QStringLiteral("wsl.exe -l --running -q"));
}

} // namespace GoDual
