# Unary operators stack; underscores are only visual.
print(- -5, -(-5), +-5, -+5, ~5, ~-1)
print(--1.5, -0.0 == 0.0)
x = 1_234
print(x, x + 1)
print(0b1111_0000, 0o7_7, 0xdead_beef)
