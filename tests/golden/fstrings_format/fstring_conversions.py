# !r, !s and the default str() conversion.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(1, "two")
s = "text"
print(f"{p} {p!r} {p!s}")
print(f"{s} {s!r} {s!s}")
print(f"{[p, p]}")
print(f"{s!r:>10}|{s!s:<8}|")
print(f"{None!r} {1.5!r} {'q'!r}")
