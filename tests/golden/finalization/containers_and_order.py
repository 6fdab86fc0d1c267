# The order CPython's deallocation finalizes objects in: a frame's locals in order, a list's
# items last first, a dict's in insertion order, an object before what it holds.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def locals_in_order():
    x = Tracked("x")
    y = Tracked("y")
    z = Tracked("z")
    print("returning")


locals_in_order()

items = [Tracked("item 0"), Tracked("item 1"), Tracked("item 2")]
items = None
print("after the list")

table = {"one": Tracked("one"), "two": Tracked("two")}
table = None
print("after the dict")

pair = (Tracked("left"), Tracked("right"))
del pair
print("after the tuple")


class Box:
    def __init__(self, *contents):
        self.contents = list(contents)

    def __del__(self):
        print("del box with", len(self.contents))


box = Box(Tracked("inside 1"), Tracked("inside 2"))
box = None
print("after the box")


def nested_lists():
    grid = [[Tracked("a1"), Tracked("a2")], [Tracked("b1")]]
    return len(grid)


print("cells", nested_lists())
print("end")
