# Nested and self-referencing lists print safely.
xs = [1, [2, [3, [4, []]]], "s", ("t",), {"d": [5]}]
print(xs)
print(repr(xs) == str(xs), len(xs))
me = [1, 2]
me.append(me)
print(me)
print(me[2][2][0])
d = {"self": None}
d["self"] = d
print(d)
