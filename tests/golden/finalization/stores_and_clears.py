# The last reference can go through a store or a native that empties a container: CPython
# runs __del__ right there (attribute and item stores, del of an attribute or item, clear(),
# `xs *= 0`), a list's items last first.
class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class Box:
    pass


class Guarded:
    def __setattr__(self, name, value):
        print("setattr", name)
        object.__setattr__(self, name, value)


b = Box()
b.x = R(1)
b.x = None
print("after an attribute store")
b.y = R(2)
del b.y
print("after del of an attribute")
g = Guarded()
g.r = R(3)
g.r = 0
print("after a store through __setattr__")
items = [R(4), R(5), R(6)]
items[-1] = None
print("after a list item store")
del items[0]
print("after del of a list item")
items.clear()
print("after list.clear")
d = {"k": R(7), "j": R(8)}
d["k"] = 0
print("after a dict store")
del d["j"]
print("after del of a dict item")
d2 = {"a": R(9), "b": R(10)}
d2.clear()
print("after dict.clear")
xs = [R(11), R(12)]
xs *= 0
print("after xs *= 0")
nested = Box()
nested.inner = [R(13)]
nested.inner = []
print("after dropping a list that held one")
keep = R(14)
holder = Box()
holder.r = keep
holder.r = None
print("still referenced: no __del__ yet")
del keep
print("end")
