# weakref.ref(obj, callback) and weakref.finalize: the callback runs when the object goes
# (after its __del__, newest callback first, the reference already dead), finalize once, or at
# the program's end for what is still alive (newest first).
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


class Tracked(Node):
    def __del__(self):
        print("__del__", self.name)


class Failing:
    def __repr__(self):
        return "Failing()"

    def __call__(self, ref):
        raise ValueError("callback failed")


a = Tracked("a")
plain = weakref.ref(a)
first = weakref.ref(a, lambda r: print("first callback, dead:", r() is None, r is first))
second = weakref.ref(a, lambda r: print("second callback"))
print(first is plain, first is second, weakref.ref(a) is plain, weakref.getweakrefcount(a))
del a
print("after del:", plain(), first(), second())


def make_and_drop():
    n = Node("local")
    weakref.ref(n, lambda r: print("never: the reference died first"))
    keep = weakref.ref(n, lambda r: print("local callback"))
    print("returning")


make_and_drop()
print("after the call")

b = Node("b")
fin = weakref.finalize(b, print, "finalize b:", "args", sep=" ")
print(fin.alive, fin.atexit, fin.peek()[1:])
del b
print(fin.alive, fin(), fin.peek(), fin.detach())

c = Node("c")
fin_c = weakref.finalize(c, print, "never called")
obj, func, args, kwargs = fin_c.detach()
print(obj, args, kwargs, fin_c.alive)
del obj, c
print("detached: nothing ran")

d = Node("d")
fin_d = weakref.finalize(d, lambda: print("called early"))
print(fin_d(), fin_d(), fin_d.alive)

e = Node("e")
r_fail = weakref.ref(e, Failing())
del e
print("after the failing callback")

x = Node("x")
y = Node("y")
weakref.finalize(x, print, "at exit: x")
weakref.finalize(y, print, "at exit: y")
quiet = weakref.finalize(y, print, "never: atexit is off")
quiet.atexit = False
print("end of the program", quiet.atexit)
raise SystemExit(1)
