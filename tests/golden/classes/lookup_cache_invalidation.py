# Attribute lookups are cached per (class, name); every change to a class dict anywhere in
# the MRO must be seen by the next lookup, on the class and on its subclasses.
class Base:
    def greet(self):
        return "base"

    kind = "base kind"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


x = Leaf()
for _ in range(3):
    print(x.greet(), x.kind, Leaf.kind)

Base.greet = lambda self: "patched base"
print(x.greet())
Mid.greet = lambda self: "mid"
print(x.greet())
del Mid.greet
print(x.greet())
Leaf.kind = "leaf kind"
print(x.kind, Mid().kind)
del Leaf.kind
print(x.kind)
x.kind = "own"
print(x.kind, Leaf.kind)


# __getattribute__ and __setattr__ added to a base after instances of a subclass exist.
def loud_get(self, name):
    if name == "secret":
        return "intercepted"
    return object.__getattribute__(self, name)


def loud_set(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)


x.secret = "plain"
print(x.secret)
Base.__getattribute__ = loud_get
print(x.secret, x.kind)
Base.__setattr__ = loud_set
x.other = 1
print(x.other)
del Base.__getattribute__
del Base.__setattr__
x.other = 2
print(x.secret, x.other)


# A property replaced by a plain value, and a class attribute turned into a property.
class P:
    @property
    def v(self):
        return "prop"


p = P()
print(p.v)
P.v = "plain"
print(p.v)
P.w = property(lambda self: "new prop")
print(p.w)
