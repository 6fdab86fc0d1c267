# Dicts and sets crossing the size where their table moves out of the object (8 slots, 5
# entries) and back: growth, deletes, clear, copies, in-place set operators swapping tables.
d = {}
for i in range(12):
    d[f"k{i}"] = i
    if i in (4, 5, 6, 11):
        print(i, len(d), list(d)[-3:], "k2" in d, d.get(f"k{i}"))
for i in range(10):
    del d[f"k{i}"]
print(d, len(d), "k10" in d, "k3" in d)
for i in range(20):
    d[i] = i * i
    del d[i]
print(d)
d.clear()
print(d, len(d), d.get("k10"))
d.update(a=1, b=2, c=3, d=4, e=5)
e = d.copy()
e["f"] = 6
print(d, e, dict(e) == e)
while e:
    print(e.popitem(), end=" ")
print()

small = {1, 2, 3}
big = set(range(40))
small |= big
print(len(small), sorted(small)[:5])
big &= {1, 2, 3, 99}
print(big, len(big))
a = {"x", "y"}
b = {"z"}
a ^= set(map(str, range(10)))
print(sorted(a), len(a))
b -= {"z"}
print(b, len(b), "z" in b)
s = set()
for i in range(30):
    s.add(i)
for i in range(28):
    s.discard(i)
print(s, s.pop() in (28, 29), len(s))
fs = frozenset(range(6))
print(sorted(fs | {7}), 3 in fs, len(fs & {1, 2, 100}))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 3

    def __eq__(self, other):
        return isinstance(other, Key) and other.v == self.v


kd = {Key(i): i for i in range(9)}
print(len(kd), kd[Key(7)], Key(10) in kd)
for i in range(0, 9, 2):
    del kd[Key(i)]
print(sorted(k.v for k in kd), kd.get(Key(3)))
