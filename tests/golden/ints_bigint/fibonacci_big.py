# Iterative Fibonacci into big integers.
a, b = 0, 1
for i in range(1, 151):
    a, b = b, a + b
    if i % 15 == 0:
        print(i, a)
print(a % 10 ** 9, len(str(a)))
