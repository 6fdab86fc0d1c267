# obj.__class__ = ... and obj.__dict__ = ... as CPython accepts and refuses them (issue 16).
class A:
    def hello(self):
        return "A says hello"


class B:
    def hello(self):
        return "B says hello"


class Oops(Exception):
    pass


a = A()
for value in (int, 5, Oops, list):
    try:
        a.__class__ = value
        print("accepted", value)
    except TypeError as e:
        print("TypeError:", e)
print(type(a).__name__, a.hello())
a.__class__ = B
print(type(a).__name__, a.hello(), isinstance(a, B), isinstance(a, A))

for value in (5, "text", [1, 2], None):
    try:
        a.__dict__ = value
        print("accepted", value)
    except TypeError as e:
        print("TypeError:", e)
a.__dict__ = {"x": 1, "y": 2}
print(a.x, a.y, vars(a))
a.z = 3
print(sorted(a.__dict__))

o = Oops("x")
try:
    o.__class__ = A
except TypeError as e:
    print("TypeError:", e)
