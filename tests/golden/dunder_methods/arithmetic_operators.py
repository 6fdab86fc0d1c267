# __add__, __sub__, __mul__, __radd__, __neg__, __truediv__.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __neg__(self):
        return V(-self.x, -self.y)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a, b / 2, abs(b))
print(sum([a, b, V(10, 10)]))
