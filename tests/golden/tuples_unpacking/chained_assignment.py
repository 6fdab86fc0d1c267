# Chained assignment binds one object to every target.
a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 0
x += 1
print(x, y, z)
i, j = j, i = 1, 2
print(i, j)
p = q = (1, 2)
r, s = t = p
print(r, s, t, q)
d = {}
d["k"] = d["m"] = 5
print(d)
