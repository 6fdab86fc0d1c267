# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Registry:
    def __init__(self):
        self._items = {}
    def __len__(self):
        return len(self._items)
    def __getitem__(self, key):
        return self._items[key]
    def __setitem__(self, key, value):
        print("set", key)
        self._items[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self._items[key]
    def __contains__(self, key):
        return key in self._items
    def __iter__(self):
        return iter(sorted(self._items))
r = Registry()
r["b"] = 2
r["a"] = 1
print(len(r), r["a"], "a" in r, "z" in r, list(r))
del r["a"]
print(len(r), [k for k in r])
try:
    r["missing"]
except KeyError as e:
    print("KeyError:", e)
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares())
