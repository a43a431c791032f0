set -gx GOPATH $HOME/confd-go
set -gx PATH $HOME/confd/bin $PATH
