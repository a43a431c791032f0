export A=1
# >>> godual >>>
# <<< godual <<<
export B=2
# >>> godual >>>
# <<< godual <<<
