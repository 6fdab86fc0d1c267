class P:
    __match_args__ = ('x', 'y')
    def __init__(s, x, y): s.x=x; s.y=y
class T: pass
class NS:
    def __init__(s, f): s.f = f
t = NS(5)
for zz in [1]:
    try:
        match t:
            case t.f(): pass
    except TypeError as e: print(e)
try:
    match P(1,2):
        case P(1,2,3): pass
except TypeError as e: print(e)
class Q: pass
try:
    match Q():
        case Q(1): pass
except TypeError as e: print(e)
try:
    match P(1,2):
        case P(1, x=2): pass
except TypeError as e: print(e)
class R:
    __match_args__ = ['a']
try:
    match R():
        case R(1): pass
except TypeError as e: print(e)
class S:
    __match_args__ = (1,)
try:
    match S():
        case S(1): pass
except TypeError as e: print(e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e: print(e)
match {"a": 1}:
    case {"a": 1, **r}:
        print(r)
class MM:
    def __getattr__(self, n):
        print("getattr", n)
        if n == "z": return 3
        raise AttributeError(n)
match MM():
    case MM(z=3, w=4): print("no")
    case MM(z=q): print("q", q)
match 3:
    case bool(): print("bool")
    case int(x) | float(x): print("num", x)
k = "a"
class Cst:
    A = "a"
try:
    match {"a": 1, "b": 2}:
        case {Cst.A: 1, "a": 2}: pass
except ValueError as e: print("VE", e)
def g():
    match [1, [2, 3]]:
        case [x, [y, *z]]:
            return x, y, z
print(g())
