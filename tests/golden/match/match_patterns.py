class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def describe(v):
    match v:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case 0 | -1 | 1.5 if False:
            return "never"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case int(n) if n > 100:
            return f"big {n}"
        case int() | float() as num:
            return f"number {num}"
        case "hello" "world":
            return "hw"
        case str(s):
            return f"str {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one {x}"
        case [1, 2, *rest]:
            return f"starts 1 2, rest {rest}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case (a, b) | [a, b, _]:
            return "never reached"
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": t, **others}:
            return f"type {t} others {others}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y=0) as p:
            return f"on x axis {x} {p}"
        case Point(a, b) if a == b:
            return "diagonal"
        case Point():
            return "somewhere"
        case _:
            return "other"

for v in [None, True, False, 0, -1, 500, 7, 2.5, "helloworld", "x", [], [9], [1, 2, 3, 4],
          [5, 6, 7], (1, 2, 3), {"type": "click", "pos": (3, 4)}, {"type": "key", "k": 1},
          {"a": 1}, Point(0, 0), Point(0, 5), Point(4, 0), Point(3, 3), Point(1, 2), object, range(3),
          "ab", (1, 2)]:
    print(repr(v) if not isinstance(v, type) else "type", "->", describe(v))

def cmd(command):
    match command.split():
        case [action]:
            print("single", action)
        case [action, obj]:
            print("pair", action, obj)
        case ["go", ("north" | "south" | "east" | "west") as direction, *more]:
            print("go", direction, more)
        case _:
            print("unknown", command)

cmd("look")
cmd("take lamp")
cmd("go north fast now")
cmd("dance wildly in circles")

x = 5
match x:
    case 1:
        print("one")
print("after no match")
match (1, 2):
    case (a, b):
        print(a, b)
match = 3
case = 4
print(match, case)
def f(match):
    return match
print(f(match=9))

# failed case binds nothing
try:
    match [1, 2]:
        case [q, 0]:
            pass
        case _:
            print(q)
except NameError as e:
    print("NameError", e)

# or-pattern captures in different orders
match (1, 2):
    case (a, b) | [b, a]:
        print("ab", a, b)
match [1, 2]:
    case (1, b2) | [b2, 1]:
        print("b2", b2)
match {"x": 1, "y": 2}:
    case {"x": 1, **rest}:
        print(rest)
match 3:
    case 1 | 2:
        print("small")
    case z:
        print("captured", z)
