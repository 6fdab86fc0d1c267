# get, setdefault, pop, popitem, update, copy, clear, fromkeys.
d = {"x": 1, "y": 2}
print(d.get("x"), d.get("z"), d.get("z", 0))
print(d.setdefault("y", 100), d.setdefault("z", 3), d)
print(d.pop("x"), d.pop("nope", "default"), d)
print(d.popitem(), d)
d.update({"a": 1, "y": 9})
d.update(b=2)
d.update([("c", 3)])
print(d)
c = d.copy()
c["new"] = 1
print(len(d), len(c))
d.clear()
print(d, c)
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0))
