# a key added and deleted again and again beside live ones: every deleted slot stays marked in
# the table, which must still grow (or be rebuilt) so that a lookup of a missing key ends
d = {1: 1}
for i in range(2, 2000):
    k = i * 1000003
    d[k] = 1
    del d[k]
print(5 in d, d)
s = {1}
for i in range(2, 2000):
    k = i * 1000003
    s.add(k)
    s.discard(k)
print(5 in s, s)
d = {"a": 1}
for i in range(2000):
    d["k%d" % i] = i
    del d["k%d" % i]
print("zz" in d, d)
d = {}
for i in range(100):
    d[i] = i
for i in range(0, 100, 2):
    del d[i]
for i in range(1000, 1100):
    d[i] = i
    d.pop(i)
print(len(d), list(d)[:5], d.popitem(), 7 in d, 1000 in d)
seen = {"outer": 1}
for i in range(500):
    key = id(object()) + i
    seen[key] = 1
    seen.pop(key)
print(len(seen), "missing" in seen)
