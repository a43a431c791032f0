# GoDual's side probe. Runs as `sh -s NONCE LOCATION...` with this text on standard input, once per
# side per scan: inside a WSL distro through `wsl.exe -d NAME --exec /bin/sh -s NONCE LOCATION...`,
# on the local side directly. It only reads. The LOCATIONs are where Go is installed, from GoDual's
# one table of them (models/installlocations.cpp): shell globs where a leading ~/ is the home
# folder, and link:PATH for a link to a go binary whose installation is two folders up. Output format (version 1), one record per line, fields separated by
# TAB, text fields escaped as \\ \t \r \n:
#   probe 1 NONCE | user NAME HOME SHELL | kernel RELEASE yes|no
#   file ROLE PATH, followed by `hex HEXBYTES` lines holding the file's bytes; ROLE is wslconf,
#     env-initial, env-login, goenv, goroot-env ($GOROOT/go.env of the GOROOT in force) or
#     vscode-machine
#   login SHELL STATUS | rc PATH LINE TEXT | install DIR REALDIR VERSION BINKIND
#   path INDEX yes|no DIR REALDIR | gohit INDEX DIR NAME KIND REALPATH | end NONCE
#   manager NAME ROOT RUNS yes|no GLOBAL: the version manager NAME's (goenv, asdf, mise) shims are
#     in ROOT/shims and run the program RUNS, which is (yes) or is not (no) there; GLOBAL is the
#     file its global command writes (ROOT/version, ~/.tool-versions, mise's config.toml), which
#     `file manager:NAME` holds when it exists. gvm: RUNS is the script start-up files source and
#     GLOBAL its default environment; `file manager:gvm:VERSION` holds each version's environment.
#   alternative NAME VALUE: /etc/alternatives/NAME (update-alternatives' group NAME) points at
#     VALUE; a `file alternatives:NAME` record with its administrative file follows.
#   tracing KIND COMMANDS: the login shell (KIND bash or zsh) ran its start-up files with xtrace;
#     COMMANDS is how many traced commands it ran. Absent when the shell cannot be traced.
#   trace VAR FILE LINE STATE: while the start-up files ran, the command at FILE:LINE changed VAR;
#     STATE is `=VALUE` (the value the shell expanded) or empty when the command unset it.
#   `rc` lines come from the start-up files this login shell reads, in the order it reads them.
# Everything is defined in functions and run by the last line with stdin from /dev/null, so no
# command can read the rest of the script.
#
# Speed: starting a process is the probe's main cost (several ms each on a loaded machine), so
# the shell's built-ins (read, cd -P, [ ], globs, parameter expansion) do all they can and each
# external program runs once for many files where it can.

nonce=$1
shift
TAB=$(printf '\t')
CR=$(printf '\r')
US=$(printf '\037')
# What the start-up file trace follows: PATH and the Go variables (RcAssignments::goVariables()).
trace_vars="PATH GOROOT GOPATH GOBIN GOTOOLCHAIN GOPROXY GOSUMDB GOFLAGS GONOSUMDB GONOSUMCHECK GOINSECURE \
GOPRIVATE GOMODCACHE GOCACHE GOENV GO111MODULE"
start_dir=$PWD

esc() {
    # Escapes one line of text for a record field; only text that needs it costs a process.
    case $1 in
    *\\* | *"$TAB"* | *"$CR"*)
        printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e "s/$TAB/\\\\t/g" -e "s/$CR/\\\\r/g" | tr -d '\n'
        ;;
    *) printf '%s' "$1" ;;
    esac
}

rec() {
    # Prints a record from its fields; callers escape free text first.
    _rec_first=1
    for _rec_field in "$@"; do
        if [ $_rec_first = 1 ]; then printf '%s' "$_rec_field"; _rec_first=0; else printf '\t%s' "$_rec_field"; fi
    done
    printf '\n'
}

hex_lines() {
    # The bytes of $1 (at most 256 KiB) as `hex` records.
    od -An -v -tx1 -N 262144 "$1" 2>/dev/null | sed -e 's/ //g' -e '/^$/d' -e 's/^/hex	/'
}

dump_file() {
    # file ROLE PATH, then the bytes as hex lines.
    [ -f "$2" ] && [ -r "$2" ] || return 0
    rec file "$(esc "$1")" "$(esc "$2")"
    hex_lines "$2"
}

