# d[k], d[k] = v and `k in d` / `k in s` with str and int keys on exact dicts and sets, next to
# keys of other kinds, subclasses, colliding keys whose __eq__ runs Python code, and errors.
d = {"a": 1, 2: "two", (1, 2): "pair", True: "yes"}
print(d["a"], d[2], d[(1, 2)], d[1], d[True], "a" in d, 3 in d, "b" not in d, 1.0 in d)
for key in ("zz", 99, -1, ""):
    try:
        d[key]
    except KeyError as e:
        print("KeyError", repr(e), e.args)
d["a"] += 5
d[2] = d.get(2) * 2
d[10**30] = "big"
print(d, 10**30 in d)


class Missing(dict):
    def __missing__(self, key):
        return f"missing {key!r}"


class Spy(dict):
    def __getitem__(self, key):
        print("  Spy getitem", key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print("  Spy setitem", key, value)
        super().__setitem__(key, value)

    def __contains__(self, key):
        print("  Spy contains", key)
        return super().__contains__(key)


m = Missing(x=1)
print(m["x"], m["y"], m[5], "y" in m)
s = Spy()
s["k"] = 3
print(s["k"], "k" in s, 4 in s)


# an int key colliding with an instance key whose __eq__ runs (and raises, and mutates)
class Same:
    def __init__(self, h, note):
        self.h, self.note = h, note

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("  __eq__", self.note, "vs", other)
        if self.note == "raise":
            raise ValueError("eq failed")
        if self.note == "mutate":
            table.clear()
        return False


table = {Same(7, "plain"): "inst"}
print(table[7] if 7 in table else "7 absent")
try:
    table[7]
except KeyError as e:
    print("KeyError", e)
table[7] = "int"
print(len(table), table[7])
table = {Same(8, "raise"): 0}
for op in ("get", "in", "set"):
    try:
        if op == "get":
            table[8]
        elif op == "in":
            8 in table
        else:
            table[8] = 1
    except ValueError as e:
        print(op, "ValueError", e)
table = {Same(9, "mutate"): 0, "x": 1}
try:
    print(table[9])
except KeyError as e:
    print("KeyError after mutation", e, table)

# sets and frozensets
st = {1, "b", (3,)}
fs = frozenset(["q", 5])
print(1 in st, "b" in st, "c" in st, 2 not in st, (3,) in st, "q" in fs, 6 in fs, True in st)


class SetSub(set):
    def __contains__(self, key):
        print("  SetSub contains", key)
        return True


print(42 in SetSub(), "w" in SetSub([1]))
hs = {Same(11, "plain")}
print(11 in hs)
try:
    {Same(12, "raise")}.__contains__(12)
except ValueError as e:
    print("set ValueError", e)
try:
    12 in {Same(12, "raise")}
except ValueError as e:
    print("set in ValueError", e)

# unhashable keys still fail as before
for bad in ([], {}):
    try:
        d[bad]
    except TypeError as e:
        print("TypeError", e)
    try:
        bad in st
    except TypeError as e:
        print("TypeError", e)


# a traceback from a warm dict subscript
def lookup(mapping, key):
    return mapping[key]


print(lookup({"k": 1}, "k"))
lookup({"k": 1}, "nope")
