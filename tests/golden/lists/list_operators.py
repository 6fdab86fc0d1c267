# Operators on lists.
a, b = [1, 2], [3]
print(a + b, a * 3, [0] * 4, 2 * b, [] * 5)
print(2 in a, 5 in a, 5 not in a, [1, 2] == [1, 2], [1, 2] != [2, 1])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
xs = list(range(10))
del xs[0]
del xs[-1]
del xs[2:4]
print(xs)
a += [9]
a *= 2
print(a)
print(len([[]]), [[]] * 2, [None] * 3)