real_dir() {
    # The folder $1 with every link resolved, into $real; no process: cd -P in this shell.
    real=$1
    if cd -P -- "$1" 2>/dev/null; then
        real=$PWD
        cd -- "$start_dir" 2>/dev/null || cd /
    fi
}

real_file() {
    # The file $1 with links resolved, into $real.
    if [ -L "$1" ]; then
        real=$(readlink -f -- "$1" 2>/dev/null) || real=$1
    else
        real_dir "${1%/*}"
        real=$real/${1##*/}
    fi
}

bin_kind() {
    # elf, pe, shim (a script) or other, from the first bytes; one process.
    set -- $(od -An -tx1 -N4 "$1" 2>/dev/null)
    case "$1$2$3$4" in
    7f454c46) echo elf ;;
    4d5a*) echo pe ;;
    2321*) echo shim ;;
    *) echo other ;;
    esac
}

first_line() {
    # The first line of file $1 (at most what `read` takes), into $line; no process.
    line=
    IFS= read -r line <"$1" 2>/dev/null || [ -n "$line" ]
}

probe_user() {
    name=${USER:-${LOGNAME:-}}
    [ -n "$name" ] || name=$(id -un 2>/dev/null) || name=unknown
    shell=
    while IFS=: read -r pw_name _ _ _ _ _ pw_shell; do
        if [ "$pw_name" = "$name" ]; then shell=$pw_shell; break; fi
    done </etc/passwd
    [ -n "$shell" ] || shell=$(getent passwd "$name" 2>/dev/null | cut -d: -f7)
    [ -n "$shell" ] || shell=${SHELL:-/bin/sh}
    rec user "$(esc "$name")" "$(esc "$HOME")" "$(esc "$shell")"
}

probe_kernel() {
    first_line /proc/sys/kernel/osrelease
    release=$line
    [ -n "$release" ] || release=$(uname -r)
    if [ -d "/lib/modules/$release" ]; then mods=yes; else mods=no; fi
    rec kernel "$(esc "$release")" "$mods"
}

shell_kind() {
    # bash, zsh, fish or sh (dash, ash, ksh, ...: read like sh), from the login shell's name.
    case ${1##*/} in
    bash | zsh | fish) echo "${1##*/}" ;;
    *) echo sh ;;
    esac
}

trace_state_ps4() {
    # The part of PS4 that shows PATH and the Go variables before every traced command: `=VALUE`
    # when set, nothing when unset, each followed by a unit separator. $1 wraps each expansion
    # (zsh's prompt expansion needs % doubled).
    ps4_state=
    for var in $trace_vars; do
        if [ "$1" = zsh ]; then
            ps4_state="$ps4_state\${$var+=}\${$var//\%/%%}$US"
        else
            ps4_state="$ps4_state\${$var+=}\${$var-}$US"
        fi
    done
}

probe_login_env() {
    # The environment a new terminal sees: the user's login shell as login + interactive, started
    # in the home folder like a terminal. Its start-up files may print anything, so the dump
    # follows a marker. The same run traces the start-up files where the shell can (bash, zsh):
    # every command's file, line and the values of PATH and the Go variables before it, so the
    # command that changed a value is known exactly, through sourced files, loops and conditions.
    tmp=$(mktemp 2>/dev/null) || return 0
    trace=$(mktemp 2>/dev/null) || trace=/dev/null
    if command -v timeout >/dev/null 2>&1; then limit="timeout -k 2 10"; else limit=""; fi
    dump="echo GODUAL-ENV-BEGIN; exec /bin/sh -c 'od -An -v -tx1 /proc/self/environ; echo GODUAL-PATH; echo \"\$PATH\"; echo \"\$GOROOT\"; echo \"\${GOENV:-\${XDG_CONFIG_HOME:-\$HOME/.config}/go/env}\"; echo \"\${GOENV_ROOT:-\$HOME/.goenv}\"; echo \"\${ASDF_DATA_DIR:-\$HOME/.asdf}\"; echo \"\$HOME/\${ASDF_DEFAULT_TOOL_VERSIONS_FILENAME:-.tool-versions}\"; echo \"\${MISE_DATA_DIR:-\${XDG_DATA_HOME:-\$HOME/.local/share}/mise}\"; echo \"\${MISE_GLOBAL_CONFIG_FILE:-\${MISE_CONFIG_DIR:-\${XDG_CONFIG_HOME:-\$HOME/.config}/mise}/config.toml}\"; echo \"\${GVM_ROOT:-\$HOME/.gvm}\"'"
    kind=$(shell_kind "$shell")
    case $kind in
    bash)
        # bash ignores PS4 from the environment when run as root, so the command string sets it
        # and reads the profile files itself, in bash's own login order (/etc/profile, then the
        # first readable of ~/.bash_profile, ~/.bash_login, ~/.profile), with the profile reading
        # turned off; the shell is still a login + interactive one, $0 is -bash.
        trace_state_ps4 bash
        script="PS4='+GODUALTRACE$US\${BASH_SOURCE-}$US\${LINENO-}$US\${BASH_SUBSHELL-0}$US$ps4_state'; set -x
