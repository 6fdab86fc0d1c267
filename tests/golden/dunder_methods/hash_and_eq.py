# Objects with __eq__ and __hash__ work as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P{self.x}{self.y}"
d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in d, len({Point(0, 0), Point(0, 0), Point(1, 1)}))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print({p: 1}[p], hash(p) == hash(p))
