# Bytes that are not UTF-8 in the source are a SyntaxError, as CPython (issue 16).
print("never printed")
s = "café"
print(s)
