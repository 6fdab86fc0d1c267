# Dict entries whose key and value tags share a word, and one-byte index slots in small tables:
# every key and value kind, overwrites that change a value's kind under a key of each kind,
# deletions and re-insertions across the small/large index boundary (16 slots), sets with
# dummies in small tables, instance dicts written through attributes and __dict__, and globals
# rebound, deleted and shadowing builtins under LOAD_GLOBAL's cache.


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 3

    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n

    def __repr__(self):
        return f"K({self.n})"


keys = [None, True, False, 0, 1, -1, 2**62, 2**70, 1.5, -0.0, "a", "", (1, 2), K(4), K(7), frozenset({1})]
values = [None, False, 7, -2**63, 3.25, "v", [1], (), K(1), 2**80]
d = {}
for i, k in enumerate(keys):
    d[k] = values[i % len(values)]
print(len(d), [(repr(k), repr(v)) for k, v in d.items()])
# overwrite each value with one of another kind, in place
for i, k in enumerate(list(d)):
    d[k] = values[(i + 3) % len(values)]
print([repr(v) for v in d.values()])
print(d[K(4)], d[2**62], d[1.5], d[(1, 2)], d[""], d.get(K(10), "missing"))
print(True in d, 1 in d, 1.0 in d, 0 in d, -0.0 in d)

# grow past 16 slots (10 entries) and shrink back, deleting in the middle
e = {}
for i in range(14):
    e[f"k{i}"] = i if i % 2 else float(i)
    if i in (5, 9, 10):
        print(i, list(e.items())[-3:])
for i in range(0, 14, 3):
    del e[f"k{i}"]
print(e)
e["k0"] = "back"
e[3] = None
e[None] = 3
print(list(e), e.popitem(), len(e))
while len(e) > 2:
    e.popitem()
print(e)
e.clear()
e.update(a=1, b=2)
print(e, e.setdefault("c", [3]), e)

# small tables full of deleted marks
f = {}
for r in range(50):
    f[r] = r
    f[str(r)] = -r
    del f[r]
    if r % 7 == 0:
        del f[str(r)]
print(len(f), list(f)[:5], sum(f.values()))

# sets: small tables with dummies, pop order, copies and merges
s = set()
for i in range(12):
    s.add(i * 8)
    if i % 3 == 0:
        s.discard(i * 8)
print(sorted(s), len(s))
t = {1, 9, 17, 25, 33}
t.discard(9)
t.add(41)
u = t | {9, 2}
print(sorted(t), sorted(u), t.pop() in {1, 17, 25, 33, 41}, len(t))
print(sorted(frozenset(u) - t), sorted(u & {2, 9, 100}), {1, 2} <= u)


# instance dicts: attributes, __dict__ aliasing, deletion, vars()
class P:
    def __init__(self, i):
        self.x = i
        self.y = float(i)
        self.z = str(i)


p = P(3)
d = p.__dict__
print(d is p.__dict__, vars(p) is d, d)
p.x = "now a str"
d["y"] = None
del p.z
p.w = [p.x]
print(p.x, p.y, d, hasattr(p, "z"))
d.clear()
p.x = 1.0
print(d, p.__dict__)
for i in range(20):
    setattr(p, f"a{i}", i)
print(len(vars(p)), p.a19, list(vars(p))[:3])

# globals under the cache: rebinding, deletion, shadowing a builtin
G = 1


def read():
    return G


def use_len():
    return len("abc")


print(read())
G = "two"
print(read())
globals()["G"] = 3.0
print(read())
for i in range(30):
    globals()[f"filler{i}"] = i
print(read(), use_len())
len = lambda s: -1  # noqa: E731
print(use_len())
del len
print(use_len())
del G
try:
    read()
except NameError as exc:
    print("NameError", exc)
G = None
print(read())
