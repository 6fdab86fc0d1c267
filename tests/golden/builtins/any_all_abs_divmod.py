# any, all, abs and divmod.
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any(x > 2 for x in range(4)), all(isinstance(x, int) for x in [1, True, 2]))
print(abs(-5), abs(3), abs(-2.5), abs(0), abs(-(2 ** 70)), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2), divmod(2 ** 65, 3))
print(pow(2, 5), pow(2, -1), pow(3, 4, 5), pow(-2, 3))
