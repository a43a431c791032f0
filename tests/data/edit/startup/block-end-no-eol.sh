export A=1
# >>> godual >>>
export GOPATH=/old
# <<< godual <<<