#include "edit/unifieddiff.h"

#include "edit/textlines.h"

#include <QList>
#include <QStringDecoder>

#include <algorithm>

namespace GoDual {

namespace {

enum class Op { Keep, Delete, Insert };

// Past this many changed lines the script is not minimised (a replaced middle instead).
constexpr qsizetype kMaxChanges = 4000;

struct Edit {
    Op op;
    qsizetype a; // index in before (Keep, Delete)
    qsizetype b; // index in after (Keep, Insert)
};

// Myers' O(ND) shortest edit script on the lines between a common prefix and suffix, deletions
// before insertions within a change, as diff prints them.
QList<Edit> editScript(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;

    QList<Edit> middle;
    if (n > 0 || m > 0) {
        const qsizetype max = n + m;
        const qsizetype offset = max + 1;
        QList<qsizetype> v(2 * max + 3, 0);
        // Frontier d is kept for the walk back: only its diagonals -d-1..d+1, so the memory grows
        // with the square of the number of changed lines, not with the file.
        QList<QList<qsizetype>> trace;
        qsizetype found = -1;
        for (qsizetype d = 0; d <= max && d <= kMaxChanges && found < 0; ++d) {
            trace.append(v.mid(offset - d - 1, 2 * d + 3));
            for (qsizetype k = -d; k <= d; k += 2) {
                qsizetype x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                             : v[offset + k - 1] + 1;
                qsizetype y = x - k;
                while (x < n && y < m && a.at(prefix + x) == b.at(prefix + y)) {
                    ++x;
                    ++y;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        if (found < 0) {
            // Too many changes for a minimal script: the whole middle as replaced.
            for (qsizetype i = 0; i < n; ++i)
                middle.append({ Op::Delete, prefix + i, prefix });
            for (qsizetype i = 0; i < m; ++i)
                middle.append({ Op::Insert, prefix + n, prefix + i });
        }
        // Walk back through the saved frontiers.
        qsizetype x = n;
        qsizetype y = m;
        for (qsizetype d = found; d > 0; --d) {
            const QList<qsizetype> &prev = trace.at(d);
            const qsizetype base = d + 1; // index of diagonal 0 in prev
            const qsizetype k = x - y;
            const bool down = k == -d || (k != d && prev[base + k - 1] < prev[base + k + 1]);
            const qsizetype prevK = down ? k + 1 : k - 1;
            const qsizetype prevX = prev[base + prevK];
            const qsizetype prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                --x;
                --y;
                middle.append({ Op::Keep, prefix + x, prefix + y });
            }
            if (down) {
                --y;
                middle.append({ Op::Insert, prefix + x, prefix + y });
            } else {
                --x;
                middle.append({ Op::Delete, prefix + x, prefix + y });
            }
        }
        while (found >= 0 && x > 0 && y > 0) {
            --x;
            --y;
            middle.append({ Op::Keep, prefix + x, prefix + y });
        }
        if (found >= 0)
            std::reverse(middle.begin(), middle.end());
        // Within a run of changes, deletions first.
        for (qsizetype i = 0; i < middle.size();) {
            if (middle.at(i).op == Op::Keep) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < middle.size() && middle.at(j).op != Op::Keep)
                ++j;
            std::stable_partition(
                middle.begin() + i, middle.begin() + j, [](const Edit &e) { return e.op == Op::Delete; });
            i = j;
        }
    }
    QList<Edit> script;
    for (qsizetype i = 0; i < prefix; ++i)
        script.append({ Op::Keep, i, i });
    script.append(middle);
    for (qsizetype i = 0; i < suffix; ++i)
        script.append({ Op::Keep, a.size() - suffix + i, b.size() - suffix + i });
    // Positions again, as the reordering left them: each edit at the line it applies to.
    qsizetype x = 0;
    qsizetype y = 0;
    for (Edit &e : script) {
        e.a = x;
        e.b = y;
        x += e.op != Op::Insert;
        y += e.op != Op::Delete;
    }
    return script;
}

QString range(qsizetype start, qsizetype count)
{
    // diff -u: "l" for one line, "l,n" otherwise; an empty range names the line before it.
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(QString::number(count == 0 ? start : start + 1), QString::number(count));
}

QString shown(char sign, const QByteArray &line)
{
    // A BOM stays in the first line as U+FEFF (as diff shows it) instead of being dropped.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder(line);
    const bool newline = text.endsWith(u'\n');
    if (newline)
        text.chop(1);
    text.replace(u'\r', QChar(0x240D));
    QString out = QLatin1Char(sign) + text + u'\n';
    if (!newline)
        out += QStringLiteral("\\ No newline at end of file\n");
    return out;
}

} // namespace

QString unifiedDiff(
    const std::optional<QByteArray> &before, const std::optional<QByteArray> &after, const QString &label, int context)
{
    const QList<QByteArray> a = TextLines::splitAfterNewlines(before.value_or(QByteArray()));
    const QList<QByteArray> b = TextLines::splitAfterNewlines(after.value_or(QByteArray()));
    if (before.has_value() == after.has_value() && a == b)
        return {};
    const QList<Edit> script = editScript(a, b);
    context = qMax(0, context);

    QString out = QStringLiteral("--- %1\n+++ %2\n")
                      .arg(before ? label : QStringLiteral("/dev/null"), after ? label : QStringLiteral("/dev/null"));
    qsizetype i = 0;
    while (i < script.size()) {
        // The next change, and the hunk around it: changes closer than 2 * context share one.
        while (i < script.size() && script.at(i).op == Op::Keep)
            ++i;
        if (i >= script.size())
            break;
        const qsizetype first = qMax<qsizetype>(0, i - context);
        qsizetype end = i;
        for (;;) {
            while (end < script.size() && script.at(end).op != Op::Keep)
                ++end;
            qsizetype keep = end;
            while (keep < script.size() && script.at(keep).op == Op::Keep)
                ++keep;
            if (keep < script.size() && keep - end <= 2 * context) {
                end = keep;
                continue;
            }
            end = qMin(script.size(), end + context);
            break;
        }
        qsizetype aStart = -1;
        qsizetype bStart = -1;
        qsizetype aCount = 0;
        qsizetype bCount = 0;
        QString body;
        for (qsizetype j = first; j < end; ++j) {
            const Edit &e = script.at(j);
            if (aStart < 0) {
                aStart = e.a;
                bStart = e.b;
            }
            switch (e.op) {
            case Op::Keep:
                ++aCount;
                ++bCount;
                body += shown(' ', a.at(e.a));
                break;
            case Op::Delete:
                ++aCount;
                body += shown('-', a.at(e.a));
                break;
            case Op::Insert:
                ++bCount;
                body += shown('+', b.at(e.b));
                break;
            }
        }
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(aStart, aCount), range(bStart, bCount)) + body;
        i = end;
    }
    return out;
}

} // namespace GoDual
