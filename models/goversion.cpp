#include "goversion.h"

#include <QRegularExpression>

namespace GoDual {

std::optional<GoVersion> GoVersion::parse(QStringView text)
{
    // Go only puts a prerelease tag on a version without a patch number (go1.21rc1, never
    // go1.21.0rc1), and minor/patch need the component before them.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral(R"(go(\d{1,4})(?:\.(\d{1,4})(?:\.(\d{1,4})|(alpha|beta|rc)(\d{1,4}))?)?)")));
    const auto match = pattern.matchView(text);
    if (!match.hasMatch())
        return std::nullopt;
    GoVersion v;
    v.m_major = match.capturedView(1).toInt();
    if (v.m_major <= 0)
        return std::nullopt;
    if (match.hasCaptured(2))
        v.m_minor = match.capturedView(2).toInt();
    if (match.hasCaptured(3))
        v.m_patch = match.capturedView(3).toInt();
    if (match.hasCaptured(4)) {
        v.m_kind = match.captured(4);
        v.m_pre = match.capturedView(5).toInt();
    }
    return v;
}

QString GoVersion::toString() const
{
    if (!isValid())
        return {};
    QString s = QStringLiteral("go") + QString::number(m_major);
    if (m_minor >= 0)
        s += u'.' + QString::number(m_minor);
    if (m_patch >= 0)
        s += u'.' + QString::number(m_patch);
    if (!m_kind.isEmpty())
        s += m_kind + QString::number(m_pre);
    return s;
}

QString GoVersion::languageVersion() const
{
    if (!isValid())
        return {};
    return QStringLiteral("go%1.%2").arg(m_major).arg(qMax(m_minor, 0));
}

std::strong_ordering GoVersion::operator<=>(const GoVersion &other) const
{
    // A missing component sorts before any present one, as in Go's gover.Compare.
    if (auto c = m_major <=> other.m_major; c != 0)
        return c;
    if (auto c = m_minor <=> other.m_minor; c != 0)
        return c;
    if (auto c = m_patch <=> other.m_patch; c != 0)
        return c;
    if (auto c = QString::compare(m_kind, other.m_kind) <=> 0; c != 0)
        return c;
    return m_pre <=> other.m_pre;
}

} // namespace GoDual