if [ -r /etc/profile ]; then . /etc/profile; fi
for godual_profile in ~/.bash_profile ~/.bash_login ~/.profile; do if [ -r \"\$godual_profile\" ]; then . \"\$godual_profile\"; break; fi; done
set +x; unset godual_profile; $dump"
        ;;
    esac
    (
        cd "$HOME" 2>/dev/null || cd /
        case $kind in
        bash) exec $limit "$shell" --noprofile --norc -l -i -c "$script" -bash ;;
        zsh)
            trace_state_ps4 zsh
            PS4="+GODUALTRACE$US%x$US%I$US\${ZSH_SUBSHELL:-0}$US$ps4_state" exec $limit "$shell" -o promptsubst -x -l -i -c "set +x; unset PS4; $dump"
            ;;
        *) exec $limit "$shell" -l -i -c "$dump" ;;
        esac
    ) </dev/null >"$tmp" 2>"$trace"
    status=$?
    rec login "$(esc "$shell")" "$status"
    # Read back with the shell's own `read`: the hex lines between the markers, then PATH,
    # GOROOT, the go env file's path, goenv's root, asdf's data folder and its home folder
    # .tool-versions, mise's data folder and global config file, gvm's root on the lines after
    # GODUAL-PATH.
    section=before
    while IFS= read -r out_line || [ -n "$out_line" ]; do
        case $section in
        before) [ "$out_line" = GODUAL-ENV-BEGIN ] && section=hex ;;
        hex)
            if [ "$out_line" = GODUAL-PATH ]; then
                section=path
            else
                hex_buffer="$hex_buffer$out_line
"
            fi
            ;;
        path) login_path=$out_line; section=goroot ;;
        goroot) login_goroot=$out_line; section=goenv ;;
        goenv) login_goenv=$out_line; section=goenv-root ;;
        goenv-root) login_goenv_root=$out_line; section=asdf-root ;;
        asdf-root) login_asdf_root=$out_line; section=asdf-versions ;;
        asdf-versions) login_asdf_versions=$out_line; section=mise-root ;;
        mise-root) login_mise_root=$out_line; section=mise-config ;;
        mise-config) login_mise_config=$out_line; section=gvm-root ;;
        gvm-root) login_gvm_root=$out_line; section=done ;;
        esac
    done <"$tmp"
    if [ "$section" != before ] && [ "$section" != hex ]; then
        rec file env-login /proc/self/environ
        printf '%s' "$hex_buffer" | sed -e 's/ //g' -e '/^$/d' -e 's/^/hex	/'
    fi
    case $kind in bash | zsh) [ "$trace" != /dev/null ] && report_trace "$kind" ;; esac
    rm -f "$tmp"
    [ "$trace" = /dev/null ] || rm -f "$trace"
}

