# Method calls on objects: a small class hierarchy, attribute reads/writes, properties,
# super(), overridden methods and dunder methods.
class Shape:
    def __init__(self, name):
        self.name = name
        self.moves = 0

    def area(self):
        return 0

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        self.moves += 1


class Rect(Shape):
    def __init__(self, x, y, w, h):
        super().__init__("rect")
        self.x = x
        self.y = y
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    @property
    def right(self):
        return self.x + self.w


class Square(Rect):
    def __init__(self, x, y, side):
        super().__init__(x, y, side, side)
        self.name = "square"

    def area(self):
        return self.w * self.w


class Circle(Shape):
    def __init__(self, x, y, r):
        super().__init__("circle")
        self.x = x
        self.y = y
        self.r = r

    def area(self):
        return 3 * self.r * self.r

    @property
    def right(self):
        return self.x + self.r


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


N = 100  # the unit of work; each part scales with it

shapes = []
for i in range(300):
    k = i % 3
    if k == 0:
        shapes.append(Rect(i, -i, i % 7 + 1, i % 5 + 1))
    elif k == 1:
        shapes.append(Square(i, i, i % 9 + 1))
    else:
        shapes.append(Circle(-i, i, i % 4 + 1))

total = 0
rights = 0
for step in range(6 * N):
    for s in shapes:
        s.move(1, -1)
        total += s.area()
        rights += s.right
print("shapes", total, rights, sum(s.moves for s in shapes), shapes[-1].name)

acc = Vec(0, 0)
d = 0
for i in range(2000 * N):
    v = Vec(i % 13, i % 7)
    acc = acc + v
    d += acc.dot(v) % 97
print("vec", acc.x, acc.y, d)
