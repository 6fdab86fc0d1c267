# `d[k] = d.get(k, 0) + 1` and `d[k] += 1` store where the get found the key; anything that
# changes the dict in between (another key added or deleted, a rebuild, clear, another dict
# with the same key, a str subclass key, an equal but distinct key) must still land right.
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)

d = {"a": 1, "b": 2, "c": 3}
k = "".join(["a"])  # equal to "a", another object
v = d.get(k, 0)
d["zz"] = 9  # the dict changed between the get and the store
d[k] = v + 10
print(d)

d = {"a": 1, "b": 2, "c": 3}
v = d.get("b")
del d["a"]  # entries shift? the store must find "b" where it is now
d["b"] = v * 100
print(d, list(d))

d = {"k%d" % i: i for i in range(5)}
v = d.get("k3")
for i in range(5, 40):  # grows the table: every entry is placed again
    d["k%d" % i] = i
d["k3"] = -v
print(d["k3"], len(d), list(d)[:6])

d = {"x": 1}
v = d.get("x")
d.clear()
d["x"] = v + 1
print(d)

d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "x": 10}
v = d1.get("x")
d2["x"] = v + 100  # another dict, the same key
print(d1, d2)

d = {"p": 1}
d.get("p")
d.pop("p")
d["q"] = 5
d["p"] = 6
print(d)

class S(str):
    pass

d = {"s": 1}
d.get("s")
d[S("s")] = 2  # a subclass key equal to "s": the value of the "s" entry changes
print(d, [type(k).__name__ for k in d])

d = {}
for w in ["one", "two", "one", "three", "two", "one"]:
    d[w] = d.get(w, 0) + 1
    d[w] += 1
print(d)

# keys of every length up to 20 that differ only in their first, middle or last byte
for n in range(0, 21):
    base = "".join(chr(97 + (i % 26)) for i in range(n))
    keys = {base: "base"}
    for pos in sorted({0, n // 2, n - 1}) if n else []:
        other = base[:pos] + "#" + base[pos + 1:]
        keys[other] = pos
    probe = "".join([base])
    print(n, keys.get(probe), len(keys), sorted(v for v in keys.values() if v != "base"))
