# enumerate and zip.
colors = ["red", "green", "blue"]
for i, c in enumerate(colors):
    print(i, c)
for i, c in enumerate(colors, start=1):
    print(i, c)
print(list(enumerate("ab", 10)))
print(list(zip([1, 2, 3], "abc", (True, False, None))))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([])))
pairs = [("a", 1), ("b", 2)]
letters, nums = zip(*pairs)
print(letters, nums)
print(dict(zip(colors, range(3))))
for (i, c), n in zip(enumerate(colors), [10, 20]):
    print(i, c, n)
print(type(enumerate([])).__name__, type(zip()).__name__)
