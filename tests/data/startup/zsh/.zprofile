export GOPATH=$HOME/profile-go
path=($HOME/zprofile/bin $path)
