# Instances' attributes kept by keys their class shares: __dict__ identity and order, vars(),
# deletions and re-additions, keys out of the class's order, __dict__ assignment, mutation
# through __dict__ seen as attributes and the other way round.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = P(1, 2)
b = P(3, 4)
print(vars(a), b.__dict__)
d = a.__dict__
print(d is a.__dict__, vars(a) is d)
d["z"] = 5
print(a.z, vars(a))
a.w = 6
print(d, list(d))
del a.x
print(d, hasattr(a, "x"))
a.x = 7
print(d, a.x)
d.pop("y")
print(hasattr(a, "y"), vars(a))

# another order than the class's first instance
c = P.__new__(P)
c.y = 1
c.x = 2
print(vars(c), c.x, c.y)
e = P(5, 6)
e.q = 1
f = P(7, 8)
f.r = 2
f.q = 3
print(vars(e), vars(f))
del e.y
e.y = 9
print(list(vars(e)))

# deletion, then the same keys stored again
g = P(1, 2)
del g.x
print(vars(g))
g.x = 10
print(vars(g), g.x)
try:
    del g.nope
except AttributeError as exc:
    print("AttributeError", exc)
try:
    print(P(1, 2).nope)
except AttributeError as exc:
    print("AttributeError", exc)

# __dict__ replaced, then attributes
h = P(1, 2)
h.__dict__ = {"k": 1}
print(h.k, hasattr(h, "x"), vars(h))
h.m = 2
print(h.__dict__)
try:
    h.__dict__ = 5
except TypeError as exc:
    print("TypeError", exc)

# setattr with names that are not identifiers, a str built at run time
k = P(1, 2)
setattr(k, "not an identifier", 3)
setattr(k, "".join(["x"]), 11)
print(vars(k), getattr(k, "not an identifier"), k.x)
name = "y" * 1
print(getattr(k, name), name in vars(k))
setattr(k, "1", 4)
delattr(k, "not an identifier")
print(vars(k))

# many attributes: past the class's shared keys
class Many:
    pass


m = Many()
for i in range(40):
    setattr(m, f"a{i}", i)
print(len(vars(m)), m.a0, m.a39, list(vars(m))[:3], list(vars(m))[-2:])
m2 = Many()
for i in range(35):
    setattr(m2, f"a{i}", -i)
print(m2.a34, m2.a29, sum(vars(m2).values()))
m3 = Many()
m3.b = 1
m3.a0 = 2
print(vars(m3))

# dir() and the attribute error's suggestion
n = P(1, 2)
n.longname = 3
print([s for s in dir(n) if not s.startswith("__")])
try:
    n.longnam
except AttributeError as exc:
    print(exc)
