# range: arguments, len, indexing, membership and repr.
print(list(range(5)), list(range(2, 8)), list(range(2, 10, 3)), list(range(10, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(0, -10, -4)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], 11 in r, 12 in r, r.index(15), r.count(7))
print(range(5), range(1, 5), range(1, 5, 2), range(0), len(range(10 ** 6)))
print(range(3) == range(0, 3), range(0) == range(5, 2), sum(range(101)))
print(list(reversed(range(4))), max(range(7)), min(range(3, 9)))
