export A=1
export B=2
