# List comprehensions with conditions and expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([c.upper() for c in "hello" if c != "l"])
print([x if x > 0 else 0 for x in [-2, 5, -1, 3]])
print([(i, j) for i in range(3) for j in range(i)])
print([len(w) for w in "the quick brown fox".split()])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print([x for x in []], [None for _ in range(2)])
