# What a for loop does, spelled out with iter() and next().
items = ["a", "b", "c"]
it = iter(items)
while True:
    try:
        item = next(it)
    except StopIteration:
        break
    print("manual", item)
for item in items:
    print("for", item)
