# Control characters are written as they are: outputs are compared byte for byte.
print("carriage\r\nreturn")
print("over\rwrite")
print("tab\tseparated\tcolumns")
print("bell\x07 and escape\x1b[0m")
print("no newline at the end", end="")
