# del removes names, items, slices and attributes.
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
xs = [1, 2, 3, 4]
del xs[0], xs[-1]
print(xs)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C:
    pass
c = C()
c.attr = 5
print(hasattr(c, "attr"))
del c.attr
print(hasattr(c, "attr"))
try:
    del c.attr
except AttributeError as e:
    print("AttributeError:", e)
a, b = 1, 2
del a, b
try:
    b
except NameError as e:
    print("NameError:", e)
