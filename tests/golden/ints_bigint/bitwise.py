# Bitwise operators on ints, including negatives and big ints.
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(1 << 10, 1 << 70, 1024 >> 3, -16 >> 2, -1 >> 5)
print(-12 & 10, -12 | 10, -12 ^ 10)
print((2 ** 80 + 5) & 0xFF, (1 << 100) >> 98)
x = 0b1011
x |= 0b0100
x &= ~0b0001
x ^= 0b1000
x <<= 2
x >>= 1
print(x)
print(True & False, True | False, True ^ True)
