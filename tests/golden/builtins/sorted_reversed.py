# sorted returns a new list; reversed returns an iterator.
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("hello"), sorted({"b": 1, "a": 2}), sorted((3, 2, 1)))
print(sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([-3, 2, -1], key=abs), sorted([]), sorted({3, 1, 2}))
print(list(reversed(data)), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted(["B", "a", "C"], key=str.lower))
