# float() from strings and ints; str() of floats.
print(float("3.14"), float(" 2 "), float("1e3"), float("-1.5E-2"), float(".5"), float("5."))
print(float(7), float(-0), float(2 ** 70), float("1_000.5"), float())
print(str(3.0), str(1e100), str(-2.5e-10), str(1e16), str(1e15), str(0.1))
print(int(2.5e10), int(1e15), int(-1e-3))
print(float("0.1") + float("0.2"))
print(repr(float("123456789012345678")))
