# Removes an install's staging folder. $1 = staging folder name.
# Run by GoDual as `wsl.exe -d NAME --exec /bin/sh -c "$(cat this)" godual ARGS...` as the distro's
# default user. /bin/sh -c reads no start-up files, so stdout is only what this prints:
# "key<TAB>value" lines, or "error<TAB>kind<TAB>detail" with exit code 3. Data arrives as "$1",
# "$2", never inside the script text.
rm -rf -- "$HOME/sdk/$1"
