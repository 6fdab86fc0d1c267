# Mixed int and float arithmetic; accumulation error.
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10))
print(3 * 1.5, 3 + 0.0, 2 ** 0.5 * 2 ** 0.5, abs(-2.5), abs(-0.0))
print(1e16 + 1, 1e16 + 2, 0.1 * 0.1, 1 - 0.9, 100 * 1.1)
print(9007199254740993 + 0.0, 0.5 + 0.25 + 0.125)
x = 10
x /= 4
print(x, type(x).__name__)
x **= 2
print(x)
x //= 2
print(x)
print(1.0 * 2 ** 1023 * 2, -(2.0 ** 1023) * 2)
