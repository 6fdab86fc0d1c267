# Errors in __init__ and wrong-arity calls.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
q = Point(1)
