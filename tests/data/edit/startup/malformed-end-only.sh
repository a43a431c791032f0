export A=1
# <<< godual <<<
