# LOAD_GLOBAL / module LOAD_NAME / STORE_NAME caches: a global rebound, deleted, shadowing a
# builtin and unshadowed again, a builtin rebound or deleted, the globals dict growing and
# compacting under a function, globals() edited with an equal non-interned key, class bodies.
import builtins

x = 1


def get_x():
    return x


def get_len(s):
    return len(s)


for i in range(3):
    print(get_x(), get_len("ab"))
    x = x + 10          # the module's store, then the function's load
print(get_x())

len = lambda s: -1      # a global shadows the builtin
print(get_len("abc"))
del len                 # the builtin again
print(get_len("abc"))

builtins.len = lambda s: 99   # the builtin itself rebound
print(get_len("abc"))
saved = builtins.len
del builtins.len            # no len anywhere
try:
    get_len("a")
except NameError as e:
    print("NameError", e)
builtins.len = saved

# many new globals: the dict grows and its entries move
for i in range(200):
    globals()["g%d" % i] = i
print(get_x(), g150)
del x
try:
    get_x()
except NameError as e:
    print("NameError", e)
globals()["".join(["x"])] = 7   # an equal key that is not the interned name
print(get_x())
x = 8
print(get_x(), x)

# deleting globals in between: holes, then the dict compacts
for i in range(200):
    del globals()["g%d" % i]
print(get_x())
for i in range(300):
    globals()["h%d" % i] = i
print(get_x(), h299)

# a module-level loop reading and writing names, with a builtin read each turn
total = 0
for i in range(5):
    total += abs(-i)
    if i == 2:
        abs = lambda v: 100
print(total)
del abs
print(abs(-3))

# class bodies read their own namespace first
y = "module"
for _ in range(2):
    class C:
        a = y
        y = "class"
        b = y
    print(C.a, C.b)
    y = "module2"


class K:
    v = 1
    w = v + 1          # a class body: its own namespace


print(K.w)
