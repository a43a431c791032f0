# >>> godual >>>
# >>> godual >>>
# <<< godual <<<
