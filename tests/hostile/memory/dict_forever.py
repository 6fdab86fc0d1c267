# A dict that grows forever: MemoryError.
print("start")
d = {}
i = 0
while True:
    d[i] = (i, i)
    i += 1
