# Names refer to objects; assignment never copies.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = a[:]
c.append(5)
print(a, c, a is c, a == c[:4])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
outer = [[1], [2]]
shallow = outer.copy()
shallow[0].append(99)
shallow[1] = ["new"]
print(outer, shallow)
def add(item, target):
    target.append(item)
add("x", a)
print(a)
