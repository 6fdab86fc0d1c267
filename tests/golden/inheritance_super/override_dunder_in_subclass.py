# Subclasses can override and reuse dunder methods.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
class NamedVec(Vec):
    def __init__(self, x, y, name):
        super().__init__(x, y)
        self.name = name
    def __repr__(self):
        return super().__repr__() + f"[{self.name}]"
print(Vec(1, 2), NamedVec(1, 2, "p"), Vec(1, 2) == NamedVec(1, 2, "q"))
print([Vec(0, 0), NamedVec(3, 4, "z")])
