# Sets of small ints print in CPython's hash-table order.
print({3, 1, 2})
print({5, 3, 1}, {0, 7, 4}, set(range(6)))
print({10, 3, 100}, {8, 1, 16})
print(set([4, 4, 2, 2, 0]))
print({-1, 1, 0}, {1, 2} | {0, 6})
s = {1, 2, 3}
s.remove(2)
s.add(9)
print(s, list(s))
print({True, 0, 2})
