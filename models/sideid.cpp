#include "sideid.h"

#include <QCoreApplication>

namespace GoDual {

namespace {
const QLatin1StringView kWslPrefix("wsl:");
}

bool SideId::isValidDistroName(QStringView name)
{
    if (name.isEmpty() || name.size() > 256)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.'
            || u == u'_' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

Result<SideId> SideId::parse(const QString &text)
{
    if (text == QLatin1StringView("windows"))
        return windows();
    if (text == QLatin1StringView("local"))
        return local();
    const QString name = text.startsWith(kWslPrefix) ? text.mid(kWslPrefix.size()) : text;
    if (!isValidDistroName(name)) {
        return Failure { QCoreApplication::translate("GoDual::SideId",
            "'%1' is not a side: use windows, local, wsl:<distro> or a distro name "
            "(letters, digits, '.', '_' and '-')")
                .arg(text) };
    }
    return wsl(name);
}

QString SideId::toString() const
{
    switch (m_kind) {
    case Kind::Windows:
        return QStringLiteral("windows");
    case Kind::Local:
        return QStringLiteral("local");
    case Kind::Wsl:
        return kWslPrefix + m_distro;
    }
    Q_UNREACHABLE_RETURN(QString());
}

bool SideId::operator==(const SideId &other) const { return m_kind == other.m_kind && m_folded == other.m_folded; }

} // namespace GoDual
