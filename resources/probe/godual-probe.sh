# GoDual's side probe. Runs as `sh -s NONCE` with this text on standard input, once per side per
# scan: inside a WSL distro through `wsl.exe -d NAME --exec /bin/sh -s NONCE`, on the local side
# directly. It only reads. Output format (version 1), one record per line, fields separated by
# TAB, text fields escaped as \\ \t \r \n:
#   probe 1 NONCE | user NAME HOME SHELL | kernel RELEASE yes|no
#   file ROLE PATH, followed by `hex HEXBYTES` lines holding the file's bytes; ROLE is wslconf,
#     env-initial, env-login, goenv, goroot-env ($GOROOT/go.env of the GOROOT in force) or
#     vscode-machine
#   login SHELL STATUS | rc PATH LINE TEXT | install DIR REALDIR VERSION BINKIND
#   path INDEX yes|no DIR REALDIR | gohit INDEX DIR NAME KIND REALPATH | end NONCE
# Everything is defined in functions and run by the last line with stdin from /dev/null, so no
# command can read the rest of the script.
#
# Speed: starting a process is the probe's main cost (several ms each on a loaded machine), so
# the shell's built-ins (read, cd -P, [ ], globs, parameter expansion) do all they can and each
# external program runs once for many files where it can.

nonce=$1
TAB=$(printf '\t')
CR=$(printf '\r')
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
    rec file "$1" "$(esc "$2")"
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

probe_login_env() {
    # The environment a new terminal sees: the user's login shell as login + interactive. Its
    # start-up files may print anything, so the dump follows a marker.
    tmp=$(mktemp 2>/dev/null) || return 0
    if command -v timeout >/dev/null 2>&1; then limit="timeout -k 2 10"; else limit=""; fi
    $limit "$shell" -l -i -c "echo GODUAL-ENV-BEGIN; exec /bin/sh -c 'od -An -v -tx1 /proc/self/environ; echo GODUAL-PATH; echo \"\$PATH\"; echo \"\$GOROOT\"'" \
        </dev/null >"$tmp" 2>/dev/null
    status=$?
    rec login "$(esc "$shell")" "$status"
    # Read back with the shell's own `read`: the hex lines between the markers, then PATH and
    # GOROOT on the two lines after GODUAL-PATH.
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
        goroot) login_goroot=$out_line; section=done ;;
        esac
    done <"$tmp"
    if [ "$section" != before ] && [ "$section" != hex ]; then
        rec file env-login /proc/self/environ
        printf '%s' "$hex_buffer" | sed -e 's/ //g' -e '/^$/d' -e 's/^/hex	/'
    fi
    rm -f "$tmp"
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

probe_installs() {
    for dir in /usr/local/go /usr/lib/go /usr/lib/go-* /opt/go /opt/go* "$HOME"/sdk/go* "$HOME"/go/go* \
        "$HOME"/.gvm/gos/* "$HOME"/.goenv/versions/* "$HOME"/.local/share/mise/installs/go/* \
        "$HOME"/.local/share/mise/installs/go/*/go "$HOME"/.asdf/installs/golang/*/go /snap/go/current \
        "$HOME"/go/pkg/mod/golang.org/toolchain@* ${login_goroot:+"$login_goroot"}; do
        [ -f "$dir/VERSION" ] || continue
        report_install "$dir" "$dir"
    done
    if [ -L /etc/alternatives/go ]; then
        alt=$(readlink -f /etc/alternatives/go 2>/dev/null)
        root=${alt%/*}
        root=${root%/*}
        [ -n "$alt" ] && [ -f "$root/VERSION" ] && report_install "$root" /etc/alternatives/go
    fi
}

probe_rc_files() {
    # Lines of the start-up files that set a Go variable or PATH: one grep for all of them.
    pattern='GO(ROOT|PATH|BIN|TOOLCHAIN|PROXY|FLAGS|ENV|111MODULE|SUMDB|NOSUMDB|NOSUMCHECK|INSECURE|PRIVATE|MODCACHE|CACHE)|PATH|fish_add_path'
    set --
    for f in /etc/environment /etc/profile /etc/profile.d/*.sh /etc/bash.bashrc /etc/zsh/zshenv /etc/zsh/zprofile \
        /etc/zsh/zshrc "$HOME/.profile" "$HOME/.bash_profile" "$HOME/.bash_login" "$HOME/.bashrc" \
        "$HOME/.zshenv" "$HOME/.zprofile" "$HOME/.zshrc" "$HOME/.config/fish/config.fish"; do
        [ -f "$f" ] && [ -r "$f" ] && set -- "$@" "$f"
    done
    [ $# -gt 0 ] || return 0
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

main() {
    rec probe 1 "$nonce"
    probe_user
    probe_kernel
    dump_file wslconf /etc/wsl.conf
    rec file env-initial /proc/self/environ
    hex_lines "/proc/$$/environ"
    login_path=
    login_goroot=
    hex_buffer=
    probe_login_env
    goenv=${GOENV:-${XDG_CONFIG_HOME:-$HOME/.config}/go/env}
    dump_file goenv "$goenv"
    dump_file vscode-machine "$HOME/.vscode-server/data/Machine/settings.json"
    probe_installs
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

main </dev/null