report_trace() {
    # One awk over the whole trace: a variable whose value differs from the one shown before the
    # previous command was changed by that command. Only commands of the shell itself count, not
    # of its subshells or command substitutions (their changes are undone when they end). Only
    # changes are reported, so the record count stays small even when the start-up files run
    # thousands of commands.
    awk -v names="$trace_vars" -v us="$US" '
        BEGIN { FS = us; n = split(names, name, " ") }
        {
            line = $0
            sub(/^\++/, "", line)
            if (substr(line, 1, 12) != "GODUALTRACE" us) next
            if (split(line, f, us) < n + 4 || f[4] != "0") next
            if (commands > 0) {
                for (i = 1; i <= n; i++) {
                    if (f[i + 4] != prev[i]) print "T" us name[i] us src us lineno us f[i + 4]
                }
            }
            for (i = 1; i <= n; i++) prev[i] = f[i + 4]
            src = f[2]
            lineno = f[3]
            commands++
        }
        END { print "N" us commands + 0 }' "$trace" 2>/dev/null | while IFS="$US" read -r tag var file line state; do
        if [ "$tag" = N ]; then
            rec tracing "$1" "$var"
            continue
        fi
        # Only commands of start-up files count; the probe's own command string has no file.
        case $file in
        /*) ;;
        "" | zsh | bash | -bash) continue ;;
        *) file=$HOME/$file ;;
        esac
        rec trace "$var" "$(esc "$file")" "$line" "$(esc "$state")"
    done
}

probe_go_on_path() {
    # Every folder on the login PATH in lookup order, and the go or go.exe each one holds.
    [ -n "$login_path" ] || login_path=$PATH
    i=0
    old_ifs=$IFS
    IFS=:
    set -f
    for dir in $login_path; do
        IFS=$old_ifs
        if [ -d "$dir" ]; then
            real_dir "$dir"
            rec path "$i" yes "$(esc "$dir")" "$(esc "$real")"
        else
            rec path "$i" no "$(esc "$dir")" "$(esc "$dir")"
        fi
        for name in go go.exe; do
            if [ -f "$dir/$name" ]; then
                real_file "$dir/$name"
                rec gohit "$i" "$(esc "$dir")" "$name" "$(bin_kind "$dir/$name")" "$(esc "$real")"
                [ "$name" = go ] && [ -z "$first_go" ] && first_go=$real
            fi
        done
        i=$((i + 1))
        IFS=:
    done
    set +f
    IFS=$old_ifs
}

report_install() {
    # install DIR REALDIR VERSION BINKIND for a folder whose VERSION file is $1/VERSION.
    first_line "$1/VERSION"
    real_dir "$1"
    kind=none
    if [ -f "$1/bin/go" ]; then kind=$(bin_kind "$1/bin/go"); elif [ -f "$1/bin/go.exe" ]; then kind=pe; fi
    rec install "$(esc "$2")" "$(esc "$real")" "$(esc "$line")" "$kind"
}

is_install() {
    # An installation as InstallLocations defines it: VERSION, bin/go (or bin/go.exe) and the
    # folder pkg/tool, what go itself checks for a GOROOT. A folder with VERSION alone is not one.
    [ -f "$1/VERSION" ] && { [ -f "$1/bin/go" ] || [ -f "$1/bin/go.exe" ]; } && [ -d "$1/pkg/tool" ]
}

report_installs_in() {
    # The installations the glob $1 names. Unquoted with IFS empty: the glob expands and nothing
    # is split (a home with spaces stays whole); a pattern that matches nothing stays itself and
    # fails the check.
    old_ifs=$IFS
    IFS=
    for dir in $1; do
        IFS=$old_ifs
        is_install "$dir" && report_install "$dir" "$dir"
    done
    IFS=$old_ifs
}

probe_installs() {
    # "$@": the install locations; then the GOROOT the login shell sets, wherever it is.
    for pattern in "$@"; do
        case $pattern in
        link:*)
            link=${pattern#link:}
            [ -L "$link" ] || continue
            alt=$(readlink -f "$link" 2>/dev/null)
            root=${alt%/*}
            root=${root%/*}
            [ -n "$alt" ] && is_install "$root" && report_install "$root" "$link"
            continue
            ;;
        "~/"*) pattern=$HOME/${pattern#"~/"} ;;
        esac
        report_installs_in "$pattern"
    done
    # The versions of the version managers whose folder the login shell moves (GOENV_ROOT,
    # ASDF_DATA_DIR, MISE_DATA_DIR, GVM_ROOT); their default folders are among the locations above.
    for moved in "$login_goenv_root|$HOME/.goenv|/versions/*" "$login_asdf_root|$HOME/.asdf|/installs/golang/*/go" \
        "$login_mise_root|$HOME/.local/share/mise|/installs/go/*" "$login_gvm_root|$HOME/.gvm|/gos/*"; do
        root=${moved%%|*}
        rest=${moved#*|}
        [ -n "$root" ] && [ "$root" != "${rest%%|*}" ] || continue
        report_installs_in "$root${rest#*|}"
    done
    [ -n "$login_goroot" ] && is_install "$login_goroot" && report_install "$login_goroot" "$login_goroot"
    return 0
}

startup_files() {
    # The start-up files the login shell ($1: its kind) reads as login + interactive, in the
    # order it reads them, into $files (one per line). A file it never reads (a
    # .zshrc for a bash user, a .profile shadowed by .bash_profile) is not listed. Sourcing
    # inside the files is only guessed here (bash: ~/.bashrc and ~/.bashrc.d when the profile
    # names them); the trace, where there is one, shows what really ran.
    files=
    case $1 in
    bash)
        add_files /etc/profile /etc/profile.d/*.sh /etc/bash.bashrc
        for f in "$HOME/.bash_profile" "$HOME/.bash_login" "$HOME/.profile"; do
            [ -r "$f" ] || continue
            add_files "$f"
            if grep -qs bashrc "$f"; then add_files "$HOME/.bashrc" "$HOME"/.bashrc.d/*.sh; fi
            break
        done
        ;;
    zsh)
        zdot=${ZDOTDIR:-$HOME}
        for stage in zshenv zprofile zshrc zlogin; do
            add_files "/etc/zsh/$stage" "/etc/$stage" "$zdot/.$stage"
        done
        ;;
    fish)
        config=${XDG_CONFIG_HOME:-$HOME/.config}/fish
        add_files "$config"/conf.d/*.fish /etc/fish/conf.d/*.fish /etc/fish/config.fish "$config/config.fish"
        ;;
    *) add_files /etc/profile /etc/profile.d/*.sh "$HOME/.profile" ;;
    esac
}

add_files() {
    for f in "$@"; do
        [ -f "$f" ] && [ -r "$f" ] && files="$files$f
"
    done
}

probe_rc_files() {
    # Lines of the start-up files that set a Go variable or PATH: one grep for all of them.
    pattern='GO(ROOT|PATH|BIN|TOOLCHAIN|PROXY|FLAGS|ENV|111MODULE|SUMDB|NOSUMDB|NOSUMCHECK|INSECURE|PRIVATE|MODCACHE|CACHE)|PATH|fish_add_path'
    startup_files "$(shell_kind "$shell")"
    set --
    old_ifs=$IFS
    IFS='
'
    set -f
    for f in $files; do set -- "$@" "$f"; done
    set +f
    IFS=$old_ifs
    [ $# -gt 0 ] || return 0
    # The list, and the bytes of the user's own files: a fix plans its edit from these.
    for f in "$@"; do
        rec startup "$(esc "$f")"
        case $f in "$HOME"/*) dump_file "startup:$f" "$f" ;; esac
    done
    # -H names the file even when there is one; the name is split off by matching the list, so a
    # ':' inside a file name cannot move the split.
    grep -n -H -E "$pattern" "$@" 2>/dev/null | head -n 5000 | while IFS= read -r hit; do
        for f in "$@"; do
            case $hit in
            "$f":*)
                rest=${hit#"$f":}
                rec rc "$(esc "$f")" "${rest%%:*}" "$(esc "${rest#*:}")"
                break
                ;;
            esac
        done
    done
}

probe_alternatives() {
    # Debian's update-alternatives group `go`, when someone registered one (Debian's own golang
    # packages do not): what it points at, and dpkg's record of its mode and choices.
    [ -L /etc/alternatives/go ] || return 0
    rec alternative go "$(esc "$(readlink /etc/alternatives/go)")"
    dump_file alternatives:go /var/lib/dpkg/alternatives/go
}

probe_goenv_manager() {
    # goenv, the version manager (not the go env file): its root as the login shell has it, the
    # goenv its shims run (rehash writes that path into every shim's exec line) and whether it is
    # there, and its global version file, which `goenv global` writes.
    root=${login_goenv_root:-$HOME/.goenv}
    [ -f "$root/shims/go" ] || return 0
    runs=$(sed -n 's/^exec "\(.*\)" exec .*/\1/p' "$root/shims/go" 2>/dev/null)
    present=no
    [ -n "$runs" ] && [ -x "$runs" ] && present=yes
    rec manager goenv "$(esc "$root")" "$(esc "$runs")" "$present" "$(esc "$root/version")"
    dump_file manager:goenv "$root/version"
}

