# Floor division and modulo round toward negative infinity.
for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(0 // 5, 0 % 5, -1 // 10, -1 % 10)
print(10 // 3 * 3 + 10 % 3)
print(-(2 ** 70) // 3, -(2 ** 70) % 3)
