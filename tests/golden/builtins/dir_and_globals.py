import math
x = 1
def f(a, b=2):
    c = a + b
    def g(): return c
    return dir()
print(f(1))
print([n for n in dir() if not n.startswith("__")])
class P:
    z = 1
    def __init__(self): self.y = 2
    def m(self): pass
print([n for n in dir(P()) if not n.startswith("_")], [n for n in dir(P) if not n.startswith("_")])
print("sqrt" in dir(math), dir([])[-3:], globals()["x"], globals() is globals(), sorted(k for k in globals() if not k.startswith("__")))
globals()["newname"] = 5
print(newname)
try: dir(1, 2)
except TypeError as e: print(e)
