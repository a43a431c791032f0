export GOPATH=$HOME/login-go
