# copy.copy / copy.deepcopy through the reduction protocol: builtin subclasses keep their items
# and attributes, bytearray, slots, exceptions, __getstate__/__setstate__, __reduce__, collections
import copy
b = bytearray(b"ab"); c = copy.copy(b); c.append(99); print(b, c, copy.deepcopy(b))
class P:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1; self.y = [2]
p = copy.copy(P()); print(p.x, p.y)
q = copy.deepcopy(P()); print(q.x, q.y)
e = copy.deepcopy(ValueError("bad", 2)); print(repr(e), e.args)
class W:
    def __init__(self): self.a = 1
    def __getstate__(self): return {"a": self.a * 10}
    def __setstate__(self, s): print("setstate", s); self.__dict__.update(s)
print(copy.copy(W()).a, copy.deepcopy(W()).a)
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v + 1,))
print(copy.copy(R(1)).v, copy.deepcopy(R(1)).v)
import collections
od = collections.OrderedDict(a=1); print(copy.copy(od), copy.deepcopy(od))
dd = collections.defaultdict(list, a=[1]); c = copy.copy(dd); print(c, c.default_factory, copy.deepcopy(dd))
ct = collections.Counter("aab"); print(copy.copy(ct), copy.deepcopy(ct))
dq = collections.deque([1, 2], maxlen=3); print(copy.copy(dq), copy.deepcopy(dq))
from dataclasses import dataclass
@dataclass
class Pt:
    x: int
    y: list
pt = Pt(1, [2]); print(copy.copy(pt), copy.deepcopy(pt).y is pt.y)
import enum
class Color(enum.Enum):
    RED = 1
print(copy.copy(Color.RED), copy.deepcopy(Color.RED) is Color.RED)
class D(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
d = D(a=1)
d.x = 5
c = copy.copy(d)
print(type(c).__name__, c, c.x)
e = copy.deepcopy(d)
print(type(e).__name__, e, e.x)
class L(list):
    def append(self, x):
        print("append", x)
        super().append(x)
l = L([1, [2]])
l.n = 1
c = copy.copy(l)
print(type(c).__name__, c, c.n, c[1] is l[1])
c = copy.deepcopy(l)
print(c, c[1] is l[1])
class S(set):
    def __init__(self, *a):
        print("S.__init__", a)
        super().__init__(*a)
s = S([1])
s.a = 1
print(copy.copy(s), copy.copy(s).a, copy.deepcopy(s))
class T(tuple):
    pass
t = T((1, [2]))
t.q = 3
c = copy.copy(t)
print(c, type(c).__name__, c.q, c is t, copy.deepcopy(t)[1] is t[1])
class U(str):
    pass
u = U("hi")
u.z = 1
print(copy.copy(u), type(copy.copy(u)).__name__, copy.copy(u).z)
