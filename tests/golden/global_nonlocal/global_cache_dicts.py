# Globals and builtins shadowed, deleted and restored between calls: a global read (cached by
# the dicts' versions) must see the current value every time.
import builtins

y = 10


def read_y():
    return y


print(read_y())
y = 11
print(read_y())
del y
try:
    read_y()
except NameError as exc:
    print("NameError:", exc)
builtins.y = "builtin"
print(read_y())
y = "global"
print(read_y())
del builtins.y
print(read_y())
len = lambda s: -1


def use_len():
    return len("ab")


print(use_len())
del len
print(use_len())
for i in range(3):
    globals()["y"] = i
    print(read_y(), end=" ")
print()
