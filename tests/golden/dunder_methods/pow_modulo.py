# pow(x, y, mod) with a class's own __pow__: only the left operand's is asked.
class Mod:
    def __init__(self, v):
        self.v = v

    def __pow__(self, other, modulo=None):
        if modulo is None:
            return Mod(self.v ** other)
        return Mod(pow(self.v, other, modulo))

    def __rpow__(self, other, modulo=None):
        return "rpow"

    def __repr__(self):
        return f"Mod({self.v})"


class NoMod:
    def __pow__(self, other):
        return "two args only"


print(pow(Mod(3), 4, 5), pow(Mod(2), 10), Mod(2) ** 3, 2 ** Mod(3))
for args in [(NoMod(), 2, 3)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print("TypeError:", e)
for args in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (2, 3, None), (True, 3, 5)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print("TypeError:", e)
