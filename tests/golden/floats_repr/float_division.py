# True division always gives a float.
print(7 / 2, 1 / 2, 10 / 5, -9 / 4, 0 / 3)
print(2 ** -1, 2 ** -2, 10 ** -3, 4 ** 0.5, 2 ** 0.5, 8 ** (1 / 3))
print(type(10 / 5).__name__, type(2 ** -1).__name__, type(2 ** 2).__name__)
print(1 / 3 * 3, 1e308 * 10, -1e308 * 10)
print(2 ** 100 / 2 ** 50, 10 ** 30 / 10 ** 10)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, 2), divmod(-7.5, 2))
print(10 % 3.5, 3.0 * 1.5, 1.5 - 2)
