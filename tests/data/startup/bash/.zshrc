# a zsh file: a bash user's login shell never reads it
export GOPATH=/srv/zsh/go
