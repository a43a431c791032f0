set -gx GOPATH $HOME/config-go
