# GoDual's side probe. Runs as `sh -s NONCE` with this text on standard input, once per side per
# scan: inside a WSL distro through `wsl.exe -d NAME --exec /bin/sh -s NONCE`, on the local side
# directly. It only reads. Output format (version 1), one record per line, fields separated by
# TAB, text fields escaped as \\ \t \r \n:
#   probe 1 NONCE | user NAME HOME SHELL | kernel RELEASE yes|no
#   file ROLE PATH, followed by `hex HEXBYTES` lines holding the file's bytes
#   login SHELL STATUS | rc PATH LINE TEXT | install DIR REALDIR VERSION BINKIND
#   path INDEX yes|no DIR REALDIR | gohit INDEX DIR NAME KIND REALPATH | end NONCE
# Everything is defined in functions and run by the last line with stdin from /dev/null, so no
# command can read the rest of the script.

nonce=$1
TAB=$(printf '\t')
CR=$(printf '\r')

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

dump_file() {
    # file ROLE PATH, then the bytes (at most 256 KiB) as hex lines.
    [ -f "$2" ] && [ -r "$2" ] || return 0
    rec file "$1" "$(esc "$2")"
    head -c 262144 "$2" | od -An -v -tx1 | tr -d ' ' | sed -e '/^$/d' -e 's/^/hex	/'
}

bin_kind() {
    # elf, pe, shim (a script) or other, from the first bytes.
    magic=$(head -c 4 "$1" 2>/dev/null | od -An -tx1 | tr -d ' \n')
    case $magic in
    7f454c46) echo elf ;;
    4d5a*) echo pe ;;
    2321*) echo shim ;;
    *) echo other ;;
    esac
}

probe_user() {
    name=$(id -un 2>/dev/null || echo unknown)
    shell=$(getent passwd "$name" 2>/dev/null | cut -d: -f7)
    [ -n "$shell" ] || shell=${SHELL:-/bin/sh}
    rec user "$(esc "$name")" "$(esc "$HOME")" "$(esc "$shell")"
}

probe_kernel() {
    release=$(uname -r)
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
    if grep -q '^GODUAL-PATH$' "$tmp"; then
        rec file env-login /proc/self/environ
        sed -n '/^GODUAL-ENV-BEGIN$/,/^GODUAL-PATH$/p' "$tmp" | sed -e '1d' -e '$d' | tr -d ' ' \
            | sed -e '/^$/d' -e 's/^/hex	/'
        login_path=$(sed -n '/^GODUAL-PATH$/{n;p;}' "$tmp")
        login_goroot=$(sed -n '/^GODUAL-PATH$/{n;n;p;}' "$tmp")
    fi
    rm -f "$tmp"
}

probe_go_on_path() {
    # Every folder on the login PATH in lookup order, and the go or go.exe each one holds.
    [ -n "$login_path" ] || login_path=$PATH
    i=0
    old_ifs=$IFS
    IFS=:
    for dir in $login_path; do
        IFS=$old_ifs
        if [ -d "$dir" ]; then
            rec path "$i" yes "$(esc "$dir")" "$(esc "$(readlink -f "$dir" 2>/dev/null || echo "$dir")")"
        else
            rec path "$i" no "$(esc "$dir")" "$(esc "$dir")"
        fi
        for name in go go.exe; do
            if [ -f "$dir/$name" ]; then
                real=$(readlink -f "$dir/$name" 2>/dev/null || echo "$dir/$name")
                rec gohit "$i" "$(esc "$dir")" "$name" "$(bin_kind "$dir/$name")" "$(esc "$real")"
            fi
        done
        i=$((i + 1))
        IFS=:
    done
    IFS=$old_ifs
}

probe_installs() {
    for dir in /usr/local/go /usr/lib/go /usr/lib/go-* /opt/go /opt/go* "$HOME"/sdk/go* "$HOME"/go/go* \
        "$HOME"/.gvm/gos/* "$HOME"/.goenv/versions/* "$HOME"/.local/share/mise/installs/go/* \
        "$HOME"/.local/share/mise/installs/go/*/go "$HOME"/.asdf/installs/golang/*/go /snap/go/current \
        "$HOME"/go/pkg/mod/golang.org/toolchain@* ${login_goroot:+"$login_goroot"}; do
        [ -f "$dir/VERSION" ] || continue
        real=$(readlink -f "$dir" 2>/dev/null || echo "$dir")
        version=$(head -n 1 "$dir/VERSION" | head -c 200)
        kind=none
        if [ -f "$dir/bin/go" ]; then kind=$(bin_kind "$dir/bin/go"); elif [ -f "$dir/bin/go.exe" ]; then kind=pe; fi
        rec install "$(esc "$dir")" "$(esc "$real")" "$(esc "$version")" "$kind"
    done
    alt=$(readlink -f /etc/alternatives/go 2>/dev/null)
    if [ -n "$alt" ]; then
        root=$(dirname "$(dirname "$alt")")
        [ -f "$root/VERSION" ] && rec install /etc/alternatives/go "$(esc "$root")" \
            "$(esc "$(head -n 1 "$root/VERSION" | head -c 200)")" "$(bin_kind "$alt")"
    fi
}

probe_rc_files() {
    # Lines of the start-up files that set a Go variable or PATH.
    pattern='GO(ROOT|PATH|BIN|TOOLCHAIN|PROXY|FLAGS|ENV|111MODULE|SUMDB|NOSUMDB|NOSUMCHECK|INSECURE|PRIVATE|MODCACHE|CACHE)|PATH|fish_add_path'
    for f in /etc/environment /etc/profile /etc/profile.d/*.sh /etc/bash.bashrc /etc/zsh/zshenv /etc/zsh/zprofile \
        /etc/zsh/zshrc "$HOME/.profile" "$HOME/.bash_profile" "$HOME/.bash_login" "$HOME/.bashrc" \
        "$HOME/.zshenv" "$HOME/.zprofile" "$HOME/.zshrc" "$HOME/.config/fish/config.fish"; do
        [ -f "$f" ] && [ -r "$f" ] || continue
        grep -n -E "$pattern" "$f" 2>/dev/null | head -n 2000 | while IFS= read -r hit; do
            rec rc "$(esc "$f")" "${hit%%:*}" "$(esc "${hit#*:}")"
        done
    done
}

main() {
    rec probe 1 "$nonce"
    probe_user
    probe_kernel
    dump_file wslconf /etc/wsl.conf
    rec file env-initial /proc/self/environ
    od -An -v -tx1 "/proc/$$/environ" | tr -d ' ' | sed -e '/^$/d' -e 's/^/hex	/'
    login_path=
    login_goroot=
    probe_login_env
    goenv=${GOENV:-${XDG_CONFIG_HOME:-$HOME/.config}/go/env}
    dump_file goenv "$goenv"
    dump_file vscode-machine "$HOME/.vscode-server/data/Machine/settings.json"
    probe_installs
    probe_rc_files
    probe_go_on_path
    rec end "$nonce"
}

main </dev/null
