# Tuple and list unpacking, swaps, nesting.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
[p, q] = (10, 20)
print(p, q)
(m, (n, o)), r = (1, (2, 3)), 4
print(m, n, o, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
a, b = b, a + b
print(a, b)
first, second = range(2)
print(first, second)
