# A full slice is a shallow copy.
a = [[1], [2], 3]
b = a[:]
b.append(4)
b[0].append("shared")
print(a, b, a is b, a[0] is b[0])
s = "text"
print(s[:] == s)
rev = a[::-1]
print(rev, a)
