#include "origin.h"

namespace GoDual {

Origin Origin::registry(const QString &key, const QString &name, const QString &detail)
{
    Origin o(Kind::Registry, key, 0);
    o.m_name = name;
    o.m_detail = detail;
    return o;
}

QString Origin::toString() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::File:
    case Kind::GoEnvFile:
        return m_text + u':' + QString::number(m_line);
    case Kind::Registry:
        return m_text + u'\\' + m_name + (m_detail.isEmpty() ? QString() : QStringLiteral(" = ") + m_detail);
    case Kind::WslEnv:
        return QStringLiteral("WSLENV:") + m_text;
    case Kind::AppendWindowsPath:
        return QStringLiteral("appendWindowsPath");
    case Kind::Wsl:
        return QStringLiteral("wsl");
    case Kind::Environment:
        return QStringLiteral("environment");
    case Kind::LoginShell:
        return QStringLiteral("login shell");
    case Kind::Default:
        return QStringLiteral("default");
    }
    return {};
}

} // namespace GoDual
