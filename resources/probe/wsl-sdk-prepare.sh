# Install step 1 in a distro: where ~/sdk is, whether the version is there already, free KiB on
# its disk. $1 = version.
# Run by GoDual as `wsl.exe -d NAME --exec /bin/sh -c "$(cat this)" godual ARGS...` as the distro's
# default user. /bin/sh -c reads no start-up files, so stdout is only what this prints:
# "key<TAB>value" lines, or "error<TAB>kind<TAB>detail" with exit code 3. Data arrives as "$1",
# "$2", never inside the script text.
root=$HOME/sdk
case $root in /*) ;; *) printf 'error\thome\t%s\n' "$HOME"; exit 3 ;; esac
if [ -e "$root/$1" ] || [ -L "$root/$1" ]; then printf 'error\texists\t%s\n' "$root/$1"; exit 3; fi
d=$root
while [ ! -d "$d" ]; do d=${d%/*}; [ -n "$d" ] || d=/; done
free=$(df -Pk -- "$d" 2>/dev/null | { read -r _; read -r _ _ _ avail _; printf '%s' "$avail"; })
printf 'root\t%s\nfree\t%s\n' "$root" "$free"
