# int() from strings, floats and bools.
print(int("42"), int("  -17  "), int("+8"), int("0"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0x1f", 16), int("1010", 2), int("777", 8))
print(int("0b101", 0), int("0o17", 0), int("42", 0), int("z", 36))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20))
print(int(True), int(False), int())
print(str(12345), str(-0), str(2 ** 70), repr(10 ** 20))
print(int("123456789012345678901234567890") + 1)
print(type(int("5")).__name__, int(" 7\n"))
