# round() uses banker's rounding and the exact binary value.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(round(1.23456, 3), round(3.14159, 0), round(3.7), round(-3.7))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(15, -1), round(25, -1))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(7, 1)).__name__)
print(round(0.1 + 0.2, 10), round(2 / 3, 4), round(1e20 / 3, 2))
print(round(7), round(-7, 0), round(123456789, -3))
print(round(5e-324, 2), round(0.05, 1), round(0.15, 1), round(0.25, 1), round(0.35, 1))
