# bash reads this file and therefore never ~/.profile
export GOPATH="$HOME/work"
[ -f "$HOME/.bashrc" ] && . "$HOME/.bashrc"
[ -d "$HOME/bin" ] && PATH="$HOME/bin:$PATH"
export PATH="$HOME/sdk/go1.30.1/bin:$PATH"
