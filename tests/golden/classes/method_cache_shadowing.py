# Method calls, class attribute reads, class and module attribute reads are cached per code
# site by the class's version tag; every mutation below must still be seen at once.
import sys


class A:
    CONST = "A.CONST"

    def m(self):
        return "A.m"

    def n(self):
        return "A.n"


class B(A):
    def m(self):
        return "B.m"


def call_m(o):
    return o.m()


def call_n(o):
    return o.n()


def read_const(o):
    return o.CONST


def bound_m(o):
    f = o.m
    return f()


a, b = A(), B()
for _ in range(3):
    print(call_m(a), call_m(b), call_n(b), read_const(b), bound_m(b))

# An instance shadows the method after the site was warm: setattr, the dict, vars().
b2 = B()
print(call_m(b2))
b2.m = lambda: "b2 instance m"
print(call_m(b2), call_m(b), bound_m(b2))
b3 = B()
print(call_n(b3))
b3.__dict__["n"] = lambda: "b3 dict n"
print(call_n(b3), call_n(B()))
b4 = B()
vars(b4)["CONST"] = "b4 CONST"
print(read_const(b4), read_const(B()))
# a name built at run time (not interned) shadowing a method
b5 = B()
print(call_m(b5))
setattr(b5, "".join(["m"]), lambda: "b5 joined m")
print(call_m(b5), call_m(B()))
del b5.m
print(call_m(b5))


# An instance attribute that only later becomes a method name on the class.
class C:
    def __init__(self):
        self.later = lambda: "instance later"

    def other(self):
        return "C.other"


def call_later(o):
    return o.later()


c = C()
print(call_later(c))
C.later = lambda self: "class later"
print(call_later(c), C.later(c))
c2 = C()
del c2.later
print(call_later(c2))

# Monkey-patching the class, a base, deleting an override.
for step in range(4):
    print(step, call_m(a), call_m(b), call_n(b), read_const(a), read_const(b))
    if step == 0:
        A.n = lambda self: "patched A.n"
        A.CONST = "patched CONST"
    elif step == 1:
        del B.m
    elif step == 2:
        B.CONST = "B.CONST"
        B.m = lambda self: "new B.m"


# __class__ assignment: the instance's names come along.
class D:
    def m(self):
        return "D.m"


class E:
    def m(self):
        return "E.m"

    def show(self):
        return "E.show"


def call_show(o):
    return o.show()


d = D()
d.show = lambda: "d's own show"
e = E()
print(call_m(d), call_m(e), call_show(e))
d.__class__ = E
print(call_m(d), call_show(d), call_show(e))


# A polymorphic site with more classes than the cache holds.
def make(i):
    return type("K%d" % i, (), {"m": lambda self, i=i: "K%d.m" % i, "CONST": i})


ks = [make(i)() for i in range(7)]
for _ in range(2):
    print([call_m(k) for k in ks], [read_const(k) for k in ks])


# Classes that die and are replaced (maybe at the same address) at the same site.
def churn(i):
    K = type("T", (), {"m": lambda self: "T%d" % i, "CONST": i * 10})
    return call_m(K()), read_const(K())


print([churn(i) for i in range(6)])


# Class attribute reads on the class itself.
class F:
    X = 1

    @staticmethod
    def s():
        return "F.s"

    @classmethod
    def cm(cls):
        return "cm of " + cls.__name__

    def plain(self):
        return "F.plain"


class G(F):
    pass


def read_class(k):
    return k.X, k.s(), k.cm(), k.plain(k())


for _ in range(2):
    print(read_class(F), read_class(G))
F.X = 2
print(read_class(F), read_class(G))
G.X = 3
G.s = staticmethod(lambda: "G.s")
print(read_class(F), read_class(G))
del G.X
print(read_class(F), read_class(G))


class Meta(type):
    X = "Meta.X"

    @property
    def prop(cls):
        return "Meta.prop of " + cls.__name__


class H(metaclass=Meta):
    pass


def read_meta(k):
    return k.X, k.prop


print(read_meta(H), read_meta(H))
H.X = "H.X"
print(read_meta(H))


# Module attribute reads (this module's own).
mod = sys.modules[__name__]
value = 1
func = lambda: "mod.func"


def read_mod(m):
    return m.value, m.func()


print(read_mod(mod), read_mod(mod))
mod.value = 2
mod.func = lambda: "patched mod.func"
print(read_mod(mod))
del mod.value
try:
    read_mod(mod)
except AttributeError as exc:
    print("AttributeError:", exc)
value = 3
print(read_mod(mod))


# Properties: cached getters, replaced, overridden in a subclass, shadowed by nothing.
class P:
    @property
    def p(self):
        return "P.p"


class Q(P):
    pass


def read_p(o):
    return o.p


p, q = P(), Q()
print(read_p(p), read_p(q), read_p(p))
q.__dict__["p"] = "instance p (a property wins)"
print(read_p(q))
Q.p = property(lambda self: "Q.p")
print(read_p(p), read_p(q))
P.p = "plain P.p"
print(read_p(p), read_p(q))


# __getattribute__ and __getattr__ appear on the class while the sites are warm.
class R:
    def m(self):
        return "R.m"


r = R()
print(call_m(r), call_m(r))
R.__getattribute__ = lambda self, name: (lambda: "hooked " + name)
print(call_m(r), read_const(r)())
del R.__getattribute__
R.__getattr__ = lambda self, name: "fallback " + name
print(call_m(r), read_const(r))


# An instance value shadowing a class attribute (no data descriptor): the instance wins, until
# the class attribute becomes a data descriptor.
class S:
    slot = None

    def get(self):
        return "S.get"


def read_slot(o):
    return o.slot


def write_slot(o, v):
    o.slot = v


s1, s2 = S(), S()
write_slot(s1, "s1 own")
for _ in range(2):
    print(read_slot(s1), read_slot(s2))
s1.get = "s1 get"
print(s1.get, call_m.__name__)


class Tracer:
    def __get__(self, obj, owner):
        return "Tracer get"

    def __set__(self, obj, value):
        print("Tracer set", value)


S.slot = Tracer()
write_slot(s1, "again")
print(read_slot(s1), read_slot(s2), s1.__dict__["slot"])
S.slot = property(lambda self: "property slot")
print(read_slot(s1), read_slot(s2))
del S.slot
print(read_slot(s1), hasattr(s2, "slot"))


# A descriptor whose class gains __set__ later becomes a data descriptor.
class Later:
    def __get__(self, obj, owner):
        return "Later get"


class U:
    x = Later()


def read_x(o):
    return o.x


u = U()
u.__dict__["x"] = "u own x"
for _ in range(2):
    print(read_x(u), read_x(U()))
Later.__set__ = lambda self, obj, value: print("Later set", value)
print(read_x(u))
u.x = 5
print(read_x(u), u.__dict__["x"])
