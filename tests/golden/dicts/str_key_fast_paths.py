# The paths an exact str key takes through a dict (d[k], d[k] = v, d.get, `in`) next to keys
# that are not exact strs: a str subclass whose __eq__ must run on a hash match, a dict
# subclass with its own __getitem__ / __setitem__ / get, a value dropped by a store that has a
# finalizer, and the truth of strs (an empty str, a subclass with __bool__ / __len__).
calls = []


class Loud(str):
    def __eq__(self, other):
        calls.append(("eq", str(self), str(other)))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


d = {Loud("k"): 1, "z": 0}
d["k"] = 2  # stores through Loud's __eq__, keeps the first key
d["k" + ""] = d["k"] + 1
print(d, [type(x).__name__ for x in d], calls)
calls.clear()
print(d.get("k"), d.get("k", 9), d.get("missing", 9), d.get("missing"), calls)
calls.clear()
w = "".join(["z"])
d[w] = d.get(w, 0) + 1
print(d["z"], w in d, "y" in d, calls)
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)


class Logged(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return dict.__getitem__(self, k)

    def __setitem__(self, k, v):
        print("setitem", k, v)
        dict.__setitem__(self, k, v)

    def get(self, k, default=None):
        print("get", k)
        return dict.get(self, k, default)


m = Logged()
m["a"] = 1
m["a"] = m["a"] + m.get("a", 0)
print(m, dict.get(m, "a"), dict.get(m, "b", "dflt"))


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


slots = {}
slots["x"] = Noisy("first")
print("stored first")
slots["x"] = Noisy("second")
print("replaced first")
slots["y"] = 1
slots["x"] = 0
print("replaced second")

for s in ["", "a", "\u00e9", Loud(""), Loud("b")]:
    if s:
        print(repr(s), "true")
    else:
        print(repr(s), "false")


class Falsy(str):
    def __bool__(self):
        return False


class Short(str):
    def __len__(self):
        return 0


for s in [Falsy("x"), Short("y")]:
    print(str(s), "true" if s else "false", bool(s), not s)
try:
    dict.get([], "a")
except TypeError as e:
    print("TypeError", e)
try:
    {}.get()
except TypeError as e:
    print("TypeError", e)
try:
    {}.get("a", 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    {}.get(key="a")
except TypeError as e:
    print("TypeError", e)
