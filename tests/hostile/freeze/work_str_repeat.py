# Strings of 10 MB made over and over: each costs ticks in proportion to its size, so the
# budget bounds the time, not only the count of bytecodes (Interp::alloc charges large objects).
print("start")
while True:
    s = "x" * 10**7
