# str.zfill to a width the memory budget cannot hold (issue 16): MemoryError, not an abort.
print("start")
print(len("1".zfill(2**40)))
