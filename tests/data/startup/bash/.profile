# shadowed by ~/.bash_profile: bash never reads it
export GOPATH=/srv/shadowed/go
export GOFLAGS=-mod=vendor
