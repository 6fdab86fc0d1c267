# Integer literals in every base, with underscores and signs.
print(42, -7, 0, +5)
print(0x1F, 0XFF, 0o17, 0O7, 0b1010, 0B11)
print(1_000_000, 0x_ff, 0b_1001_0001)
print(-0, 00, 0_0)
print(type(42).__name__, type(0x10).__name__)
print(True + True, True * 10, False - 1)
print(10 ** 3, 1_0 * 1_0)
