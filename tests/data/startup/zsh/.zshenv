export GOPATH=$HOME/env-go
