export A=1
# >>> godual >>>
export B=2
