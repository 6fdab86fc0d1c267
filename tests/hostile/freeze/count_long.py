# list.count over ten million items, several times, in single calls: a tick per item scanned.
print("start")
items = [0] * 10**7
print(items.count(1) + items.count(2) + items.count(3) + items.count(4))
