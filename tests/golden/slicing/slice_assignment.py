# Assigning to and deleting slices.
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [99]
print(a)
a[2:5] = []
print(a)
a[::2] = ["E"] * len(a[::2])
print(a)
del a[::2]
print(a)
b = [1, 2, 3]
b[:] = "ab"
print(b)
try:
    c = [1, 2, 3, 4, 5]
    c[::2] = [0, 0]
except ValueError as e:
    print("ValueError:", e)
d = [0, 1, 2, 3]
del d[1:3]
print(d)
