#include "fix/windowspathedit.h"

#include "windowspath.h"

namespace GoDual {

namespace {

constexpr qsizetype kMaxValueLength = 32767;

bool sameValue(const Origin &a, const Origin &b)
{
    return a.kind() == Origin::Kind::Registry && b.kind() == Origin::Kind::Registry
        && a.registryKey().compare(b.registryKey(), Qt::CaseInsensitive) == 0
        && a.registryName().compare(b.registryName(), Qt::CaseInsensitive) == 0;
}

// An entry as its value stores it (hand-made snapshots may leave `raw` empty for literal entries).
const QString &storedOf(const PathEntry &e) { return e.raw.isEmpty() ? e.value : e.raw; }

} // namespace

Result<WindowsPathEdit> WindowsPathEdit::start(const Side &windows, const Origin &origin,
    const std::optional<RegistryValue> &scanned, const std::optional<RegistryValue> &current)
{
    WindowsPathEdit edit;
    edit.m_current = current;
    if (!current)
        return edit; // a new value: appending only
    if (current->type != RegistryValue::Sz && current->type != RegistryValue::ExpandSz)
        return Failure { tr("%1 is not a string value, so GoDual does not edit it").arg(origin.toString()) };
    edit.m_type = current->type;
    const QString &text = current->text;
    const QList<WindowsPathSegment> segments = windowsPathSegments(text);
    qsizetype end = 0;
    for (const WindowsPathSegment &s : segments) {
        Piece piece;
        piece.lead = text.mid(end, s.start - end);
        piece.text = text.mid(s.start, s.length);
        edit.m_pieces.append(piece);
        end = s.start + s.length;
    }
    edit.m_tail = text.mid(end);

    // Tie stored entries to the scan's: only while the plan has not changed the text, and only one
    // to one (a stored entry that expanded to several folders, or to none, cannot be told apart).
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < windows.path.size(); ++i) {
        if (sameValue(windows.path.at(i).origin, origin))
            indexes.append(i);
    }
    bool tied = scanned && scanned->text == text && indexes.size() == edit.m_pieces.size();
    for (qsizetype i = 0; tied && i < indexes.size(); ++i)
        tied = storedOf(windows.path.at(indexes.at(i))) == edit.m_pieces.at(i).text;
    if (tied) {
        for (qsizetype i = 0; i < indexes.size(); ++i)
            edit.m_pieces[i].pathIndex = indexes.at(i);
    }
    edit.m_tied = tied;
    return edit;
}

qsizetype WindowsPathEdit::find(qsizetype pathIndex) const
{
    if (pathIndex < 0)
        return -1;
    for (qsizetype i = 0; i < m_pieces.size(); ++i) {
        if (m_pieces.at(i).pathIndex == pathIndex)
            return i;
    }
    return -1;
}

bool WindowsPathEdit::holds(qsizetype pathIndex) const
{
    const qsizetype i = find(pathIndex);
    return i >= 0 && !m_pieces.at(i).removed;
}

QList<qsizetype> WindowsPathEdit::pathIndexes() const
{
    QList<qsizetype> out;
    for (const Piece &p : m_pieces) {
        if (p.pathIndex >= 0)
            out.append(p.pathIndex);
    }
    return out;
}

QString WindowsPathEdit::storedText(qsizetype pathIndex) const
{
    const qsizetype i = find(pathIndex);
    return i >= 0 && !m_pieces.at(i).removed ? m_pieces.at(i).text : QString();
}

void WindowsPathEdit::remove(qsizetype pathIndex)
{
    const qsizetype i = find(pathIndex);
    if (i < 0 || m_pieces.at(i).removed)
        return;
    Piece &piece = m_pieces[i];
    piece.removed = true;
    // One separator goes with the entry: the one before it, or for the first entry the one after.
    if (!piece.lead.isEmpty()) {
        piece.lead.chop(1);
        return;
    }
    for (qsizetype j = i + 1; j < m_pieces.size(); ++j) {
        if (!m_pieces.at(j).lead.isEmpty()) {
            m_pieces[j].lead.remove(0, 1);
            return;
        }
    }
    if (!m_tail.isEmpty())
        m_tail.remove(0, 1);
}

void WindowsPathEdit::rewrite(qsizetype pathIndex, const QString &stored)
{
    const qsizetype i = find(pathIndex);
    if (i < 0 || m_pieces.at(i).removed || m_pieces.at(i).text == stored)
        return;
    m_pieces[i].text = stored;
    m_pieces[i].written = true;
}

void WindowsPathEdit::append(const QString &stored, const QString &folder)
{
    Piece piece;
    piece.text = stored;
    piece.folder = folder;
    piece.written = true;
    if (anyKept()) {
        // After the value's last separator if it ends with one, else after a new one.
        piece.lead = m_tail.isEmpty() ? QStringLiteral(";") : m_tail;
    } else {
        // Nothing kept: separators left over from removed entries do not stay in front of it.
        for (Piece &p : m_pieces)
            p.lead.clear();
    }
    m_tail.clear();
    m_pieces.append(piece);
}

void WindowsPathEdit::prepend(const QString &stored, const QString &folder)
{
    Piece piece;
    piece.text = stored;
    piece.folder = folder;
    piece.written = true;
    if (anyKept()) {
        // The separators in front of the first kept entry now come after the new one; with none
        // there (a value that starts with its entry), one is added.
        bool separated = false;
        for (const Piece &p : std::as_const(m_pieces)) {
            separated = separated || !p.lead.isEmpty();
            if (!p.removed)
                break;
        }
        if (!separated)
            m_pieces.first().lead.prepend(u';');
    } else {
        // Nothing kept: as append(), no leftover separators around it.
        for (Piece &p : m_pieces)
            p.lead.clear();
        m_tail.clear();
    }
    m_pieces.prepend(piece);
}

QStringList WindowsPathEdit::appendedFolders() const
{
    QStringList out;
    for (const Piece &p : m_pieces) {
        if (p.pathIndex < 0 && !p.removed)
            out.append(p.folder);
    }
    return out;
}

bool WindowsPathEdit::anyKept() const
{
    return std::any_of(m_pieces.cbegin(), m_pieces.cend(), [](const Piece &p) { return !p.removed; });
}

QString WindowsPathEdit::text() const
{
    if (!anyKept())
        return {};
    QString out;
    for (const Piece &p : m_pieces) {
        out += p.lead;
        if (!p.removed)
            out += p.text;
    }
    return out + m_tail;
}

Result<RegistryValue> WindowsPathEdit::value() const
{
    const QString now = text();
    if (m_current && m_current->text == now && m_current->type == m_type)
        return *m_current;
    if (now.size() > kMaxValueLength)
        return Failure {
            tr("the new Path value would be %1 characters, more than the 32,767 Windows holds").arg(now.size())
        };
    const bool wrotePercent = std::any_of(m_pieces.cbegin(), m_pieces.cend(),
        [](const Piece &p) { return p.written && !p.removed && p.text.contains(u'%'); });
    const bool expandable = !m_current || m_type == RegistryValue::ExpandSz || wrotePercent;
    return RegistryValue::fromString(expandable ? RegistryValue::ExpandSz : RegistryValue::Sz, now);
}

} // namespace GoDual
