export GOPATH=$HOME/rc-go
[[ -o interactive ]] && export PATH="$HOME/zshrc/bin:$PATH"
