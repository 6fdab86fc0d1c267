# Instances whose attributes are kept by keys their class shares, through the attribute
# protocols: __getattr__ / __setattr__ / __getattribute__, properties and descriptors, class
# attributes shadowed and unshadowed, __slots__, subclasses, __class__ assignment.
class Base:
    kind = "base"

    def __init__(self):
        self.a = 1
        self.b = 2

    def method(self):
        return "method"


class Sub(Base):
    def __init__(self):
        super().__init__()
        self.c = 3


s = Sub()
print(vars(s), s.kind, s.method())
s.kind = "own"
s.method = lambda: "shadow"
print(s.kind, s.method(), Sub().kind, Sub().method())
del s.kind
del s.method
print(s.kind, s.method(), vars(s))


class Hooks:
    def __init__(self):
        self.x = 1

    def __getattr__(self, name):
        return "missing " + name

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)


h = Hooks()
h.y = 5
print(h.x, h.y, h.z, vars(h))


class Logged:
    def __init__(self):
        self.v = 1

    def __getattribute__(self, name):
        if name == "v":
            return object.__getattribute__(self, name) + 100
        return object.__getattribute__(self, name)


lg = Logged()
print(lg.v, lg.__dict__)
lg.v = 2
print(lg.v)


class Desc:
    def __get__(self, obj, tp=None):
        return "desc" if obj is None else obj.__dict__.get("_d", "unset")

    def __set__(self, obj, value):
        obj.__dict__["_d"] = value


class WithDesc:
    d = Desc()

    def __init__(self):
        self.p = 0

    @property
    def prop(self):
        return self.p + 1

    @prop.setter
    def prop(self, v):
        self.p = v


w = WithDesc()
print(w.d, w.prop)
w.d = "set"
w.prop = 10
print(w.d, w.prop, vars(w))
w.__dict__["d"] = "in dict"
print(w.d, WithDesc.d)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


sl = Slotted()
print(sl.x, hasattr(sl, "y"), hasattr(sl, "__dict__"))
try:
    sl.z = 1
except AttributeError as exc:
    print("AttributeError", exc)


class SlotBase:
    __slots__ = ("x",)


class SlotChild(SlotBase):
    def __init__(self):
        self.x = 1
        self.y = 2


sc = SlotChild()
print(sc.x, sc.y, vars(sc)["y"])
del sc.x
sc.z = 3
print(hasattr(sc, "x"), sc.y, sc.z)


class A:
    def __init__(self):
        self.a = 1
        self.b = 2


class B:
    def __init__(self):
        self.b = 3
        self.a = 4


x = A()
x.__class__ = B
print(type(x).__name__, vars(x), x.a, x.b)
x.c = 5
print(vars(x), vars(B()))


# a class attribute read through instances while others store it
class Counter:
    total = 0

    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


cs = [Counter() for _ in range(3)]
for i, c in enumerate(cs):
    for _ in range(i + 1):
        c.bump()
cs[1].total = 5
print([c.n for c in cs], [c.total for c in cs], Counter.total)
