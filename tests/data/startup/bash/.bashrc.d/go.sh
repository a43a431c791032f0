export GOPROXY=https://goproxy.cn,direct
GOFLAGS=-mod=mod
export GOFLAGS
