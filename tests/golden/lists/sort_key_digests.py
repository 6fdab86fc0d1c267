# Sorting keys that the sort orders without visiting them (ints, exact strs, tuples of those):
# strs sharing long prefixes, NUL bytes, prefixes of each other, non-ASCII text, ints at the
# ends of the 64-bit range and beyond, bools among ints, str subclasses with their own order,
# stability with reverse, and errors from key functions and comparisons.
import random

rng = random.Random(17)
alphabet = ["a", "b", "\x00", "é", "z", "ab", "€", "\U0001f600", "A", "~"]


def word(n):
    return "".join(rng.choice(alphabet) for _ in range(n))


prefix = "common-prefix-"
strs = [word(rng.randrange(0, 5)) for _ in range(60)]
strs += [prefix + word(rng.randrange(0, 4)) for _ in range(60)]
strs += ["", "a", "a\x00", "a\x00\x00", "ab", "abcdefg", "abcdefg\x00", "abcdefgh", "abcdefgg"]
strs += ["abcdefh", "abcdef", "\x7f", "\x80", "\xff", "ÿ", "Ā"]
rng.shuffle(strs)
print(sorted(strs) == sorted(strs, key=lambda s: [ord(c) for c in s]))
print(sorted(strs)[:12])
print(sorted(strs, reverse=True)[:12])

big = 2**63
ints = [0, -1, 1, big - 1, -big, big, -big - 1, 2**64, -(2**64), 5, -5, True, False]
ints += [rng.randrange(-(2**70), 2**70) for _ in range(20)]
ints += [rng.randrange(-(2**63), 2**63) for _ in range(20)]
rng.shuffle(ints)
print(sorted(ints))
print(sorted([v for v in ints if type(v) is int and -big <= v < big]))
print(sorted([big - 1, -big, 0, -1, 1, big - 2, -big + 1]))

# tuple keys: first items tie, second items decide; long second items; mixed lengths
rows = [(rng.randrange(4), word(rng.randrange(0, 10)), i) for i in range(80)]
rows += [(2, prefix + "x", -1), (2, prefix + "x"), (2, prefix), (2,), (2, "", 0)]
rows += [(1, prefix + "y", 5), (1, prefix + "y", 4), (1, prefix + "x\x00", 3)]
rng.shuffle(rows)


def ords(t):
    # the same order as the tuple's, from lists of code points (compared the general way)
    return [t[0]] + ([[ord(c) for c in t[1]]] + list(t[2:]) if len(t) > 1 else [])


print(sorted(rows) == sorted(rows, key=ords))
print(sorted(rows, reverse=True) == sorted(rows, key=ords, reverse=True))
long_rows = [(1, prefix + "y", 3), (1, prefix + "x", 4), (1, prefix + "z", 0), (1, prefix, 9)]
long_rows += [(1, prefix + "x", 1), (1, prefix + "x\x00", 0), (0, prefix + "zz", 0)]
print(sorted(long_rows))
print(sorted(rows)[:10])
print(sorted(rows, reverse=True)[:10])
print(sorted(rows, key=lambda t: (t[0], len(t)))[:10])
print(sorted(rows, key=lambda t: (t[0], len(t)), reverse=True)[:10])
print(sorted(rows, key=lambda t: (-t[0], t[1:2]))[:10])

# str first items: long shared prefixes, then ints
keys = [(prefix + word(rng.randrange(0, 3)), rng.randrange(3)) for _ in range(60)]
keys += [("abcdefgh", 2), ("abcdefgh", 1), ("abcdefg", 9), ("abcdefgi", 0), ("", 0), ("a\x00", 1)]
rng.shuffle(keys)
print(sorted(keys) == sorted(keys, key=lambda t: ([ord(c) for c in t[0]], t[1])))
print(sorted([(prefix + "b", 0), (prefix + "a", 1), (prefix + "a", 0), (prefix, 2)]))
print(sorted(keys)[:12])
print(sorted(keys, reverse=True)[:12])

# bools and ints, ints and floats, big ints among tuple items
print(sorted([(True, "b"), (1, "a"), (0, "c"), (False, "d"), (1.0, "0"), (0.5, "x")]))
print(sorted([(1, 2), (True, 1), (1, 0), (big, 1), (-big - 1, 2), (big - 1, 0)]))
print(sorted([("a", 2**70), ("a", -(2**70)), ("a", 3), ("a", True), ("a", 2.5)]))
print(sorted([(1, "b", 2), (1, "b", 1.5), (1, "b", True), (1, "b")]))


class Rev(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


rs = [Rev("apple"), Rev("kiwi"), Rev("banana"), Rev("applesauce")]
print(sorted(rs))
print(sorted([(Rev("apple"), 1), (Rev("kiwi"), 2), (Rev("apple"), 0)]))
print(sorted([(1, Rev("apple")), (1, Rev("kiwi")), (0, Rev("fig"))]))


class Len(str):
    def __lt__(self, other):
        return len(self) < len(other)


print(sorted([Len("ccc"), Len("a"), Len("bb"), Len("dd")]))
print(sorted([Len("ccc"), Len("a"), Len("bb")], key=lambda s: s))
print(sorted(["ccc", "a", "bb"], key=Len))

# stability: equal keys keep their order, forwards and reversed
pairs = [(w, i) for i, w in enumerate(["b", "a", "b", "a", "c", "b", "abcdefgh", "abcdefgh"])]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: (p[0],), reverse=True))
print(sorted(pairs, key=lambda p: (len(p[0]), p[0]), reverse=True))


def bad_key(x):
    if x == "stop":
        raise KeyError(x)
    return (x, 1)


try:
    sorted(["a", "stop", "b"], key=bad_key)
except KeyError as e:
    print("KeyError", e)

try:
    sorted([("a", 1), ("a", "b")])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([("a", 1), (2, 1)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError:", e)

xs = [3, 1, 2]


class Meddle:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        xs.append(self.n)
        return self.n < other.n


xs = [Meddle(3), Meddle(1), Meddle(2)]
try:
    xs.sort()
except ValueError as e:
    print("ValueError:", e)
ys = [(1, Meddle(3)), (1, Meddle(1))]
xs = ys
try:
    ys.sort()
except ValueError as e:
    print("ValueError:", e)

# every key of one length: the items after the digested ones still decide
print(sorted([(1, "a", 3), (1, "a", 1), (0, "b", 9), (1, "a", 2)]))
print(sorted([("a", 1, 3), ("a", 1, 1), ("a", 1, 2)], reverse=True))
print(sorted([(1, 3), (1, 1), (1, 2)]), sorted([(1,), (0,), (1,)]))
print(sorted(range(8), key=lambda i: (i % 2, "x")), sorted(range(8), key=lambda i: (i % 3, "x"), reverse=True))
