# True, False and None: printing, types, arithmetic and identity.
print(True, False, None)
print(repr(True), str(None))
print(type(True).__name__, type(None).__name__)
print(True == 1, False == 0, True is True, None is None)
print(int(True), int(False), float(True))
print(True + 1, True / 2)
print(not None, not 0, not "x")
x = None
print(x is None, x is not None, x == None)
print(bool(None), bool(0), bool(1), bool(-1))
