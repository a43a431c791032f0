#pragma once

#include "edit/shellsyntax.h"
#include "snapshot.h"

#include <QString>

#include <optional>

namespace GoDual {

// Where GoDual's managed block goes on a Linux side: the start-up file whose end runs last in a
// new terminal (a login + interactive shell of the default user), so nothing the user's files
// set afterwards overrides it.
//   bash: the one of ~/.bash_profile, ~/.bash_login, ~/.profile it reads (the first that exists;
//         ~/.profile when none does); its end comes after everything it sources, ~/.bashrc too.
//   zsh:  ~/.zlogin when it exists (zsh reads it last), else ~/.zshrc.
//   fish: ~/.config/fish/conf.d/godual.fish, a file of GoDual's own (the contract's choice;
//         config.fish runs after it, so a setting there is edited at its line instead).
//   sh, dash and other shells: ~/.profile.
// Pure: decided from the side's scan (its shell, home and the files its shell reads).
struct StartupTarget {
    QString path; // as the side names it
    Shell shell = Shell::Bash;
};

std::optional<StartupTarget> startupTarget(const Side &side);

// The shell syntax a login shell path speaks (/usr/bin/fish -> Fish, zsh -> Zsh, others -> Bash).
Shell shellOf(const QString &loginShell);

} // namespace GoDual
