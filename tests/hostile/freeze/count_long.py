# list.count over a million items, several times, in single calls: a tick per item scanned.
print("start")
items = [0] * 10**6  # (made for a million ticks: the budget runs out in the calls below)
print(items.count(1) + items.count(2) + items.count(3) + items.count(4))
