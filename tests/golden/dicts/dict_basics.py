# Creating, reading, updating and deleting entries.
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"])
print("a" in d, "z" in d, 1 in d, "z" not in d)
del d["b"]
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
d["b"] = 20
print(d)
print(d == {"c": 3, "a": 10, "b": 20}, {} == dict())
