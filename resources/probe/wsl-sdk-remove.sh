# Removes ~/sdk/<version> when it is that version's SDK, by the same rules as on the local side.
# $1 = version, $2 = 1 to remove even the active Go, $3 = the active Go's path as the scan found it
# (empty: none).
# Run by GoDual as `wsl.exe -d NAME --exec /bin/sh -c "$(cat this)" godual ARGS...` as the distro's
# default user. /bin/sh -c reads no start-up files, so stdout is only what this prints:
# "key<TAB>value" lines, or "error<TAB>kind<TAB>detail" with exit code 3. Data arrives as "$1",
# "$2", never inside the script text.
root=$HOME/sdk
d=$root/$1
if [ -L "$d" ]; then printf 'error\tlink\t%s\n' "$d"; exit 3; fi
[ -e "$d" ] || { printf 'error\tmissing\t%s\n' "$d"; exit 3; }
[ -d "$d" ] || { printf 'error\tnotdir\t%s\n' "$d"; exit 3; }
first=
if [ -f "$d/VERSION" ] && [ ! -L "$d/VERSION" ]; then first=$(head -n 1 -- "$d/VERSION"); fi
[ "$first" = "$1" ] || { printf 'error\tnotsdk\t%s\n' "$d"; exit 3; }
if [ -L "$d/bin" ] || [ -L "$d/bin/go" ] || [ ! -f "$d/bin/go" ]; then printf 'error\tnobin\t%s\n' "$d"; exit 3; fi
if [ "$2" != 1 ] && [ -n "$3" ]; then
    real=$(readlink -f -- "$3")
    dir=$(readlink -f -- "$d")
    case $real in "$dir"/*) printf 'error\tactive\t%s\n' "$3"; exit 3 ;; esac
fi
doomed=$root/.godual-removing-$1-$$
mv -T -- "$d" "$doomed" || { printf 'error\tmove\t%s\n' "$d"; exit 3; }
rm -rf -- "$doomed" || { printf 'error\tdelete\t%s\n' "$doomed"; exit 3; }
printf 'ok\t%s\n' "$d"
