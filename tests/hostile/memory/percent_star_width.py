# A %-format star width of 2**40: MemoryError, as CPython.
print("start")
print(len("%*d" % (2**40, 1)))
