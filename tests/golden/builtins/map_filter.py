# map and filter are lazy iterators.
print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda w: len(w) > 2, ["a", "abc", "de", "fgh"])))
m = map(lambda x: x * 10, [1, 2])
print(type(m).__name__, next(m), list(m), list(m))
def noisy(x):
    print("mapping", x)
    return x
lazy = map(noisy, [1, 2])
print("created")
print(list(lazy))
print(sum(map(abs, [-1, -2, 3])), list(filter(str.isdigit, "a1b2")))
