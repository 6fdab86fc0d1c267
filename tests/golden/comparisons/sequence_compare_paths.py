# Comparisons of two lists or two tuples: item by item (identity, then ==), the first unequal
# items decide with the operator, else the lengths; subclasses with their own comparisons keep
# them, on either side; a list changed by an item's __eq__ mid-comparison; nested depth.
nan = float("nan")
print([1, 2] == [1, 2], (1, 2) != (1, 2), [1, 2] < [1, 2, 0], (1, "b") > (1, "a", 9))
print([nan] == [nan], (nan,) == (nan,), (nan, 1) < (nan, 2))
print([1, 2.0] == [1.0, 2], (True, 0) == (1, False), [1, "a"] <= [1, "a"], () < (0,), [] >= [])
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    print((1, 2) < (1, None))
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] == [1, 2], (1, None) != (1, 2))


class L(list):
    def __eq__(self, other):
        return "L.__eq__"

    def __lt__(self, other):
        return "L.__lt__"


class T(tuple):
    def __gt__(self, other):
        return "T.__gt__"


print(L([1]) == L([1]), [1] == L([1]), L([1]) < [2], [2] > L([1]), [0] < L([1]))
print(T((1,)) > T((0,)), (0,) < T((1,)), (0,) > T((1,)), T((0,)) < (1,))
print([1] == (1,), [1] != (1,))
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)

log = []


class Shrink:
    def __init__(self, target, n):
        self.target = target
        self.n = n

    def __eq__(self, other):
        log.append(self.n)
        self.target.clear()
        return True

    __hash__ = None


a = [0, 0, 0]
b = [0, 0, 0]
a[0] = Shrink(a, 1)
print(a == b, a, log)
a = [Shrink(None, 2), 5]
a[0].target = a
print(a < [0, 6], log)


class Count:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        Count.calls += 1
        return self.v == other.v

    def __lt__(self, other):
        Count.calls += 100
        return self.v < other.v


x = [Count(1), Count(2), Count(3)]
y = [x[0], Count(2), Count(4)]
print(x < y, x == y, Count.calls)
print((x[0], x[1]) < (x[0], Count(5)), Count.calls)
deep_a = deep_b = None
for _ in range(50):
    deep_a, deep_b = [deep_a, 1], [deep_b, 1]
print(deep_a == deep_b, deep_a < deep_b, (deep_a,) <= (deep_b,))
