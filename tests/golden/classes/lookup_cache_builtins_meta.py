# The per-(class, name) lookup cache with builtin subclasses, metaclasses and __class__
# assignment: every change to a class dict (by assignment, setattr, delattr, type.__setattr__)
# is seen by the next lookup, wherever the class sits.


class D(dict):
    def describe(self):
        return "D with " + str(len(self))


class L(list):
    pass


class S(str):
    def shout(self):
        return self.upper() + "!"


d = D(a=1)
ll = L([3, 1, 2])
s = S("hi")
for _ in range(3):
    print(d.describe(), d.get("a"), ll.count(1), s.shout(), s.upper())

D.describe = lambda self: "patched D"
D.get = lambda self, k, default=None: ("own get", k)
L.count = lambda self, x: -1
setattr(S, "upper", lambda self: "UPPER OVERRIDE")
print(d.describe(), d.get("a"), ll.count(1), s.shout(), s.upper())
del D.get
delattr(L, "count")
type.__delattr__(S, "upper")
print(d.get("a"), ll.count(1), s.shout(), s.upper())
L.__len__ = lambda self: 99
print(len(ll), len(L()))
del L.__len__
print(len(ll))


# A metaclass whose __getattr__ and __setattr__ arrive after the class was used.
class Meta(type):
    pass


class C(metaclass=Meta):
    x = 1


for _ in range(3):
    print(C.x, getattr(C, "missing", "absent"))
Meta.__getattr__ = lambda cls, name: "meta getattr " + name
print(C.x, C.missing)


def meta_set(cls, name, value):
    print("meta set", cls.__name__, name, value)
    type.__setattr__(cls, name, value * 10)


Meta.__setattr__ = meta_set
C.x = 2
print(C.x, C().x)
del Meta.__setattr__
C.x = 3
print(C.x)
del Meta.__getattr__
print(getattr(C, "missing", "absent again"))
type.__setattr__(C, "y", "via type.__setattr__")
print(C().y, C.__dict__["y"], "y" in C.__dict__)
view = C.__dict__
C.z = 5
print("z" in view, sorted(k for k in view if not k.startswith("__")))


# __class__ assignment between classes with different attributes and hooks.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"

    def __getattribute__(self, name):
        if name == "tag":
            return "B's tag"
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        print("B sets", name)
        object.__setattr__(self, name, value)


o = A()
for _ in range(3):
    print(o.who(), getattr(o, "tag", "no tag"))
o.__class__ = B
print(o.who(), o.tag)
o.field = 1
o.__class__ = A
o.field = 2
print(o.who(), getattr(o, "tag", "no tag"), o.field)
A.who = lambda self: "A patched"
print(o.who())


# A method added to a base after a subclass's lookups missed it, then shadowed and removed.
class Base:
    pass


class Sub(Base):
    pass


sub = Sub()
for _ in range(3):
    print(hasattr(sub, "late"))
Base.late = lambda self: "late base"
print(sub.late())
Sub.late = lambda self: "late sub"
print(sub.late())
del Sub.late
del Base.late
print(hasattr(sub, "late"))


# Class decorators and __init_subclass__ writing to the class dict.
def add_hello(cls):
    cls.hello = lambda self: "hello from " + type(self).__name__
    return cls


@add_hello
class Dec:
    pass


class Reg:
    def __init_subclass__(cls, **kw):
        cls.registered = True


class Child(Reg):
    pass


print(Dec().hello(), Child.registered, Child().registered)


# A method call (LOAD_METHOD) goes through a __getattribute__ defined or removed at any time.
class Traced:
    def run(self):
        return "ran"


t = Traced()
print(t.run())


def traced_get(self, name):
    print("getattribute", name)
    return object.__getattribute__(self, name)


Traced.__getattribute__ = traced_get
print(t.run())
del Traced.__getattribute__
print(t.run())


class Meta2(type):
    def __getattr__(cls, name):
        return cls.__name__ + "." + name + " from the metaclass"


class E(metaclass=Meta2):
    present = "present"


print(E.present, E.absent, getattr(E, "other"), hasattr(E, "anything"))
