# ~/.bashrc: settings for interactive shells only
case $- in
    *i*) ;;
    *) return ;;
esac
export PATH="$HOME/.local/bin:$PATH"
for f in "$HOME"/.bashrc.d/*.sh; do
    [ -r "$f" ] && . "$f"
done
unset f
