# Unpacking in for loops and comprehensions.
pairs = [(1, "one"), (2, "two"), (3, "three")]
for n, word in pairs:
    print(n, word)
print([w for _, w in pairs], {w: n for n, w in pairs})
points = [(0, (1, 2)), (1, (3, 4))]
for idx, (x, y) in points:
    print(idx, x + y)
for first, *others in [[1, 2, 3], [4], [5, 6]]:
    print(first, others)
names, numbers = zip(*[("a", 1), ("b", 2)])
print(names, numbers)
