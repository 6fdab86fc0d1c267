# Sets for deduplication and fast membership.
seen = set()
order = []
for x in [3, 1, 3, 2, 1, 4, 2]:
    if x not in seen:
        seen.add(x)
        order.append(x)
print(order, sorted(seen))
evens = {n for n in range(10) if n % 2 == 0}
print(sorted(evens), 4 in evens, 5 in evens)
print(len({(1, 2), (2, 1), (1, 2)}), sorted({(1, 2), (0, 5)}))
print(set("hello") == set("olleh"), sorted(set("hello") - set("world")))
