# Comparisons between ints and floats are exact.
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(2 ** 53 + 1 > 2.0 ** 53, 10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(3 < 3.5 < 4, -1 < -0.5, 0 == -0.0)
print(max(1, 1.0), max(1.0, 1), min(2, 2.0))
print(sorted([3, 1.5, 2, -0.5, 10 ** 20]))
print(1 < 2 ** 100, 2 ** 100 < float("inf"))
