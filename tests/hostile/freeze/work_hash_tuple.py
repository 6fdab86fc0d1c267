# hash() of a tuple of 100,000 items (a dict key): a tick per 16 items.
print("start")
t = tuple(range(10**5))
d = {}
while True:
    d[t] = hash(t)
