# Instances whose attributes are kept by keys their class shares: copies, dataclasses,
# weakrefs, __del__ that resurrects, cycles and gc.collect(), many instances made and dropped.
import copy
import gc
import weakref
from dataclasses import dataclass, field


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = [y]


p = P(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(3)
print(vars(q), vars(r), q.y is p.y, r.y is p.y)
q.z = 1
print(vars(q), vars(p))


@dataclass
class D:
    a: int
    b: list = field(default_factory=list)


@dataclass(frozen=True)
class F:
    a: int
    b: int = 2


@dataclass(slots=True)
class S:
    a: int
    b: int = 3


d = D(1)
print(d, vars(d), d == D(1), d == D(2))
d.b.append(1)
d.c = 5
print(d, vars(d))
f = F(1)
try:
    f.a = 3
except Exception as exc:
    print(type(exc).__name__, exc)
print(f, hash(f) == hash(F(1)), vars(f))
s = S(1)
print(s, hasattr(s, "__dict__"))


class W:
    def __init__(self, n):
        self.n = n


w = W(1)
ref = weakref.ref(w)
print(ref() is w, ref().n)
del w
gc.collect()
print(ref())

saved = []


class Phoenix:
    def __init__(self, n):
        self.n = n
        self.data = [n]

    def __del__(self):
        saved.append(self)


ph = Phoenix(7)
del ph
gc.collect()
print(len(saved), saved[0].n, saved[0].data, vars(saved[0]))
saved[0].extra = 1
print(vars(saved[0]))


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


print(gc.collect())
for i in range(3):
    a = Node("a")
    b = Node("b")
    a.other = b
    b.other = a
del a, b
print(gc.collect())

total = 0
for i in range(20000):
    o = P(i, i)
    o.x += 1
    total += o.x + o.y[0]
print(total)
kept = [P(i, -i) for i in range(3000)]
for o in kept[::2]:
    vars(o)["x"] = 0
print(sum(o.x for o in kept), sum(o.y[0] for o in kept))
