# >>> godual >>>
export GOPATH=/old
# <<< godual <<<
export A=1
