# weakref basics: ref, dead references, WeakValueDictionary as a cache, WeakSet, WeakKeyDictionary
import re
import weakref


def show(text):
    print(re.sub(r"0x[0-9a-f]+", "0x...", text))


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name!r})"


a = Node("a")
r = weakref.ref(a)
print(r() is a, r(), weakref.ref(a) is r, r == weakref.ref(a), hash(r) == hash(a))
show(repr(r))
print(type(r).__name__, type(r) is weakref.ReferenceType, weakref.getweakrefcount(a))
print(weakref.getweakrefs(a) == [r])
del a
print(r(), weakref.getweakrefcount(r))
show(repr(r))

b = Node("b")
rb = weakref.ref(b)
b = None
print("after rebinding:", rb())
try:
    hash(rb)
except TypeError as e:
    print("TypeError:", e)

for bad in ([], {}, "text", 3, (1,), object(), None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)


def f():
    pass


print(weakref.ref(f)() is f, weakref.ref(Node)() is Node, weakref.ref({1, 2})() is None)

cache = weakref.WeakValueDictionary()
x, y = Node("x"), Node("y")
cache["x"] = x
cache["y"] = y
print(len(cache), sorted(cache), cache["x"], cache.get("y"), "x" in cache)
del x
print(len(cache), sorted(cache), cache.get("x"), "x" in cache, cache.get("x", "gone"))
try:
    cache["x"]
except KeyError as e:
    print("KeyError:", e)
print(list(cache.items()), list(cache.values()))
show(repr(cache))

seen = weakref.WeakSet()
n1, n2 = Node("n1"), Node("n2")
seen.add(n1)
seen.add(n2)
seen.add(n1)
print(len(seen), n1 in seen, Node("other") in seen, 5 in seen)
n2 = None
print(len(seen), list(seen))

meta = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
meta[k1] = "first"
meta[k2] = "second"
print(len(meta), meta[k1], k2 in meta, sorted(v for v in meta.values()))
del k1
print(len(meta), list(meta.items()))


class Registry:
    def __init__(self):
        self.live = weakref.WeakValueDictionary()

    def make(self, name):
        node = Node(name)
        self.live[name] = node
        return node


reg = Registry()
keep = [reg.make(n) for n in "abc"]
reg.make("temporary")
print(sorted(reg.live.keys()))
keep.pop()
print(sorted(reg.live.keys()))
