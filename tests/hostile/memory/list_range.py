# list(range(10**9)) asks room for its 10**9 items first, as CPython's list() of a sized
# iterable: MemoryError at once, not after a native loop that fills the budget (or, in the
# page, runs into the limit on work that cannot pause).
print("start")
xs = list(range(10**9))
print(len(xs))
