# Views are live and print with their type name.
d = {"one": 1, "two": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["three"] = 3
print(k, len(v), ("two", 2) in it, "one" in k, 3 in v)
print(list(k), sorted(v), list(it)[0])
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(reversed(d)), list(reversed(d.values())))
