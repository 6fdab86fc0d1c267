# Item and slice loads and stores, unpacking, tuple/list building and concatenation of exact lists
# and tuples, against the same operations on subclasses, __index__ objects, bools and errors.


class Del:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


# item stores: negative indices, bools, out of range, finalizers of the dropped item
xs = [10, 20, 30]
xs[0] = 11
xs[-1] = 33
xs[True] = 22
print(xs)
for k in (3, -4, 2**70):
    try:
        xs[k] = 0
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    xs["a"] = 1
except TypeError as e:
    print("TypeError", e)
ds = [Del("a"), Del("b")]
print("store")
ds[0] = 1
print("stored")
ds[-1] = 2
print("stored again", ds)


class Ix:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


xs[Ix(-2)] = "ix"
print(xs, xs[Ix(0)], (1, 2, 3)[Ix(-1)])


class L(list):
    def __setitem__(self, key, value):
        print("L.setitem", key, value)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print("L.getitem", key)
        return super().__getitem__(key)


ll = L([1, 2, 3])
ll[0] = 5
ll[1:2] = [7, 8]
print(ll[0], ll[-1:], list(ll))
a, b, c, d = ll
print(a, b, c, d)

# slices with int / None bounds and every step sign
src = list(range(7))
tup = tuple(src)
for lo in (None, -9, -3, 0, 2, 6, 9):
    for hi in (None, -9, -2, 0, 3, 7, 10):
        for st in (None, 1, 2, -1, -3):
            r = src[lo:hi:st]
            assert r == list(tup[lo:hi:st]), (lo, hi, st)
            assert r == [src[i] for i in range(*slice(lo, hi, st).indices(7))]
print(src[::-1], tup[::-1], src[5::-1], src[:-3:-1], tup[1:6:2], src[True:], tup[:False])
print(tup[:] is tup, tup[0:7] is tup, tup[0:7:1] is tup, tup[::-1] is tup, src[:] is src)
print(() [:], [][::-1], (5,)[::-1], len(tup[3:3]), type(src[1:3]).__name__)
try:
    src[::0]
except ValueError as e:
    print("ValueError", e)

# slice stores: same length in place, growing, shrinking, extended, errors, aliasing
perm = [0, 1, 2, 3, 4, 5]
for k in (3, 5, 1, 0):
    perm[: k + 1] = perm[k::-1]
    print(perm)
perm[1:3] = (9, 9, 9, 9)
print(perm)
perm[-2:] = []
print(perm)
perm[::2] = "abcd"[: len(perm[::2])]
print(perm)
perm[:] = perm
print(perm)
perm[1:] = perm
print(perm)
perm[10:20] = [1]
print(perm)
try:
    perm[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    perm[1:2] = 5
except TypeError as e:
    print("TypeError", e)
dd = [Del("x"), Del("y"), 3]
print("slice store")
dd[:2] = [1, 2]
print("slice stored", dd)

# unpacking lists and tuples of every size, and the errors
for seq in ([1, 2], (1, 2), [1, 2, 3], (1, 2, 3), [1], (), "ab"):
    try:
        p, q = seq
        print("two", p, q)
    except ValueError as e:
        print("ValueError", e)
x, [y, z], (w,) = 1, [2, 3], (4,)
print(x, y, z, w)

# building and concatenating
n = 3
t1 = (n,)
t2 = (n, n + 1, n + 2)
l1 = [n, t1, t2]
print(t1, t2, l1, [], (), t1 + t2, t2 + (), () + t2, l1 + [], [] + l1)
print(t2 + () is t2, () + t2 is t2, l1 + [] is l1, (1,) + (2,) == (1, 2))


class T(tuple):
    pass


tt = T((1, 2))
print(type(tt + (3,)).__name__, type((3,) + tt).__name__, type(tt + tt).__name__, tt[:] is tt)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
dd = [Del("p"), Del("q"), Del("r"), 4]
print("slice delete")
del dd[1:3]
print("slice deleted", len(dd))
del dd[::2]
print("extended slice deleted", dd)


class RevIter(list):
    def __iter__(self):
        print("RevIter.__iter__")
        return list.__reversed__(self)


zs = list(range(6))
zs[1:3] = RevIter([7, 8, 9])
print(zs)
zs[::-1] = zs
print(zs)
zs[::2] = (1, 2, 3, 4)
print(zs)
zs[4:1:-1] = (i * 10 for i in range(3))
print(zs)
zs[None:2] = ()
zs[-1:None] = [5, 5]
print(zs, zs[-100:100], zs[100:-100:-1], zs[::-100], zs[-1::-2])
try:
    zs[::-2] = (1,)
except ValueError as e:
    print("ValueError", e)
print(zs)
