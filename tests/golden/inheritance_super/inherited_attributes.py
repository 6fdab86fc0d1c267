# Class attributes are found through the inheritance chain.
class Shape:
    sides = 0
    kind = "shape"
    def info(self):
        return f"{self.kind} with {self.sides} sides"
class Triangle(Shape):
    sides = 3
    kind = "triangle"
class Square(Shape):
    sides = 4
class Unit(Square):
    def info(self):
        return "unit " + super().info()
for s in [Shape(), Triangle(), Square(), Unit()]:
    print(s.info())
print(Unit.sides, Unit.kind, isinstance(Unit(), Shape))
