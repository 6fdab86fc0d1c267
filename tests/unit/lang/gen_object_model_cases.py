#!/usr/bin/env python3
"""Generates tests/unit/lang/data/<area>_cases.inc (areas: ops, object_model, exceptions) for
ops_test.cpp, object_model_test.cpp and exceptions_test.cpp: each case is a small Python
program and the stdout CPython 3.11 prints for it.

    python3 tests/unit/lang/gen_object_model_cases.py             # regenerate the .inc files
    python3 tests/unit/lang/gen_object_model_cases.py --check build/c-native/loopscope [area]
                                                                   # diff the CLI against CPython

Every program starts with PRELUDE: t(f) prints repr(f()) or "ExceptionName: message", so a
case can list many expressions, failing ones included. Object addresses are not compared:
PRELUDE's t() replaces "0x..." with "0xADDR".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lang_cases import check_cases, run_python, write_inc  # noqa: E402

PRELUDE = '''def _clean(s):
    out = ""
    i = 0
    while i < len(s):
        if s[i:i + 2] == "0x" and i + 2 < len(s) and s[i + 2] in "0123456789abcdef":
            out += "0xADDR"
            i += 2
            while i < len(s) and s[i] in "0123456789abcdef":
                i += 1
        else:
            out += s[i]
            i += 1
    return out
def t(f):
    try:
        print(_clean(repr(f())))
    except Exception as e:
        print(type(e).__name__ + ":", _clean(str(e)))
'''

CASES = {}


def case(area, name, source):
    CASES.setdefault(area, []).append((name, PRELUDE + source))


# ---- ops: arithmetic, comparisons, hashing, truth, containers -----------------------------------
case("ops", "int arithmetic and overflow to big ints", '''
big = 2 ** 63
for f in [lambda: 9223372036854775807 + 1, lambda: -9223372036854775808 - 1, lambda: big * big,
          lambda: big - 1, lambda: (big * 4) // 4 - big, lambda: -(-9223372036854775808),
          lambda: 3037000500 * 3037000500, lambda: 2 ** 100, lambda: (-2) ** 63, lambda: 2 ** 64 % 1000,
          lambda: 7 // 2, lambda: -7 // 2, lambda: 7 // -2, lambda: 7 % 3, lambda: -7 % 3, lambda: 7 % -3,
          lambda: big // -3, lambda: big % -7, lambda: -big % 7, lambda: 1 << 70, lambda: (1 << 70) >> 68,
          lambda: -1 >> 100, lambda: 5 & 3, lambda: 5 | 3, lambda: 5 ^ 3, lambda: ~5, lambda: ~big,
          lambda: big & (big - 1), lambda: -big | 1, lambda: True + True, lambda: True & False,
          lambda: True | False, lambda: True ^ True, lambda: True & 3, lambda: -True, lambda: ~True,
          lambda: +True, lambda: 10 ** 20 // 10 ** 18, lambda: abs(-big), lambda: divmod(-7, 2)]:
    t(f)
''')
case("ops", "division, powers and their errors", '''
for f in [lambda: 1 / 3, lambda: 10 / 2, lambda: 2 ** -1, lambda: 2 ** -2, lambda: (-2) ** -3,
          lambda: 0 ** 0, lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: 1 / 0, lambda: 1.0 / 0,
          lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: 1 << -1,
          lambda: 1 >> -1, lambda: (10 ** 30) / (10 ** 10), lambda: 2 ** 0.5, lambda: 4 ** 0.5,
          lambda: 7.5 // 2, lambda: -7.5 // 2, lambda: 7.5 % -2,
          lambda: 1e308 * 10, lambda: 2.0 ** 1024, lambda: 10 ** 400 / 1, lambda: 1 / 10 ** 400,
          lambda: 9007199254740993 / 1, lambda: 3 * 1.5, lambda: 1 + 0.5, lambda: True / 2,
          lambda: 1.5 << 1, lambda: 2 @ 3, lambda: 0.1 + 0.2, lambda: 1e16 + 1, lambda: -0.0 * 1,
          lambda: divmod(7, 0), lambda: divmod(7.5, 2), lambda: pow(2, 10), lambda: pow(2, -1)]:
    t(f)
''')
case("ops", "sequence operators", '''
xs = [1, 2]
for f in [lambda: [1] + [2], lambda: (1,) + (2, 3), lambda: "ab" + "cd", lambda: [0] * 3,
          lambda: 3 * [0], lambda: (1, 2) * 2, lambda: "ab" * 0, lambda: "ab" * -2, lambda: [1] * True,
          lambda: [1] + (2,), lambda: (1,) + [2], lambda: "a" + 1, lambda: [1] + 1, lambda: 1 + [1],
          lambda: [1] * 1.5, lambda: 1.5 * "a", lambda: [1] * [2], lambda: "a" * "b", lambda: "a" - "b",
          lambda: [] - [], lambda: -"a", lambda: +[1], lambda: ~1.5, lambda: not [], lambda: not [0],
          lambda: xs * 2 is xs, lambda: {1, 2} | {3}, lambda: {1, 2} & {2}, lambda: {1, 2} - {2},
          lambda: {1: 2} | {3: 4}, lambda: None + 1, lambda: 1 + None, lambda: [1, 2] * (2 ** 70)]:
    t(f)
a = [1]
b = a
a += [2]
a += (3,)
a += "xy"
a += range(2)
print(a, a is b)
a *= 2
print(a, a is b)
s = "x"
s += "y"
print(s)
u = "é→" + "ab"
u += "✓"
print(len(u), u[1], u[-1], u[::-1], ("a" + "b").isascii(), u.isascii(), len("" + u), hash(u) == hash("é→ab✓"))
tup = (1,)
tup2 = tup
tup += (2,)
print(tup, tup2)
c = [1]
c += c
print(c)
n = 5
n += 2.5
n //= 2
n **= 2
print(n)
try:
    n += "a"
except TypeError as e:
    print(e)
try:
    n **= "a"
except TypeError as e:
    print(e)
d = {1: 2}
d |= {3: 4}
print(d)
st = {1}
st2 = st
st |= {2}
print(st, st is st2)
''')
case("ops", "comparisons", '''
nan = float("nan")
for f in [lambda: 1 < 2, lambda: 2 <= 2.0, lambda: 1 == 1.0, lambda: True == 1, lambda: 2 ** 64 > 1e19,
          lambda: 2 ** 53 + 1 == float(2 ** 53 + 1), lambda: 2 ** 53 + 1 > float(2 ** 53),
          lambda: 10 ** 400 > 1e308, lambda: -10 ** 400 < -1e308, lambda: nan == nan, lambda: nan != nan,
          lambda: nan < 1, lambda: 1 < nan, lambda: [nan] == [nan], lambda: nan in [nan],
          lambda: "a" < "b", lambda: "abc" < "abd", lambda: "é" > "z", lambda: "" < "a", lambda: "B" < "a",
          lambda: 1 < "a", lambda: "a" >= 1, lambda: [1] < [1, 2], lambda: (1, 2) < (1, 3),
          lambda: [1, "a"] < [1, 2], lambda: {} < {}, lambda: None < None, lambda: None == None,
          lambda: None == 0, lambda: 1 == "1", lambda: [1] == (1,), lambda: {1} < {1, 2},
          lambda: float("inf") > 10 ** 400, lambda: 0.5 > False, lambda: (1, nan) == (1, nan)]:
    t(f)
''')
case("ops", "hashing and truth", '''
class K:
    pass
class H:
    def __hash__(self):
        return -1
class E:
    def __eq__(self, other):
        return True
class B:
    def __bool__(self):
        return 0
class L:
    def __len__(self):
        return -1
class L0:
    def __len__(self):
        return 0
for f in [lambda: hash(1), lambda: hash(-1), lambda: hash(-2), lambda: hash(True), lambda: hash(2 ** 61 - 1),
          lambda: hash(2 ** 61), lambda: hash(-2 ** 64), lambda: hash(1.0), lambda: hash(1.5), lambda: hash(-1.0),
          lambda: hash(1e100) == hash(int(1e100)), lambda: hash("abc") == hash("abc"), lambda: hash((1, 2)) == hash((1, 2)),
          lambda: hash([]), lambda: hash({}), lambda: hash(set()), lambda: hash(frozenset()) == hash(frozenset()),
          lambda: hash(([],)), lambda: hash(H()), lambda: hash(E()), lambda: type(hash(K())).__name__, lambda: bool(B()), lambda: bool(L()), lambda: bool(L0()),
          lambda: bool(K()), lambda: bool(0.0), lambda: bool(2 ** 70), lambda: bool(""), lambda: bool(" "),
          lambda: bool(range(0)), lambda: bool({}), lambda: bool({0}), lambda: bool(None), lambda: len(L()),
          lambda: len(5), lambda: len(K())]:
    t(f)
''')
case("ops", "membership and iteration protocol", '''
class C:
    def __contains__(self, x):
        return x == 3
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
class BadIter:
    def __iter__(self):
        return 5
def gen():
    yield 1
    yield 2
for f in [lambda: 3 in C(), lambda: 4 in C(), lambda: 2 in It(), lambda: 5 in It(), lambda: 1 in 1,
          lambda: "a" in "cat", lambda: 1 in "cat", lambda: 2 in {1: 2}, lambda: 1 in {1: 2},
          lambda: [] in {1}, lambda: 1 in range(3), lambda: 2 in gen(), lambda: list(It()),
          lambda: list(gen()), lambda: iter(5), lambda: iter(BadIter()), lambda: next(iter([])),
          lambda: list(BadIter()), lambda: next(5), lambda: [x for x in 5],
          lambda: sorted({3: 1, 1: 2}), lambda: list(zip(It(), "ab"))]:
    t(f)
''')
case("ops", "old-style sequence iteration and builtin attributes", '''
class Letters:
    def __init__(self, s):
        self.s = s
    def __getitem__(self, i):
        return self.s[i]
class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
def set_real():
    (1).real = 2
for f in [lambda: list(Letters("abc")), lambda: "b" in Letters("abc"), lambda: "z" in Letters("abc"),
          lambda: list(Stops()), lambda: [c * 2 for c in Letters("xy")], lambda: sorted(Letters("cab")),
          lambda: next(iter(Letters("q"))), set_real, lambda: (5).real, lambda: iter(Letters("")).__class__.__name__]:
    t(f)
''')
case("ops", "values collected from a generator survive garbage collection", '''
def g():
    for i in range(40000):
        junk = [str(j) for j in range(20)]
        yield str(i) + junk[-1]
xs = list(g())
print(len(xs), xs[0], xs[-1], sum(len(x) for x in xs))
ys = sorted(g(), key=len)
print(ys[0], ys[-1])
''')
case("ops", "number dunders called explicitly", '''
class Num:
    def __radd__(self, o):
        return ("radd", o)
    def __gt__(self, o):
        return ("gt", o)
for f in [lambda: int.__add__(1, 2), lambda: (5).__mul__(3), lambda: (2).__pow__(10), lambda: (7).__rsub__(10),
          lambda: (1).__add__("a"), lambda: (1.5).__add__(1), lambda: (2.0).__rtruediv__(1),
          lambda: (1).__truediv__(0), lambda: (3).__lt__(4), lambda: (3).__eq__(3.0), lambda: (3).__eq__("3"),
          lambda: (2.5).__ge__(2), lambda: (5).__neg__(), lambda: (5).__invert__(), lambda: (2.5).__neg__(),
          lambda: int.__add__("a", 1), lambda: (1).__add__(), lambda: 1 + Num(), lambda: 1.5 + Num(),
          lambda: 1 < Num(), lambda: sum([1, 2], 0), lambda: (9).__floordiv__(2), lambda: (9).__rmod__(20),
          lambda: (6).__and__(3), lambda: (1).__lshift__(3), lambda: float.__mul__(2.0, 4)]:
    t(f)
''')
case("ops", "operator dunders and reflection", '''
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "V(%r)" % (self.x,)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        return V(o * 100 + self.x)
    def __mul__(self, o):
        return NotImplemented
    def __neg__(self):
        return V(-self.x)
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x
    def __lt__(self, o):
        return self.x < o.x
    def __iadd__(self, o):
        self.x += 1000
        return self
class W(V):
    def __radd__(self, o):
        return "W.__radd__ first"
    def __gt__(self, o):
        return "W.__gt__ first"
class Ord:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        return "le"
for f in [lambda: V(1) + V(2), lambda: V(1) + 5, lambda: 5 + V(1), lambda: V(1) + "a",
          lambda: "a" + V(1), lambda: V(1) * 2, lambda: 2 * V(1), lambda: -V(3), lambda: +V(3),
          lambda: V(1) == V(1), lambda: V(1) != V(1), lambda: V(1) != V(2), lambda: V(1) < V(2),
          lambda: V(2) > V(1), lambda: V(1) <= V(2), lambda: V(1) + W(2), lambda: V(1) < W(2),
          lambda: sorted([V(3), V(1), V(2)]), lambda: max(V(3), V(5)), lambda: V(1) in [V(1)],
          lambda: Ord(1) >= Ord(2), lambda: Ord(1) <= 5, lambda: 5 >= Ord(1), lambda: Ord(1) > Ord(2),
          lambda: hash(V(1))]:
    t(f)
v = V(1)
v2 = v
v += 1
print(v, v is v2)
w = V(1)
w -= 1 if False else 0
''')
case("ops", "subscription", '''
class G:
    def __getitem__(self, k):
        return ("got", k)
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
g = G()
xs = [1, 2, 3]
for f in [lambda: xs[0], lambda: xs[-1], lambda: xs[3], lambda: xs[-4], lambda: xs["a"], lambda: xs[1.0],
          lambda: xs[True], lambda: xs[1:], lambda: xs[::-1], lambda: (1, 2)[5], lambda: (1, 2)["a"],
          lambda: "abc"[1], lambda: "abc"[5], lambda: {"a": 1}["a"], lambda: {"a": 1}["b"],
          lambda: {(1, 2): 3}[(1, 2)], lambda: {}[[]], lambda: 1[0], lambda: None[0], lambda: g[1],
          lambda: g[1:2], lambda: g[1, 2], lambda: range(10)[3], lambda: range(10)[2:8:2],
          lambda: list[int] is not None, lambda: len.__name__, lambda: 2 ** 100 in {2 ** 100: 1}]:
    t(f)
g[1] = 2
del g["k"]
xs[0] = 10
xs[-1] = 30
print(xs)
def s1(): xs[5] = 1
def s2(): (1, 2)[0] = 1
def s3(): "a"[0] = "b"
def s4(): del "a"[0]
def s5(): del (1,)[0]
def s6(): del xs[9]
def s7(): del {}["k"]
def s8(): (5)[0] = 1
def s9(): del (5)[0]
class Nothing:
    pass
def s10(): del Nothing()[0]
def s11(): del Nothing()["k"]
def s12(): del (1, 2)["k"]
def s13(): Nothing()[0] = 1
for f in [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13]:
    t(f)
''')
case("ops", "repr, str and format", '''
class R:
    def __repr__(self):
        return "R!"
class S:
    def __str__(self):
        return "S!"
class BadR:
    def __repr__(self):
        return 5
class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
class Plain:
    pass
for f in [lambda: str(R()), lambda: repr(R()), lambda: str(S()), lambda: repr(S())[:10],
          lambda: repr(BadR()), lambda: str(BadR()), lambda: f"{R()} {R()!r} {S()!s}",
          lambda: format(F(), "xy"), lambda: f"{F():>5}", lambda: format(Plain(), ""),
          lambda: format(Plain(), "x"), lambda: format(1, "05d"), lambda: format(True, ""),
          lambda: format(True, ">5"), lambda: format(True, "d"), lambda: format(2 ** 70, ","),
          lambda: format(1.5, ".3f"), lambda: format("ab", "^6"), lambda: format(None, ""),
          lambda: format(None, "x"), lambda: format([1], ""), lambda: f"{3.14159:5.1f}|{0.25:%}|{1234567:,}",
          lambda: repr(1e16), lambda: str(1e16), lambda: repr(0.1 + 0.2), lambda: str(-0.0),
          lambda: repr(10 ** 30), lambda: str(None), lambda: repr(True), lambda: repr("it's"),
          lambda: repr([1, "a", None, 2.5, (1,), {"k": [True]}]), lambda: str(("a", 1)),
          lambda: repr(NotImplemented), lambda: repr(...), lambda: repr(int), lambda: repr(Plain),
          lambda: repr(len), lambda: repr(Plain())[:20], lambda: repr(R) , lambda: str(Plain)]:
    t(f)
''')

# ---- object model: classes, attributes, descriptors, calls ------------------------------------
case("object_model", "classes, instances and attributes", '''
class A:
    cls_attr = 10
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    @staticmethod
    def s(y):
        return y * 2
    @classmethod
    def c(cls, y):
        return (cls.__name__, y)
class B(A):
    def get(self):
        return ("B", super().get())
a = A(1)
b = B(2)
for f in [lambda: a.x, lambda: a.get(), lambda: b.get(), lambda: a.cls_attr, lambda: A.cls_attr,
          lambda: A.s(3), lambda: a.s(3), lambda: A.c(4), lambda: b.c(4), lambda: B.c(5),
          lambda: A.get(a), lambda: a.missing, lambda: A.missing, lambda: type(a).__name__,
          lambda: type(b).__qualname__, lambda: a.__class__ is A, lambda: isinstance(b, A),
          lambda: issubclass(B, A), lambda: B.__mro__, lambda: B.__bases__, lambda: A.__name__,
          lambda: a.__dict__, lambda: sorted(k for k in A.__dict__ if not k.startswith("__")),
          lambda: A.__module__, lambda: a.get.__name__, lambda: a.get.__self__ is a,
          lambda: a.get.__func__ is A.get, lambda: A.get.__qualname__, lambda: hasattr(a, "x"),
          lambda: hasattr(a, "y"), lambda: getattr(a, "y", "dflt"), lambda: getattr(a, "y"),
          lambda: A(), lambda: A(1, 2), lambda: object(1), lambda: A.get(), lambda: B.__base__]:
    t(f)
a.y = 5
A.z = 7
print(a.y, a.z, b.z, vars(a))
del a.y
t(lambda: a.y)
try:
    del a.nothing
except AttributeError as e:
    print(e)
def s1(): (1).x = 2
def s2(): [].x = 2
def s3(): object().y = 1
def s4(): del [].append
def s5(): int.x = 1
def s6(): len.x = 1
def s7(): del a.get
for f in [s1, s2, s3, s4, s5, s6, s7]:
    t(f)
def fn():
    pass
fn.tag = "t"
print(fn.tag, fn.__name__, fn.__qualname__, fn.__module__, fn.__doc__)
''')
case("object_model", "class attributes changed after use are seen", '''
class Base:
    def greet(self):
        return "base"
    level = 1
class Mid(Base):
    pass
class Leaf(Mid):
    pass
x = Leaf()
for _ in range(3):
    print(x.greet(), x.level, Leaf.level, hasattr(x, "extra"))
Base.greet = lambda self: "patched"
Mid.level = 2
Base.extra = "new"
print(x.greet(), x.level, Leaf.level, x.extra)
Mid.greet = lambda self: "mid"
print(x.greet(), Base().greet())
del Mid.greet
del Mid.level
print(x.greet(), x.level)
x.greet = lambda: "instance"
print(x.greet())
Leaf.__lt__ = lambda a, b: "lt"
print(x < Leaf())
''')
case("object_model", "properties and descriptors", '''
class P:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, new):
        self._v = new * 10
    @property
    def ro(self):
        return "read-only"
    @property
    def boom(self):
        raise ValueError("inside getter")
    def _get_w(self):
        return "w"
    w = property(_get_w, doc="the w")
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access"
        return ("desc", self.name)
    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"
class U:
    d = Desc()
    n = NonData()
p = P()
p.v = 2
u = U()
u.d = 5
u.__dict__["n"] = "instance wins"
u.__dict__["d"] = "descriptor wins"
for f in [lambda: p.v, lambda: p.ro, lambda: p.w, lambda: P.w.__doc__, lambda: p.boom,
          lambda: u.d, lambda: U.d, lambda: u.n, lambda: U.n, lambda: u._d, lambda: type(P.v).__name__,
          lambda: P.v.fget(p), lambda: P.v.fset is not None, lambda: P.ro.fset]:
    t(f)
def s1(): p.ro = 1
def s2(): del p.ro
def s3(): p.w = 2
for f in [s1, s2, s3]:
    t(f)
''')
case("object_model", "special methods: call, getattr, setattr, len, iter", '''
class Callable:
    def __call__(self, a, b=2, *rest, **kw):
        return (a, b, rest, sorted(kw.items()))
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return "dyn " + name
        raise AttributeError(name)
class Guard:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
class Spy:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
s = Spy()
print(s.a, s.secret, s.other, getattr(s, "zz"), hasattr(s, "q"))
c = Callable()
d = Dyn()
g = Guard()
g.a = 4
del g.a
for f in [lambda: c(1), lambda: c(1, 3, 4, k=5), lambda: c(), lambda: d.real, lambda: d.xyz,
          lambda: d.nope, lambda: hasattr(d, "nope"), lambda: getattr(d, "x1"), lambda: g.a,
          lambda: len(Seq()), lambda: Seq()[1], lambda: callable(c), lambda: callable(d),
          lambda: 5(), lambda: "s"(), lambda: Callable()(1, 2, 3)]:
    t(f)
''')
case("object_model", "init, new and class creation", '''
class NoneInit:
    def __init__(self):
        return 5
class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        inst.made = True
        return inst
    def __init__(self, a):
        print("init", a)
class Other:
    def __new__(cls):
        return 42
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__)
class Child(Base):
    pass
class Eq:
    def __eq__(self, o):
        return True
for f in [lambda: NoneInit(), lambda: WithNew(1).made, lambda: Other(), lambda: Eq.__hash__,
          lambda: type(5), lambda: type("T", (), {"a": 1})().a, lambda: type("T", (Base,), {}).__mro__,
          lambda: type("T", (), {}, 1), lambda: type(), lambda: type("T", 1, {}),
          lambda: type("T", (bool,), {}), lambda: type(None)(), lambda: type(len)(),
          lambda: type.mro(Child), lambda: Child.mro()]:
    t(f)
class A0:
    pass
def c1():
    class A(A0, A0):
        pass
def c2():
    class D(object, Base):
        pass
def c3():
    class BB(bool):
        pass
for f in [c1, c2, c3]:
    t(f)
''')
case("object_model", "super and multiple inheritance", '''
class A:
    def who(self):
        return ["A"]
    @classmethod
    def make(cls):
        return cls.__name__
class B(A):
    def who(self):
        return ["B"] + super().who()
    @classmethod
    def make(cls):
        return "B:" + super().make()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
    def explicit(self):
        return super(B, self).who()
def no_class():
    return super()
class Holder:
    def nested(self):
        def inner():
            return super().who
        return inner
for f in [lambda: D().who(), lambda: D.__mro__, lambda: D().explicit(), lambda: D.make(),
          lambda: super(D, D()).who(), lambda: super(int, "a"), lambda: super(1, 2), lambda: no_class(),
          lambda: repr(super(B, D()))[:30], lambda: super(D, D()).nothing, lambda: Holder().nested()()]:
    t(f)
''')
case("object_model", "reprs of functions, methods and classes", '''
class Outer:
    def method(self):
        pass
    class Inner:
        pass
def f():
    pass
def g():
    yield 1
async def co():
    pass
c = co()
for x in [lambda: repr(f), lambda: repr(Outer.method), lambda: repr(Outer().method),
          lambda: repr(Outer.Inner), lambda: repr(Outer.Inner()), lambda: repr(g()), lambda: repr(c),
          lambda: repr(len), lambda: repr([].append), lambda: repr(list.append), lambda: repr(int),
          lambda: repr(ValueError), lambda: repr(object()), lambda: repr(staticmethod(len)),
          lambda: repr(None.__class__), lambda: f.__qualname__, lambda: Outer.Inner.__qualname__]:
    t(x)
c.close()
''')

# ---- exceptions ---------------------------------------------------------------------------------
case("exceptions", "exception values", '''
class MyErr(Exception):
    pass
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
class NoSuper(ValueError):
    def __init__(self, a, b):
        self.a = a
for f in [lambda: ValueError("bad"), lambda: repr(ValueError()), lambda: str(ValueError()),
          lambda: str(ValueError("x")), lambda: str(ValueError(1, 2)), lambda: ValueError(1, 2).args,
          lambda: KeyError("k"), lambda: str(KeyError("k")), lambda: str(KeyError("a", "b")),
          lambda: str(KeyError()), lambda: MyErr("m"), lambda: str(MyErr("m")), lambda: WithInit(1, 2),
          lambda: WithInit(1, 2).b, lambda: WithInit(1, 2).args, lambda: NoSuper(1, 2).args,
          lambda: NoSuper(1, 2), lambda: ValueError(x=1), lambda: StopIteration(5).value,
          lambda: StopIteration().value, lambda: ValueError("x").with_traceback(None),
          lambda: ValueError().__cause__, lambda: ValueError().__context__,
          lambda: ValueError().__suppress_context__, lambda: ValueError().__notes__,
          lambda: isinstance(KeyError(), LookupError), lambda: issubclass(RecursionError, RuntimeError),
          lambda: ZeroDivisionError.__mro__, lambda: TimeoutError.__mro__]:
    t(f)
e = ValueError("x")
e.add_note("n1")
e.add_note("n2")
print(e.__notes__)
t(lambda: e.add_note(1))
e.args = ("new", 2)
print(e.args, str(e))
e.custom = 3
print(e.custom)
s = StopIteration(1)
s.value = 7
print(s.value, s.args)
''')
case("exceptions", "raise, chaining and matching", '''
def chain():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
def implicit():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
for fn in [chain, implicit]:
    try:
        fn()
    except Exception as e:
        print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
import __main__
def r1(): raise 1
def r2(): raise ValueError
def r3(): raise int
def r4(): raise KeyError("x")
def r5(): raise TypeError("a", 1)
def r6(): raise StopIteration
def r7(): assert False, "msg"
def r8(): assert 1 == 2
def r9(): return undefined_name
def r10(): return [][0]
def r11(): return {}["missing"]
def r12(): return int("z")
def r13(): return None.attr
def r14(): return __main__.nothing
for fn in [r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14]:
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, repr(e), "|", e)
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs")
except ValueError as e:
    print("caught", e)
try:
    raise KeyError("k")
except (TypeError, LookupError) as e:
    print("tuple match", type(e).__name__)
''')
case("exceptions", "exception groups", '''
eg = ExceptionGroup("m", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3), KeyError(4)])])
for f in [lambda: eg, lambda: str(eg), lambda: eg.message, lambda: eg.exceptions, lambda: eg.args[0],
          lambda: eg.split(ValueError), lambda: eg.split((TypeError, KeyError)), lambda: eg.subgroup(OSError),
          lambda: eg.subgroup(lambda e: isinstance(e, KeyError)), lambda: eg.subgroup(ExceptionGroup) is eg,
          lambda: eg.derive([ValueError(9)]), lambda: str(ExceptionGroup("one", [ValueError()])),
          lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", 1), lambda: ExceptionGroup(1, [ValueError()]),
          lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup("m"), lambda: type(BaseExceptionGroup("m", [ValueError()])),
          lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]), lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
          lambda: ExceptionGroup("m", (ValueError(),)), lambda: isinstance(eg, Exception),
          lambda: eg.split(5)]:
    t(f)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print("values", repr(g))
except* TypeError as g:
    print("types", repr(g))
class MyGroup(ExceptionGroup):
    pass
mg = MyGroup("mine", [ValueError(1)])
print(repr(mg), type(mg).__name__, mg.exceptions)
''')



def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if len(sys.argv) > 2 and sys.argv[1] == "--check":
        check_cases(sys.argv[2], CASES, sys.argv[3:] or list(CASES), strict=False)
        return
    for area, cases in CASES.items():
        records = [(name, src, run_python(src, strict=False)) for name, src in cases]
        write_inc(os.path.join(here, "data", "%s_cases.inc" % area), "gen_object_model_cases.py",
                  records)


if __name__ == "__main__":
    main()
