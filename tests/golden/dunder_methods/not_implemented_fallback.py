# Returning NotImplemented lets Python try the other side, then raise.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
    def __eq__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return self.v == other.v
    def __repr__(self):
        return f"{self.v}m"
print(Meters(1) + Meters(2), Meters(1) == Meters(1), Meters(1) == 1)
for fn in [lambda: Meters(1) + 1, lambda: 1 + Meters(1), lambda: Meters(1) < Meters(2), lambda: Meters(1) * 2]:
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
