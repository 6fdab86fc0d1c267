# Tuples keep their items in the object's own block: subclasses (with attributes or
# empty __slots__), slices, concatenation, repetition, hashing, comparison and collection.
import gc
import weakref


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))


class Slotted(tuple):
    __slots__ = ()


p = Pair(1, [2, 3])
p.note = "attr"
print(p, type(p).__name__, p.note, len(p), p[1], p[-1][0], vars(p))
s = Slotted(range(5))
print(s, s[1:4], type(s[1:4]).__name__, s[:], type(s[:]).__name__)
print(type(p + p).__name__, p + (9,), (0,) + p, p * 2, type(p * 1).__name__)
t = tuple(range(10))
print(t[::2], t[::-3], t[2:7], t[7:2], len(t[:0]), t[0:len(t)] is t, t + () is t, () + t is t)
print(hash((1, 2, 3)) == hash(tuple([1, 2, 3])), hash(Pair(4, 5)) == hash((4, 5)))
print((1, 2) < (1, 2, 0), (1, [2]) == (1, [2]), Pair(1, 2) == (1, 2), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(min((5, 3, 9)), max((5, 3, 9), key=lambda x: -x), "-".join(("a", "b", "c")))
xs = [0, 1, 2, 3, 4]
xs[1:3] = (7, 8, 9)
xs[::2] = ("a", "b", "c")
xs += (10,)
xs.extend((11, 12))
print(xs, list((1, 2)) + [3])
a, *rest = (1, 2, 3, 4)
print(a, rest, (1, 2, 3).index(3), (1, 1, 2).count(1), 2 in (1, 2), repr((1,)))


class Node:
    pass


n = Node()
r = weakref.ref(n)
holder = (n, (n,), Pair(n, n))
del n
gc.collect()
print(r() is not None)
del holder
gc.collect()
print(r() is None)
big = tuple(range(100))
print(len(big + big), (big * 3)[250], big[95:], len(tuple(x for x in range(1000))))
k = {(1, 2): "x", Pair(3, 4): "y"}
print(k[(1, 2)], k[(3, 4)])
try:
    Pair(1, 2)[5]
except IndexError as e:
    print("IndexError", e)
try:
    (1, 2)[0] = 3
except TypeError as e:
    print("TypeError", e)
