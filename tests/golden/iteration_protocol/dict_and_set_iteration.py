# Iteration order of dicts follows insertion; deleting and re-adding moves a key to the end.
d = {}
for k in ["z", "a", "m"]:
    d[k] = len(d)
print(list(d), list(d.items()))
del d["z"]
d["z"] = 99
print(list(d))
d["a"] = -1
print(list(d))
print([k for k in {3: 0, 1: 0, 2: 0}])
print(sorted({5, 1, 3}), list(reversed({"p": 1, "q": 2})))
