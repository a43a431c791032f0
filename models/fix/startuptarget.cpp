#include "fix/startuptarget.h"

namespace GoDual {

Shell shellOf(const QString &loginShell)
{
    const QString name = loginShell.section(u'/', -1);
    if (name == QLatin1StringView("fish"))
        return Shell::Fish;
    if (name == QLatin1StringView("zsh"))
        return Shell::Zsh;
    return Shell::Bash;
}

std::optional<StartupTarget> startupTarget(const Side &side)
{
    if (side.id.kind() == SideId::Kind::Windows || side.home.isEmpty())
        return std::nullopt;
    const QString home = side.home.endsWith(u'/') ? side.home.chopped(1) : side.home;
    const auto inHome = [&](const char *name) { return home + u'/' + QLatin1StringView(name); };
    const auto reads
        = [&](const QString &path) { return side.startupFiles.contains(path) || side.files.contains(path); };
    const QString name = side.shell.section(u'/', -1);
    if (name == QLatin1StringView("fish"))
        return StartupTarget { inHome(".config/fish/conf.d/godual.fish"), Shell::Fish };
    if (name == QLatin1StringView("zsh")) {
        // ZDOTDIR moves these files; the scan lists the ones zsh really reads.
        for (const QString &file : side.startupFiles) {
            if (file.endsWith(QLatin1StringView("/.zlogin")) && file.startsWith(home + u'/'))
                return StartupTarget { file, Shell::Zsh };
        }
        for (const QString &file : side.startupFiles) {
            if (file.endsWith(QLatin1StringView("/.zshrc")) && file.startsWith(home + u'/'))
                return StartupTarget { file, Shell::Zsh };
        }
        return StartupTarget { inHome(".zshrc"), Shell::Zsh };
    }
    if (name == QLatin1StringView("bash")) {
        for (const char *file : { ".bash_profile", ".bash_login", ".profile" }) {
            if (reads(inHome(file)))
                return StartupTarget { inHome(file), Shell::Bash };
        }
    }
    return StartupTarget { inHome(".profile"), Shell::Bash };
}

} // namespace GoDual
