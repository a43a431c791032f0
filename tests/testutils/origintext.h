#pragma once

#include "origin.h"

namespace GoDual::TestUtils {

// The Origin a contract origin string stands for, so fixtures can be written as the user reads
// them ("/home/dev/.profile:27", "HKEY_CURRENT_USER\Environment\Path", "WSLENV:GOPATH/p").
// Test code only: the product never turns text back into an origin.
inline Origin originFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (text == QLatin1StringView("default"))
        return Origin::defaultValue();
    if (text == QLatin1StringView("wsl"))
        return Origin::wsl();
    if (text == QLatin1StringView("appendWindowsPath"))
        return Origin::appendWindowsPath();
    if (text == QLatin1StringView("environment"))
        return Origin::environment();
    if (text == QLatin1StringView("login shell"))
        return Origin::loginShell();
    if (text.startsWith(QLatin1StringView("WSLENV:")))
        return Origin::wslEnv(text.mid(7));
    if (text.startsWith(QLatin1StringView("HKEY_"))) {
        const qsizetype slash = text.lastIndexOf(u'\\');
        return Origin::registry(text.left(slash), text.mid(slash + 1));
    }
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const int line = colon > 0 ? text.mid(colon + 1).toInt(&ok) : 0;
    return ok ? Origin::file(text.left(colon), line) : Origin();
}

} // namespace GoDual::TestUtils
