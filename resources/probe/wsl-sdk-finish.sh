# Install step 3: checks VERSION and bin/go, then one rename. $1 = version, $2 = staging folder name.
# Run by GoDual as `wsl.exe -d NAME --exec /bin/sh -c "$(cat this)" godual ARGS...` as the distro's
# default user. /bin/sh -c reads no start-up files, so stdout is only what this prints:
# "key<TAB>value" lines, or "error<TAB>kind<TAB>detail" with exit code 3. Data arrives as "$1",
# "$2", never inside the script text.
root=$HOME/sdk
staging=$root/$2
target=$root/$1
fail() { rm -rf -- "$staging"; printf 'error\t%s\t%s\n' "$1" "$2"; exit 3; }
first=$(head -n 1 -- "$staging/go/VERSION" 2>/dev/null)
[ "$first" = "$1" ] || fail version "$first"
if [ ! -f "$staging/go/bin/go" ] || [ ! -x "$staging/go/bin/go" ]; then fail nogo "$staging/go/bin/go"; fi
if [ -e "$target" ] || [ -L "$target" ]; then fail exists "$target"; fi
mv -T -- "$staging/go" "$target" || fail rename "$target"
rmdir -- "$staging"
printf 'ok\t%s\n' "$target"
