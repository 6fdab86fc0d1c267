# Precedence and associativity.
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 2 * 3 % 4, 7 // 2 * 2)
print(not 1 == 2, not (1 == 2), 1 + 2 == 3 and 4 > 3, 1 or 2 and 0)
print(1 < 2 == True, (1 < 2) == True, -3 % 5, -(3 % 5))
print(2 + 3 * 4 ** 2 / 8 - 1, 1 | 2 ^ 3 & 4, 1 << 2 + 1)
print("a" + "b" * 2, ["x"] * 2 + ["y"])
