# Instance attribute reads and writes are cached per code site (the class and where the
# instance's dict keeps the name); every case below must still follow the full protocol.


class P:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 20
            self.a = 10


def read(o):
    return o.a, o.b


def write(o, v):
    o.a = v


# Instances whose dicts keep the same names in different orders share one code site.
objs = [P(True), P(False), P(True), P(False)]
for _ in range(2):
    print([read(o) for o in objs])
for i, o in enumerate(objs):
    write(o, i * 100)
print([read(o) for o in objs])

# A deleted attribute, then set again (it moves to the end of the dict).
o = objs[0]
del o.a
print(hasattr(o, "a"), o.__dict__)
write(o, "back")
print(read(o), list(o.__dict__))
o.__dict__.clear()
print(getattr(o, "a", "cleared"))
o.__dict__.update(a="via dict", b="also")
print(read(o))
o.__dict__ = {"b": "new dict", "a": "swapped"}
print(read(o))
write(o, "written to the new dict")
print(o.__dict__)


# A data descriptor, a property and a plain class attribute added after the sites were cached.
class Loud:
    def __get__(self, obj, owner):
        return "descriptor get"

    def __set__(self, obj, value):
        print("descriptor set", value)


q = P(True)
for _ in range(3):
    write(q, 5)
    print(read(q))
P.a = Loud()
write(q, 6)
print(read(q), q.__dict__["a"])
P.a = property(lambda self: "property", lambda self, v: print("property set", v))
write(q, 7)
print(read(q))
P.a = "class attribute"
write(q, 8)
print(read(q), P.a)
del P.a
print(read(q))


# __getattribute__ and __setattr__ added to the class while the sites are warm.
def get_hook(self, name):
    if name == "a":
        return "hooked a"
    return object.__getattribute__(self, name)


def set_hook(self, name, value):
    print("set hook", name, value)
    object.__setattr__(self, name, value * 2)


P.__getattribute__ = get_hook
print(read(q))
del P.__getattribute__
print(read(q))
P.__setattr__ = set_hook
write(q, 21)
del P.__setattr__
write(q, 22)
print(read(q))


# __class__ assignment to a class with a property of the same name.
class Q:
    @property
    def a(self):
        return "Q's property"

    b = "Q's b"


r = P(True)
for _ in range(3):
    print(read(r))
r.__class__ = Q
print(read(r), r.__dict__)
r.__class__ = P
print(read(r))


# Slots classes and exceptions at the same sites.
class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = "slot a"
        self.b = "slot b"


class E(Exception):
    pass


e = E("x")
e.a, e.b = "exc a", "exc b"
for o in [S(), e, P(False), S()]:
    print(read(o))
    write(o, "w")
    print(read(o))
