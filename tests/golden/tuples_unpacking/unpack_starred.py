# Starred targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, b = range(6)
print(a, mid, b)
a, *mid, b = (1, 2)
print(a, mid, b)
head, *tail = [9]
print(head, tail)
(x, *ys), z = [1, 2, 3], 4
print(x, ys, z)
*everything, = (5, 6)
print(everything)
print(*[1, 2], *"ab", sep=",")
