# Slices written in a subscript (a[i:j], a[i:j:k]) read and stored for builtin sequences, their
# subclasses, user classes that see the slice object, and bounds that need __index__.


class Seq:
    def __getitem__(self, key):
        print("getitem", type(key).__name__, key)
        self.last = key
        return key

    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.kept = key


s = Seq()
k = s[1:2]
print(k, k is s.last, k == slice(1, 2), s[::], s[:5:-1], s[None:None])
s[3:] = "x"
s[::2] = "y"
print(s.kept, type(s.kept))


class L(list):
    def __getitem__(self, key):
        print("L.getitem", key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print("L.setitem", key, value)
        super().__setitem__(key, value)


ll = L([1, 2, 3, 4])
print(ll[1:3], type(ll[1:3]).__name__)
ll[:2] = [9]
print(ll)


class T(tuple):
    pass


class S(str):
    pass


t = T((1, 2, 3))
print(t[:], type(t[:]).__name__, t[:] is t)
st = S("hello")
print(st[1:], type(st[1:]).__name__, st[:] is st)

# the whole exact tuple and str come back themselves
tu = (1, 2, 3)
text = "abcdef"
print(tu[:] is tu, tu[::] is tu, tu[0:] == tu, text[:] is text)


class Ix:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("index", self.n)
        return self.n


xs = list(range(10))
print(xs[Ix(2) : Ix(8) : Ix(3)], "abcdefghij"[Ix(1) : Ix(4)], tuple(xs)[Ix(7) :])
xs[Ix(0) : Ix(3)] = "abc"
print(xs)

# big bounds clamp; negative steps; empty results
big = 10**30
print(xs[-big:big], xs[big:], xs[::-3], xs[5:2], "abc"[big::-1], (1, 2)[-big:-big])

# errors come from the subscript
n, z, w = 3, None, "abc"


def put(target, lo, hi, step, value):
    if step is None:
        target[lo:hi] = value
    else:
        target[lo:hi:step] = value


cases = [
    ("xs[1:'a']", lambda: xs[1:"a"]),
    ("xs[::0]", lambda: xs[::0]),
    ("w[1.5:]", lambda: w[1.5:]),
    ("(1, 2)[:[]]", lambda: (1, 2)[: []]),
    ("n[1:2]", lambda: n[1:2]),
    ("z[:]", lambda: z[:]),
    ("xs['a':] = [1]", lambda: put(xs, "a", None, None, [1])),
    ("xs[::2] = [1]", lambda: put(xs, None, None, 2, [1])),
    ("xs[:2] = 5", lambda: put(xs, None, 2, None, 5)),
    ("w[:1] = 'x'", lambda: put(w, None, 1, None, "x")),
    ("(1,)[:1] = ()", lambda: put((1,), None, 1, None, ())),
]
for text, f in cases:
    try:
        f()
    except Exception as e:
        print(text, "->", type(e).__name__, e)

# slicing a list while a generator fills its slice assignment
ys = [0, 1, 2, 3]


def gen():
    for i in range(3):
        yield ys[i:]


ys[1:3] = gen()
print(ys)
ys[:] = ys
print(ys)
ys[1:] = ys
print(ys)
ys[::-1] = ys
print(ys)
del ys[1:3]
print(ys)

# chained and augmented slice targets
a = [1, 2, 3, 4, 5]
b = a[1:4] = a[:3]
print(a, b)
a[1:3] += [7, 8]
print(a)
mv = bytearray(b"hello")
mv[1:3] = b"EY"
print(mv, mv[1:4], bytes(mv)[::-1], range(10)[2:8:2])
d = {}
try:
    d[1:2] = 3
except TypeError as e:
    print("dict", e)
print(d)

# an exact tuple plus an empty tuple is the same tuple; subclasses and lists are copied
t2 = (1, 2)
print((t2 + ()) is t2, (() + t2) is t2, (t2[:0] + t2) is t2, (t2 + t2[5:]) is t2)
print(type(t + ()).__name__, (t + ()) is t, (() + t) is t, (xs + []) is xs, ([] + xs) is xs)
e0 = ()
print((e0 + e0) is e0, (e0 + ()) == ())

# the iterable assigned to a slice shrinks the list while it is collected: the bounds are
# clamped to what is left
ys = [0, 1, 2, 3, 4, 5]


def clearing():
    ys.clear()
    yield 9


ys[2:5] = clearing()
print(ys)
zs = [0, 1, 2, 3, 4, 5]


def cutting():
    del zs[3:]
    yield 7
    yield 8


zs[1:5] = cutting()
print(zs)
