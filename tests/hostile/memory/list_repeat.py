# [0] * 10**9 needs 8 GB of item slots: MemoryError before anything is allocated.
print("start")
xs = [0] * 10**9
print(len(xs))
