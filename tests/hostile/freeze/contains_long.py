# `in` and list.index scanning a million items in single calls: a tick per item scanned.
print("start")
items = [0] * 10**6  # (made for a million ticks: the budget runs out in the calls below)
print(1 in items, 2 in items, 3 in items, 4 in items, items.index(0, 1))
