# If not running interactively, don't do anything
case $- in
    *i*) ;;
      *) return;;
esac

# PATH helpers, as dotfile collections have them: add a folder once, at the front or the back.
path_prepend() {
    case ":$PATH:" in
    *":$1:"*) ;;
    *) PATH="$1${PATH:+:$PATH}" ;;
    esac
}
path_append() {
    case ":$PATH:" in
    *":$1:"*) ;;
    *) PATH="${PATH:+$PATH:}$1" ;;
    esac
}

path_prepend "$HOME/sdk/go1.20.14/bin"
path_append "$HOME/go/bin"
export PATH
