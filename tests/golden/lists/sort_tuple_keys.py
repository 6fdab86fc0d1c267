# Sorting by tuple keys: ties, lengths, nested tuples, nan, stability with reverse, items with
# their own comparisons, errors from comparing the items, tuple subclasses among the keys.
rows = [(3, "b"), (1, "z"), (3, "a"), (2,), (1, "z", 0), (2, "m"), (1,), ()]
print(sorted(rows))
print(sorted(rows, reverse=True))

words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "yam"]
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (len(w),)))  # ties keep their order
print(sorted(words, key=lambda w: (len(w),), reverse=True))
print(sorted(words, key=lambda w: (w[-1], (len(w), w))))

nan = float("nan")
print(sorted([(2.0, "x"), (1.0, "y"), (0.5, "z")]))
print(sorted([(1, nan), (1, 2.0), (0, nan)], key=lambda t: t[0]))


class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n

    def __repr__(self):
        return f"V{self.n}"


print(sorted([("b", Version(2)), ("a", Version(9)), ("b", Version(1)), ("a", Version(3))]))


class Truthy:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return [1] if self.n < other.n else []  # not a bool: its truth decides

    def __repr__(self):
        return f"T{self.n}"


print(sorted([(0, Truthy(5)), (0, Truthy(4)), (0, Truthy(6))]))


class Angry:
    def __eq__(self, other):
        raise ValueError("no equality here")

    __hash__ = None


try:
    sorted([(1, Angry()), (1, Angry())])
except ValueError as e:
    print("ValueError:", e)

try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)

try:
    sorted([(1, 2), (1, "a")])
except TypeError as e:
    print("TypeError:", e)


class Pair(tuple):
    def __lt__(self, other):
        return tuple(reversed(self)) < tuple(reversed(other))


print(sorted([Pair((1, 3)), Pair((2, 1)), Pair((3, 2))]))
print(sorted([(1, 3), Pair((2, 1)), (3, 2)]))
xs = [(2, "b"), (1, "c"), (2, "a")]
xs.sort()
print(xs)
xs.sort(key=lambda t: (t[1],), reverse=True)
print(xs)