probe_asdf_manager() {
    # asdf: its data folder as the login shell has it, the asdf its shims run (reshim writes that
    # path, or a bare asdf that PATH finds, into every shim's exec line) and whether it is there,
    # and the home folder's .tool-versions, which `asdf global golang` writes.
    root=${login_asdf_root:-$HOME/.asdf}
    [ -f "$root/shims/go" ] || return 0
    runs=$(sed -n 's/^exec \(.*\) exec "go" .*/\1/p' "$root/shims/go" 2>/dev/null)
    present=no
    case $runs in
    */*) [ -x "$runs" ] && present=yes ;;
    ?*) (PATH=$login_path; command -v "$runs" >/dev/null 2>&1) && present=yes ;;
    esac
    versions=${login_asdf_versions:-$HOME/.tool-versions}
    rec manager asdf "$(esc "$root")" "$(esc "$runs")" "$present" "$(esc "$versions")"
    dump_file manager:asdf "$versions"
}

probe_mise_manager() {
    # mise: its data folder as the login shell has it, when it holds Go versions or a go shim; the
    # mise that runs them (a shim is a link to the mise program; `mise activate` runs the mise on
    # the login PATH) and whether it is there; and the global config, which `mise use -g` writes.
    root=${login_mise_root:-$HOME/.local/share/mise}
    [ -d "$root/installs/go" ] || [ -e "$root/shims/go" ] || [ -L "$root/shims/go" ] || return 0
    if [ -L "$root/shims/go" ]; then
        runs=$(readlink "$root/shims/go")
    else
        runs=$( (PATH=$login_path; command -v mise) 2>/dev/null)
    fi
    present=no
    [ -n "$runs" ] && [ -x "$runs" ] && present=yes
    config=${login_mise_config:-$HOME/.config/mise/config.toml}
    rec manager mise "$(esc "$root")" "$(esc "$runs")" "$present" "$(esc "$config")"
    dump_file manager:mise "$config"
}

probe_gvm_manager() {
    # gvm: its root as the login shell has it, when it holds Go versions; the script a start-up
    # file sources to load it and whether it is there; the default environment, which
    # `gvm use VERSION --default` writes as a copy of that version's environment file, and those
    # files of every version (role manager:gvm:VERSION).
    root=${login_gvm_root:-$HOME/.gvm}
    [ -d "$root/gos" ] || return 0
    present=no
    [ -f "$root/scripts/gvm" ] && present=yes
    rec manager gvm "$(esc "$root")" "$(esc "$root/scripts/gvm")" "$present" "$(esc "$root/environments/default")"
    dump_file manager:gvm "$root/environments/default"
    for dir in "$root"/gos/*; do
        [ -d "$dir" ] && dump_file "manager:gvm:${dir##*/}" "$root/environments/${dir##*/}"
    done
    return 0
}

