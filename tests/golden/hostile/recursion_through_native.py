# Recursion through native code (a property, a key function, map, bool(), dunders): each path
# raises RecursionError, natively and in wasm, and the program goes on (issue 16, item 3).
class Node:
    @property
    def parent(self):
        return self.parent


def mapped(x):
    return list(map(mapped, [x]))


class Truthy:
    def __bool__(self):
        return bool(self)


class Sized:
    def __len__(self):
        return len(self)


class Lookup:
    def __getattr__(self, name):
        return getattr(self, name)


class Items:
    def __getitem__(self, i):
        return self[i]


def filtered(x):
    return list(filter(filtered, [x]))


def summed(x):
    return sum(summed(y) for y in [x])


def minimum(x):
    return min([x], key=minimum)


cases = [
    ("property", lambda: Node().parent),
    ("map", lambda: mapped(1)),
    ("filter", lambda: filtered(1)),
    ("bool()", lambda: bool(Truthy())),
    ("len()", lambda: len(Sized())),
    ("__getattr__", lambda: Lookup().x),
    ("__getitem__", lambda: Items()[0]),
    ("sum(genexp)", lambda: summed(1)),
    ("min key", lambda: minimum(1)),
]
for name, f in cases:
    try:
        f()
        print(name, "returned")
    except RecursionError as e:
        print(name, "RecursionError:", e)
