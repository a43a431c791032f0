# Install step 2: stdin is the checked, inflated .tar; it is extracted into ~/sdk/<staging> (which
# must not exist yet) and what landed there is printed NUL-separated for the caller to compare.
# $1 = staging folder name.
# Run by GoDual as `wsl.exe -d NAME --exec /bin/sh -c "$(cat this)" godual ARGS...` as the distro's
# default user. /bin/sh -c reads no start-up files, so stdout is only what this prints:
# "key<TAB>value" lines, or "error<TAB>kind<TAB>detail" with exit code 3. Data arrives as "$1",
# "$2", never inside the script text.
root=$HOME/sdk
staging=$root/$1
mkdir -p -- "$root" || { printf 'error\tmkdir\t%s\n' "$root"; exit 3; }
mkdir -- "$staging" || { printf 'error\tmkdir\t%s\n' "$staging"; exit 3; }
if ! tar -xf - -C "$staging" --no-same-owner --keep-old-files; then
    rm -rf -- "$staging"
    printf 'error\ttar\t%s\n' "$staging"
    exit 3
fi
cd -- "$staging" && find . -mindepth 1 -print0