main() {
    rec probe 1 "$nonce"
    probe_user
    probe_kernel
    dump_file wslconf /etc/wsl.conf
    rec file env-initial /proc/self/environ
    hex_lines "/proc/$$/environ"
    login_path=
    login_goroot=
    login_goenv=
    login_goenv_root=
    login_asdf_root=
    login_asdf_versions=
    login_mise_root=
    login_mise_config=
    login_gvm_root=
    hex_buffer=
    probe_login_env
    # The go env file as the login environment names it (a start-up file may set GOENV or
    # XDG_CONFIG_HOME); the probe's own environment only when the login shell gave nothing.
    goenv=${login_goenv:-${GOENV:-${XDG_CONFIG_HOME:-$HOME/.config}/go/env}}
    dump_file goenv "$goenv"
    dump_file vscode-machine "$HOME/.vscode-server/data/Machine/settings.json"
    probe_installs "$@"
    probe_alternatives
    probe_goenv_manager
    probe_asdf_manager
    probe_mise_manager
    probe_gvm_manager
    probe_rc_files
    first_go=
    probe_go_on_path
    # The GOROOT in force: the login shell's $GOROOT, else the root of the first go on PATH
    # (Go's own search, two levels above the binary with links resolved).
    goroot=$login_goroot
    if [ -z "$goroot" ] && [ -n "$first_go" ]; then
        goroot=${first_go%/*}
        goroot=${goroot%/*}
    fi
    [ -n "$goroot" ] && dump_file goroot-env "$goroot/go.env"
    rec end "$nonce"
}

main "$@" </dev/null
