#include "edit/goenvfileedit.h"

#include "edit/textlines.h"

#include <QList>

#include <algorithm>

namespace GoDual {

namespace {

// cmd/go's lineToKey.
QByteArray lineToKey(const QByteArray &line)
{
    const qsizetype eq = line.indexOf('=');
    if (eq < 0 || line.left(eq).contains('#'))
        return {};
    return line.left(eq);
}

bool isAbsolute(const QString &path)
{
    // filepath.IsAbs of the OS the file is for: a Unix path or a Windows drive/UNC path. The
    // caller's value is for one side; accepting both keeps the editor free of the host OS.
    if (path.startsWith(u'/'))
        return true;
    if (path.size() >= 3 && path.at(0).isLetter() && path.at(1) == u':' && (path.at(2) == u'\\' || path.at(2) == u'/'))
        return true;
    return path.startsWith(QStringLiteral("\\\\"));
}

Result<void> checkWrite(const QString &key, const QString &value)
{
    static const QStringList fixed { QStringLiteral("GOEXE"), QStringLiteral("GOGCCFLAGS"),
        QStringLiteral("GOHOSTARCH"), QStringLiteral("GOHOSTOS"), QStringLiteral("GOMOD"), QStringLiteral("GOWORK"),
        QStringLiteral("GOTOOLDIR"), QStringLiteral("GOVERSION"), QStringLiteral("GOTELEMETRY"),
        QStringLiteral("GOTELEMETRYDIR") };
    if (key.isEmpty() || key.contains(u'=') || key.contains(u'#') || key.contains(u'\n'))
        return Failure { GoEnvFileEdit::tr("'%1' is not a go env variable name").arg(key) };
    if (fixed.contains(key))
        return Failure { GoEnvFileEdit::tr("go env: %1 cannot be modified").arg(key) };
    if (key == u"GOENV" || key == u"GODEBUG")
        return Failure { GoEnvFileEdit::tr("go env: %1 can only be set using the OS environment").arg(key) };
    if (key == u"GOPATH" && value.startsWith(u'~'))
        return Failure {
            GoEnvFileEdit::tr("go env: GOPATH entry cannot start with shell metacharacter '~': \"%1\"").arg(value)
        };
    if ((key == u"GOPATH" || key == u"GOMODCACHE") && !value.isEmpty() && !isAbsolute(value))
        return Failure {
            GoEnvFileEdit::tr("go env: %1 entry is relative; must be absolute path: \"%2\"").arg(key, value)
        };
    if (value.contains(u'\n') || value.contains(u'\r') || value.contains(u'\v'))
        return Failure { GoEnvFileEdit::tr("go env: invalid newline in %1=... value").arg(key) };
    if (value.contains(QChar(0)))
        return Failure { GoEnvFileEdit::tr("go env: invalid NUL in %1=... value").arg(key) };
    return {};
}

} // namespace

Result<QByteArray> GoEnvFileEdit::update(
    const QByteArray &file, const QMap<QString, QString> &set, const QSet<QString> &unset)
{
    for (auto it = set.cbegin(); it != set.cend(); ++it) {
        if (const auto ok = checkWrite(it.key(), it.value()); !ok)
            return Failure { ok.error() };
        if (unset.contains(it.key()))
            return Failure { tr("go env: %1 is both set and unset").arg(it.key()) };
    }
    for (const QString &key : unset) {
        if (const auto ok = checkWrite(key, {}); !ok)
            return Failure { ok.error() };
    }

    // readEnvFileLines: strings.SplitAfter(data, "\n"), a last line without '\n' gets one.
    QList<QByteArray> lines = TextLines::splitAfterNewlines(file);
    if (!lines.isEmpty() && !lines.constLast().endsWith('\n'))
        lines.last().append('\n');

    // All but the last copy of a key go; the last one is the one Go reads.
    QHash<QByteArray, qsizetype> last;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray key = lineToKey(lines.at(i));
        if (key.isEmpty())
            continue;
        if (const auto previous = last.constFind(key); previous != last.cend())
            lines[*previous].clear();
        last.insert(key, i);
    }
    QList<QByteArray> appended;
    for (auto it = set.cbegin(); it != set.cend(); ++it) {
        const QByteArray key = it.key().toUtf8();
        const QByteArray line = key + '=' + it.value().toUtf8() + '\n';
        if (const auto at = last.constFind(key); at != last.cend())
            lines[*at] = line;
        else
            appended.append(line);
    }
    lines.append(appended);
    for (const QString &key : unset) {
        if (const auto at = last.constFind(key.toUtf8()); at != last.cend())
            lines[*at].clear();
    }

    // Runs of key lines sorted by key; any line without one (deleted lines too) ends a run. Keys in
    // a run are unique, so the order is the one Go's sort.Slice gives.
    qsizetype start = 0;
    for (qsizetype i = 0; i <= lines.size(); ++i) {
        if (i == lines.size() || lineToKey(lines.at(i)).isEmpty()) {
            std::sort(lines.begin() + start, lines.begin() + i,
                [](const QByteArray &a, const QByteArray &b) { return lineToKey(a) < lineToKey(b); });
            start = i + 1;
        }
    }
    return lines.join();
}

Result<QByteArray> GoEnvFileEdit::set(const QByteArray &file, const QString &key, const QString &value)
{
    return update(file, { { key, value } }, {});
}

Result<QByteArray> GoEnvFileEdit::unset(const QByteArray &file, const QString &key)
{
    return update(file, {}, { key });
}

} // namespace GoDual
